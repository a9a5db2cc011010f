import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDate, formatMonth, useT, type MessageKey } from '../i18n';
import type { PosyanduOverview } from '../../server/county/report-service';
import type { GroupTotal } from '../../server/reports/posyandu-overview';
import { currentMonth } from './api';
import { Page } from './ui/Page';
import { Toolbar, pct } from './ui/Toolbar';
import { useCounty } from './ui/useCounty';

function Totals({ title, rows, total }: { title: string; rows: GroupTotal[]; total: GroupTotal }) {
  const t = useT();
  return (
    <div className="kab-wrap">
      <table className="kab-table" data-testid={`posyandu-${title}`}>
        <thead>
          <tr>
            <th>{title}</th><th>{t('county.posyandu')}</th>{(['pratama', 'madya', 'purnama', 'mandiri'] as const).map((l) => <th key={l}>{t(`county.level.${l}`)}</th>)}
            {(['S', 'D', 'N', 'DS', 'ND', 'BGM', 'T2'] as const).map((k) => <th key={k}>{t(`county.skdn.${k}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {[...rows, { ...total, code: t('county.total'), name: '' }].map((g, i) => (
            <tr key={g.code} className={i === rows.length ? 'kab-total' : ''}>
              <td>{g.code} {g.name}</td><td>{g.posyandu}</td>
              <td>{g.levels.pratama}</td><td>{g.levels.madya}</td><td>{g.levels.purnama}</td><td>{g.levels.mandiri}</td>
              <td>{g.skdn.S}</td><td>{g.skdn.D}</td><td>{g.skdn.N}</td><td>{pct(g.ratios.DS)}</td><td>{pct(g.ratios.ND)}</td>
              <td>{g.skdn.BGM}</td><td>{g.skdn.T2}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function PosyanduOverviewPage() {
  const t = useT();
  const [month, setMonth] = useState(currentMonth());
  const year = +month.slice(0, 4);
  const q = `month=${month}&year=${year}`;
  const { data, error, loading } = useCounty<PosyanduOverview>(`reports/posyandu?${q}`);
  const tables = data && <OverviewTables data={data} month={month} year={year} />;
  return (
    <Page title={t('county.menu.posyandu')} error={error} loading={loading} sheet={{ name: 'county-posyandu', lines: [t('county.sheet.month', { month: formatMonth(month) })], body: tables }}>
      <Toolbar
        month={month}
        onMonth={setMonth}
        csv={[
          { label: t('county.posyandu'), path: `reports/posyandu?${q}&format=csv&table=posyandu` },
          { label: t('county.desa'), path: `reports/posyandu?${q}&format=csv&table=desa` },
          { label: t('county.kecamatan'), path: `reports/posyandu?${q}&format=csv&table=kecamatan` },
        ]}
      />
      {tables}
    </Page>
  );
}

function OverviewTables({ data, month, year }: { data: PosyanduOverview; month: string; year: number }) {
  const t = useT();
  const lvl = (l: string) => t(`county.level.${l}` as MessageKey);
  return (
        <>
          <div className="kab-chips" data-testid="posyandu-levels">
            <span>{t('county.levels', data.total.levels)}</span>
            <span className={data.total.dropped || data.noSync ? 'kab-flag' : ''}>{t('county.flagCounts', { dropped: data.total.dropped, noSync: data.noSync })}</span>
          </div>
          <Totals title={t('county.kecamatan')} rows={data.kecamatan} total={data.total} />
          <Totals title={t('county.desa')} rows={data.desa} total={data.total} />
          <div className="kab-wrap">
            <table className="kab-table" data-testid="posyandu-rows">
              <thead>
                <tr>
                  <th>{t('county.posyandu')}</th><th className="kab-left">{t('county.desa')}</th>
                  <th>{t('county.strataYear', { year })}</th><th>{t('county.strataRolling')}</th><th>{t('county.strataPrev', { year: year - 1 })}</th>
                  {(['S', 'DS', 'ND', 'BGM', 'T2'] as const).map((k) => <th key={k}>{t(`county.skdn.${k}`)}</th>)}
                  <th>{t('county.lastDay')}</th><th>{t('county.lastSync')}</th><th className="kab-left">{t('county.flags')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.id}>
                    <td><Link to={`/kabupaten/posyandu/${encodeURIComponent(r.id)}?month=${month}`}>{r.name}</Link></td>
                    <td className="kab-left">{r.desaName || r.desa}</td>
                    <td>{lvl(r.level)}</td><td>{lvl(r.rollingLevel)}</td><td>{lvl(r.previousLevel)}</td>
                    <td>{r.skdn.S}</td><td>{pct(r.ratios.DS)}</td><td>{pct(r.ratios.ND)}</td><td>{r.skdn.BGM}</td><td>{r.skdn.T2}</td>
                    <td>{r.lastDay ? formatDate(r.lastDay) : '–'}</td>
                    <td>{r.lastSync === undefined ? t('county.noPhone') : r.lastSync === null ? t('county.never') : formatDate(r.lastSync.slice(0, 10))}</td>
                    <td className="kab-left kab-flag">
                      {[r.dropped && t('county.flag.dropped'), r.noSync && t('county.flag.noSync')].filter(Boolean).join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
  );
}
