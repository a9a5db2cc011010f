import { useState } from 'react';
import { formatMonth, formatMonthShort, useT } from '../i18n';
import type { PopulationRecap } from '../../domain';
import type { PopulationOverview } from '../../server/reports/population';
import { currentMonth } from './api';
import { Page } from './ui/Page';
import { Toolbar } from './ui/Toolbar';
import { useCounty } from './ui/useCounty';

function RecapTable({ label, rows, testId }: { label: string; rows: { key: string; name: string; recap: PopulationRecap; total?: boolean }[]; testId: string }) {
  const t = useT();
  return (
    <div className="kab-wrap">
      <table className="kab-table" data-testid={testId}>
        <thead>
          <tr>
            <th>{label}</th><th>{t('county.pop.start')}</th><th>{t('county.pop.births')}</th><th>{t('county.pop.arrivals')}</th>
            <th>{t('county.pop.deaths')}</th><th>{t('county.pop.departures')}</th><th>{t('county.pop.end')}</th><th>{t('county.pop.male')}</th><th>{t('county.pop.female')}</th><th>{t('county.pop.foreign')}</th><th>{t('county.pop.kk')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, name, recap: r, total }) => (
            <tr key={key} className={total ? 'kab-total' : ''}>
              <td>{name}</td><td>{r.start.jiwa}</td><td>{r.lahir.jiwa}</td><td>{r.datang.jiwa}</td><td>{r.mati.jiwa}</td><td>{r.pindah.jiwa}</td>
              <td>{r.end.jiwa}</td><td>{r.end.WNI.L + r.end.WNA.L}</td><td>{r.end.WNI.P + r.end.WNA.P}</td><td>{r.end.WNA.L + r.end.WNA.P}</td><td>{r.end.KK}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function PopulationPage() {
  const t = useT();
  const [month, setMonth] = useState(currentMonth());
  const { data, error, loading } = useCounty<PopulationOverview>(`reports/population?month=${month}`);
  const csv = (table: string) => `reports/population?month=${month}&format=csv&table=${table}`;
  const tables = data && <PopulationTables data={data} />;
  return (
    <Page title={t('county.menu.population')} error={error} loading={loading} sheet={{ name: 'county-population', lines: [t('county.sheet.month', { month: formatMonth(month) })], body: tables }}>
      <Toolbar
        month={month}
        onMonth={setMonth}
        csv={[
          { label: t('county.pop.rt'), path: csv('rt') },
          { label: t('county.desa'), path: csv('desa') },
          { label: t('county.kecamatan'), path: csv('kecamatan') },
          { label: t('county.pop.decemberCsv'), path: csv('december') },
        ]}
      />
      {tables}
    </Page>
  );
}

function PopulationTables({ data }: { data: PopulationOverview }) {
  const t = useT();
  const total = t('county.total');
  return (
        <>
          <RecapTable label={t('county.kecamatan')} testId="pop-kecamatan" rows={[...data.kecamatan.map((k) => ({ key: k.code, name: k.code, recap: k.recap })), { key: 'total', name: total, recap: data.total.recap, total: true }]} />
          <RecapTable label={t('county.desa')} testId="pop-desa" rows={[...data.desa.map((d) => ({ key: d.code, name: `${d.code} ${d.name}`, recap: d.recap })), { key: 'total', name: total, recap: data.total.recap, total: true }]} />
          <RecapTable label={t('county.pop.rt')} testId="pop-rt" rows={data.rows.map((r) => ({ key: r.addr, name: `${r.desaName || r.desa} · RT ${r.rt}`, recap: r.recap }))} />
          <h2>{t('county.pop.perMonth')}</h2>
          <div className="kab-wrap">
            <table className="kab-table" data-testid="pop-months">
              <thead><tr><th>{t('county.desa')}</th>{data.months.map((m) => <th key={m}>{formatMonthShort(m)}</th>)}</tr></thead>
              <tbody>
                {data.desa.map((d) => (
                  <tr key={d.code}><td>{d.name || d.code}</td>{d.births.map((b, i) => <td key={i}>{b} / {d.deaths[i]}</td>)}</tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('county.pop.december', { year: data.decemberYear })}</h2>
          <RecapTable label={t('county.desa')} testId="pop-december" rows={data.december.map((d) => ({ key: d.code, name: `${d.code} ${d.name}`, recap: d.recap }))} />
        </>
  );
}
