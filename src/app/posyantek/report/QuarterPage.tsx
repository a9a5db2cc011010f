import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { buildQuarter, markQuarterSent, quarterSent, type PostBooks } from '../../../data/posyantek';
import { ACTIVITY_TYPES, NEED_STATUSES, DEADLINE_SOURCE, quarterCalendar, quarterKey, quarterOf, reportFigures, type Quarter } from '../../../domain/posyantek';
import { isDateValue } from '../../ui/date-text';
import { formatDate, formatRupiah, useLang, useT } from '../../i18n';
import { DateField, TextField } from '../../rt/ui/Field';
import { ExportButtons } from '../../print/ExportButtons';
import { PrintSheet } from '../../print/PrintSheet';
import { localToday } from '../../lkd/ui/dates';
import { Page } from '../ui/Page';
import { SplitTable } from '../ui/SplitTable';
import { usePosyantek, usePostBooks } from '../store';
import { useWriter } from '../useWriter';
import { quarterCsv } from './quarterCsv';
import { activityLabel, needStatusLabel, stateClass, stateLabel } from '../ui/words';

/**
 * The quarterly report (Pasal 26; finances Pasal 25 ayat (3) huruf f): the year's four reports with
 * what is due when, the chosen quarter built from the records, printed and shared as CSV, and
 * marked sent with its figures as sent (/desa/posyantek/:postId/laporan?triwulan=2026-Q4).
 */
export default function QuarterPage() {
  const t = useT();
  const { postId } = useParams();
  const books = usePostBooks(postId);
  return (
    <Page title={t('pt.q.title')} back={`/desa/posyantek/${postId}`}>
      {books ? <Report books={books} /> : <p>{t('pt.notFound')}</p>}
    </Page>
  );
}

function Report({ books }: { books: PostBooks }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const navigate = useNavigate();
  const { search } = useLocation();
  const canWrite = usePosyantek((s) => s.ctx?.canWrite);
  const { write, saving } = useWriter();
  const today = localToday();
  const asked = /^(\d{4})-Q([1-4])$/.exec(new URLSearchParams(search).get('triwulan') ?? '');
  const now = quarterOf(today);
  const year = asked ? +asked[1] : now.year;
  const quarter = (asked ? +asked[2] : now.quarter) as Quarter;
  const key = quarterKey(year, quarter);
  const sentOf = Object.fromEntries(books.quarters.map((q) => [q.data.quarter, quarterSent(books, q.data.quarter)?.data.sentOn]));
  const calendar = quarterCalendar(year, sentOf, today);
  const due = calendar[quarter - 1];
  const sent = quarterSent(books, key);
  const report = buildQuarter(books, year, quarter);
  const level = books.post.data.level;
  const [f, setF] = useState({ sentOn: today, sentTo: t(level === 'desa' ? 'pt.q.toKades' : 'pt.q.toCamat') });
  const d = (iso: string) => formatDate(iso, lang);
  const r = (n: number) => formatRupiah(n, lang);
  const base = `/desa/posyantek/${books.post.id}`;
  const go = (k: string) => navigate(`${base}/laporan?triwulan=${k}`, { replace: true });
  const heading = [books.post.data.name, t('pt.q.period', { q: quarter, year, from: d(report.from), to: d(report.to) }), t('pt.q.deadline', { date: d(report.deadline), article: DEADLINE_SOURCE.quarterly })];
  const sentOnBad = !f.sentOn || !isDateValue(f.sentOn) || f.sentOn > today;

  const markSent = () => {
    if (sentOnBad) return;
    void write((db, ctx) => markQuarterSent(db, books.post, { quarter: key, sentOn: f.sentOn, ...(f.sentTo.trim() ? { sentTo: f.sentTo.trim() } : {}), snapshot: reportFigures(report) }, ctx));
  };

  const body = (
    <>
      <h2 className="lkd-section">{t('pt.q.activities')}</h2>
      <table className="lkd-table" data-testid="pt-q-activities">
        <thead><tr><th>{t('pt.rec.type')}</th><th className="num">{t('pt.q.count')}</th><th className="num">{t('pt.rec.participants')}</th></tr></thead>
        <tbody>
          {ACTIVITY_TYPES.map((a) => (
            <tr key={a}><td>{activityLabel(t, a)}</td><td className="num">{report.activities[a].count}</td><td className="num">{report.activities[a].participants}</td></tr>
          ))}
        </tbody>
      </table>
      <h2 className="lkd-section">{t('pt.q.needsTtg')}</h2>
      <table className="lkd-table" data-testid="pt-q-needs">
        <tbody>
          <tr><td>{t('pt.q.needsMapped')}</td><td className="num">{report.needs.mapped}</td></tr>
          {NEED_STATUSES.map((s) => <tr key={s}><td>{t('pt.q.needsBy', { status: needStatusLabel(t, s) })}</td><td className="num">{report.needs.byStatus[s]}</td></tr>)}
          <tr><td>{t('pt.q.ttgKinds')}</td><td className="num">{report.ttg.kinds}</td></tr>
          <tr><td>{t('pt.q.ttgUnits')}</td><td className="num">{report.ttg.units}</td></tr>
          <tr><td>{t('pt.q.ttgNew')}</td><td className="num">{report.ttg.newKinds}</td></tr>
        </tbody>
      </table>
      <h2 className="lkd-section">{t('pt.q.finance')}</h2>
      <table className="lkd-table" data-testid="pt-q-cash">
        <tbody>
          <tr><td>{t('pt.cash.opening')}</td><td className="pt-money">{r(report.cash.opening)}</td></tr>
          <tr><td>{t('pt.q.income')}</td><td className="pt-money">{r(report.cash.income)}</td></tr>
          <tr><td>{t('pt.q.expense')}</td><td className="pt-money">{r(report.cash.expense)}</td></tr>
          <tr className="pt-total"><td>{t('pt.q.closing')}</td><td className="pt-money">{r(report.cash.closing)}</td></tr>
        </tbody>
      </table>
      <h2 className="lkd-section">{t('pt.cash.splitTitle')}</h2>
      <SplitTable business={report.cash.business} testId="pt-q-split" />
    </>
  );

  return (
    <div data-testid="pt-quarter">
      <div className="pt-months lkd-noprint">
        <IonButton size="small" fill="clear" onClick={() => go(quarterKey(year - 1, quarter))}>{year - 1}</IonButton>
        <strong>{year}</strong>
        <IonButton size="small" fill="clear" onClick={() => go(quarterKey(year + 1, quarter))}>{year + 1}</IonButton>
      </div>
      <ul className="lkd-list" data-testid="pt-calendar">
        {calendar.map((c) => (
          <li key={c.quarter} data-quarter={quarterKey(c.year, c.quarter)}>
            <a href={`${base}/laporan?triwulan=${quarterKey(c.year, c.quarter)}`} onClick={(e) => { e.preventDefault(); go(quarterKey(c.year, c.quarter)); }}
              aria-current={c.quarter === quarter ? 'true' : undefined}>
              <div className="pt-quarter">
                <span className={c.quarter === quarter ? 'lkd-name' : ''}>{t('pt.q.short', { q: c.quarter })} · {t('pt.q.dueOn', { date: d(c.deadline) })}</span>
                <span className={`lkd-chip ${stateClass(c.state)}`}>{stateLabel(t, c.state)}</span>
              </div>
            </a>
          </li>
        ))}
      </ul>
      <p className="lkd-muted">{t('pt.q.rule', { article: DEADLINE_SOURCE.quarterly })}</p>
      <div className="lkd-card" data-testid="pt-q-status">
        <p><strong>{t('pt.q.heading', { q: quarter, year })}</strong> <span className={`lkd-chip ${stateClass(due.state)}`}>{stateLabel(t, due.state)}</span></p>
        <p className="lkd-muted">{heading[1]} · {heading[2]}</p>
        {sent ? (
          <p data-testid="pt-q-sent">{t('pt.q.sentOn', { date: d(sent.data.sentOn), to: sent.data.sentTo ?? '—' })}</p>
        ) : canWrite && (
          <form className="lkd-noprint" onSubmit={(e) => { e.preventDefault(); markSent(); }}>
            <DateField label={t('pt.q.sentDate')} name="sentOn" value={f.sentOn} onChange={(v) => setF({ ...f, sentOn: v })} max={today} error={sentOnBad ? t('pt.dateBad') : null} />
            <TextField label={t('pt.q.sentTo')} name="sentTo" value={f.sentTo} onChange={(v) => setF({ ...f, sentTo: v })} />
            <IonButton expand="block" type="submit" disabled={saving || sentOnBad}>{t('pt.q.markSent')}</IonButton>
          </form>
        )}
      </div>
      <ExportButtons filename={`laporan-posyantek-${key}.csv`} csv={() => quarterCsv(t, report, heading)} />
      {body}
      <PrintSheet name="pt-quarter" title={t('pt.q.printTitle')} lines={heading} place={books.post.data.placeName}
        signatures={[{ role: t('pt.sign.ketua') }, { role: t(level === 'desa' ? 'pt.sign.kades' : 'pt.sign.camat') }]}>
        {body}
      </PrintSheet>
    </div>
  );
}
