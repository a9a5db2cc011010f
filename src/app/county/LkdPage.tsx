import { useState } from 'react';
import { formatDate, useT } from '../i18n';
import type { LkdGroup, LkdOverview, LkdRow } from '../../server/reports/lkd';
import { findingText, positionLabel, typeLabel } from '../lkd/ui/words';
import { Page } from './ui/Page';
import { Toolbar } from './ui/Toolbar';
import { useCounty } from './ui/useCounty';

// Village institutions (LKD) of the kabupaten on a day (issue 18 item 4): totals per kecamatan and
// desa, terms ending within 6 months or ended, boards with an open seat or a member who no longer
// meets the Perdes (seat, reason, article: no names, they stay with the desa), and the board list
// with each SK. Prints as one landscape sheet; CSV of each table from the server.

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export default function LkdPage() {
  const t = useT();
  const [date, setDate] = useState(todayIso());
  const { data, error, loading } = useCounty<LkdOverview>(`reports/lkd?date=${date}`);
  const tables = data && <LkdTables data={data} />;
  const q = `reports/lkd?date=${date}&format=csv`;
  return (
    <Page title={t('county.menu.lkd')} error={error} loading={loading} sheet={{ name: 'county-lkd', lines: [t('lkd.county.asOf', { date: formatDate(date) })], body: tables }}>
      <label className="kab-noprint">
        {t('lkd.county.date')}{' '}
        <input type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} data-testid="lkd-county-date" />
      </label>
      <Toolbar
        csv={[
          { label: t('lkd.county.boards'), path: `${q}&table=lembaga` },
          { label: t('county.desa'), path: `${q}&table=desa` },
          { label: t('county.kecamatan'), path: `${q}&table=kecamatan` },
        ]}
      />
      {tables}
    </Page>
  );
}

function LkdTables({ data }: { data: LkdOverview }) {
  const t = useT();
  const d = (iso?: string | null) => (iso ? formatDate(iso) : '');
  const seat = (s: { position: LkdRow['open'][number]['position']; section?: string }) => positionLabel(t, s.position, s.section);
  const ending = data.rows.filter((r) => r.endsSoon || r.status === 'expired');
  const attention = data.rows.filter((r) => r.openSeats > 0 || r.ineligible > 0 || r.status === 'none');
  const where = (r: LkdRow) => `${r.desaName || r.desa}`;
  return (
    <>
      <h2>{t('lkd.county.totals')}</h2>
      <GroupTable testId="lkd-kecamatan" head={t('county.kecamatan')} groups={data.kecamatan} total={data.total} />
      <GroupTable testId="lkd-desa" head={t('county.desa')} groups={data.desa} total={data.total} />

      <h2>{t('lkd.report.ending')}</h2>
      {ending.length === 0 ? <p>{t('lkd.report.noneEnding')}</p> : (
        <div className="kab-wrap">
          <table className="kab-table" data-testid="lkd-county-ending">
            <thead><tr><th>{t('county.desa')}</th><th>{t('lkd.report.institution')}</th><th>{t('lkd.board.termEnd')}</th><th>{t('lkd.county.article')}</th></tr></thead>
            <tbody>
              {ending.map((r) => (
                <tr key={r.addr}>
                  <td className="kab-left">{where(r)}</td><td className="kab-left">{r.name}</td>
                  <td className="kab-left kab-flag">{d(r.termEnd)}{r.status === 'expired' ? ` (${t('lkd.chip.expired')})` : ''}</td>
                  <td className="kab-left">{r.termArticle}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t('lkd.report.attention')}</h2>
      {attention.length === 0 ? <p>{t('lkd.report.noneAttention')}</p> : (
        <div className="kab-wrap">
          <table className="kab-table" data-testid="lkd-county-attention">
            <thead><tr><th>{t('county.desa')}</th><th>{t('lkd.report.institution')}</th><th>{t('lkd.report.open')}</th><th>{t('lkd.report.ineligible')}</th></tr></thead>
            <tbody>
              {attention.map((r) => (
                <tr key={r.addr}>
                  <td className="kab-left">{where(r)}</td><td className="kab-left">{r.name}</td>
                  <td className="kab-left">{r.status === 'none' ? t('lkd.chip.noBoard') : r.open.map((o) => `${seat(o)} (${o.article})`).join('; ')}</td>
                  <td className="kab-left">{r.issues.map((i) => `${seat(i)}: ${findingText(t, { code: i.code, level: 'ineligible', article: i.article, values: i.values }, d)} (${i.article})`).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t('lkd.county.boards')}</h2>
      <div className="kab-wrap">
        <table className="kab-table" data-testid="lkd-county-boards">
          <thead>
            <tr>
              <th>{t('county.desa')}</th><th>{t('lkd.report.institution')}</th><th>{t('lkd.inst.type')}</th><th>{t('lkd.board.skNumber')}</th><th>{t('lkd.board.skDate')}</th>
              <th>{t('lkd.board.termStart')}</th><th>{t('lkd.board.termEnd')}</th><th>{t('lkd.county.seated')}</th><th>{t('lkd.county.lastActivity')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.addr}>
                <td className="kab-left">{where(r)}</td><td className="kab-left">{r.name}</td><td className="kab-left">{typeLabel(t, r.type)} · {r.basis}</td>
                <td className="kab-left">{r.skNumber ?? (r.hasBoard ? t('lkd.board.noSk') : '')}</td><td className="kab-left">{d(r.skDate)}</td>
                <td className="kab-left">{d(r.termStart)}</td><td className="kab-left">{r.hasBoard ? d(r.termEnd) || '…' : t('lkd.chip.noBoard')}</td>
                <td className="kab-left">{r.seated}</td><td className="kab-left">{d(r.lastActivity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function GroupTable({ testId, head, groups, total }: { testId: string; head: string; groups: LkdGroup[]; total: LkdGroup }) {
  const t = useT();
  return (
    <div className="kab-wrap">
      <table className="kab-table" data-testid={testId}>
        <thead>
          <tr>
            <th>{head}</th><th>{t('lkd.county.institutions')}</th><th>{t('lkd.county.withBoard')}</th><th>{t('lkd.chip.expired')}</th>
            <th>{t('lkd.county.endsSoon')}</th><th>{t('lkd.county.withOpen')}</th><th>{t('lkd.county.withIneligible')}</th>
          </tr>
        </thead>
        <tbody>
          {[...groups, { ...total, code: t('county.total'), name: '' }].map((g, i) => (
            <tr key={g.code} className={i === groups.length ? 'kab-total' : ''}>
              <td>{g.code} {g.name}</td>
              <td>{g.institutions}</td>
              <td>{g.withBoard}</td>
              <td className={`${g.expired ? 'kab-flag' : ''}`}>{g.expired}</td>
              <td className={`${g.endsSoon ? 'kab-flag' : ''}`}>{g.endsSoon}</td>
              <td className={`${g.withOpenSeat ? 'kab-flag' : ''}`}>{g.withOpenSeat} ({g.openSeats})</td>
              <td className={`${g.withIneligible ? 'kab-flag' : ''}`}>{g.withIneligible} ({g.ineligible})</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
