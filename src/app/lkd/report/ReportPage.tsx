import { useMemo } from 'react';
import { judge } from '../../../data/lkd';
import { summarise, type SeatResult } from '../../../domain/lkd';
import { formatDate, useLang, useT } from '../../i18n';
import type { CsvCell, CsvSection } from '../../../domain/csv';
import { ExportButtons } from '../../print/ExportButtons';
import { PrintSheet } from '../../print/PrintSheet';
import { Page } from '../ui/Page';
import { localToday } from '../ui/dates';
import { findingText, positionLabel, typeLabel } from '../ui/words';
import { useLkd } from '../store';

/**
 * The desa's reports on its institutions: every board as its SK lists it (printable, and CSV),
 * terms that end within 6 months or have ended, and boards with an open seat or a member who no
 * longer meets the Perdes.
 */
export default function ReportPage() {
  const t = useT();
  return (
    <Page title={t('lkd.report.title')}>
      <Report />
    </Page>
  );
}

function Report() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const d = (iso?: string) => (iso ? formatDate(iso, lang) : '');
  const { ctx, books } = useLkd();
  const today = localToday();
  const judged = useMemo(() => (books ? judge(books, today) : []), [books, today]);
  if (!books || !ctx) return <p>{t('lkd.notFound')}</p>;
  const rows = judged.map((j) => ({ j, s: summarise(j.result) }));
  const seatsOf = (j: (typeof judged)[number]) => (j.result.current?.seats ?? []).filter((s) => s.active);
  const note = (s: SeatResult) => s.findings.map((f) => `${findingText(t, f, d)} (${f.article})`).join('; ');
  const attention = rows.filter(({ s }) => s.openSeats > 0 || s.ineligible > 0 || !s.hasBoard);
  const ending = rows.filter(({ s }) => s.endsSoon || s.status === 'expired');

  const desaName = ctx.desaName ?? ctx.desaCode ?? '';
  const csv = (): CsvSection => ({
    title: t('lkd.report.boards'),
    lines: [t('lkd.report.asOf', { desa: desaName, date: d(today) })],
    head: [t('lkd.report.institution'), t('lkd.inst.type'), t('lkd.board.skNumber'), t('lkd.board.skDate'), t('lkd.board.termStart'), t('lkd.board.termEnd'),
      t('lkd.seat.position'), t('lkd.seat.name'), t('lkd.seat.sex'), t('lkd.kt.age'), 'RT', t('lkd.report.note')],
    rows: rows.flatMap(({ j, s }): CsvCell[][] =>
      seatsOf(j).length
        ? seatsOf(j).map((x) => [s.name, typeLabel(t, s.type), s.skNumber, d(s.skDate), d(s.termStart), d(s.termEnd), positionLabel(t, x.seat.position, x.seat.section),
          x.seat.person.name, x.seat.person.sex, x.age, x.seat.person.residence.known ? x.seat.person.residence.rt ?? '' : '', note(x)])
        : [[s.name, typeLabel(t, s.type), s.skNumber, d(s.skDate), d(s.termStart), d(s.termEnd), '', '', '', undefined, '', s.hasBoard ? '' : t('lkd.chip.noBoard')]],
    ),
  });

  const body = (
    <>
      <h2 className="lkd-section">{t('lkd.report.ending')}</h2>
      {ending.length === 0 ? <p className="lkd-muted">{t('lkd.report.noneEnding')}</p> : (
        <table className="lkd-table" data-testid="lkd-ending">
          <thead><tr><th>{t('lkd.report.institution')}</th><th>{t('lkd.board.termEnd')}</th></tr></thead>
          <tbody>{ending.map(({ s }) => <tr key={s.id}><td>{s.name}</td><td>{d(s.termEnd)} {s.status === 'expired' ? `(${t('lkd.chip.expired')})` : ''}</td></tr>)}</tbody>
        </table>
      )}

      <h2 className="lkd-section">{t('lkd.report.attention')}</h2>
      {attention.length === 0 ? <p className="lkd-muted">{t('lkd.report.noneAttention')}</p> : (
        <table className="lkd-table" data-testid="lkd-attention">
          <thead><tr><th>{t('lkd.report.institution')}</th><th>{t('lkd.report.open')}</th><th>{t('lkd.report.ineligible')}</th></tr></thead>
          <tbody>
            {attention.map(({ j, s }) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>{!s.hasBoard ? t('lkd.chip.noBoard') : (j.result.current?.openSeats ?? []).map((p) => `${positionLabel(t, p.position, p.section)} (${p.article})`).join('; ')}</td>
                <td>{seatsOf(j).filter((x) => x.ineligible).map((x) => `${x.seat.person.name}: ${note(x)}`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="lkd-section">{t('lkd.report.boards')}</h2>
      {rows.map(({ j, s }) => (
        <section key={s.id} className="lkd-card" data-testid="lkd-report-board">
          <p><strong>{s.name}</strong> <span className="lkd-muted">· {typeLabel(t, s.type)} · {j.result.rules.basis}</span></p>
          {s.hasBoard ? (
            <>
              <p className="lkd-muted">
                {s.skNumber ? t('lkd.board.sk', { no: s.skNumber, date: d(s.skDate) || '—' }) : t('lkd.board.noSk')} · {t('lkd.home.term', { from: d(s.termStart), to: d(s.termEnd) || '…' })}
              </p>
              <table className="lkd-table">
                <thead><tr><th>{t('lkd.kt.no')}</th><th>{t('lkd.seat.position')}</th><th>{t('lkd.seat.name')}</th><th>{t('lkd.kt.age')}</th><th>{t('lkd.report.note')}</th></tr></thead>
                <tbody>
                  {seatsOf(j).map((x, i) => (
                    <tr key={x.seat.id}><td>{i + 1}</td><td>{positionLabel(t, x.seat.position, x.seat.section)}</td><td>{x.seat.person.name}</td><td>{x.age ?? ''}</td><td>{note(x)}</td></tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : <p className="lkd-muted">{t('lkd.chip.noBoard')}</p>}
        </section>
      ))}
    </>
  );

  return (
    <div data-testid="lkd-report">
      <p className="lkd-muted">{t('lkd.report.asOf', { desa: desaName, date: d(today) })}</p>
      <ExportButtons filename={`pengurus-lkd-${ctx.desaCode ?? 'desa'}-${today}.csv`} csv={csv} />
      {body}
      {/* The paper board list: outside Ionic's layout (PrintSheet), signed by the kepala desa, who issues the SKs. */}
      <PrintSheet name="lkd-boards" title={t('lkd.report.title')} lines={[t('lkd.report.asOf', { desa: desaName, date: d(today) })]} landscape
        place={ctx.desaName} signatures={[{ role: t('lkd.report.signKades', { desa: desaName }) }]}>
        {body}
      </PrintSheet>
    </div>
  );
}
