import { IonButton } from '@ionic/react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { markMonthly, monthlyGiven, monthSummary, type PostBooks } from '../../../data/posyantek';
import { cashBook, isIncome, monthlyDeadline, monthlyState } from '../../../domain/posyantek';
import { monthRange } from '../../../domain/dates';
import type { CsvSection } from '../../../domain/csv';
import { formatDate, formatMonth, formatRupiah, useLang, useT } from '../../i18n';
import { ExportButtons } from '../../print/ExportButtons';
import { PrintSheet } from '../../print/PrintSheet';
import { localToday } from '../../lkd/ui/dates';
import { Page } from '../ui/Page';
import { SplitTable } from '../ui/SplitTable';
import { usePosyantek, usePostBooks } from '../store';
import { useWriter } from '../useWriter';
import { categoryLabel, shareLine, stateClass, stateLabel } from '../ui/words';

/**
 * The cash book of a month (Pasal 25 ayat (3) huruf c) with its running balance, the treasurer's
 * monthly report to the board (huruf e) and the month's business result split (Pasal 24 ayat (5),
 * (6)); printed and shared as CSV (/desa/posyantek/:postId/kas?bulan=YYYY-MM).
 */
export default function CashPage() {
  const t = useT();
  const { postId } = useParams();
  const books = usePostBooks(postId);
  return (
    <Page title={t('pt.cash.title')} back={`/desa/posyantek/${postId}`}>
      {books ? <Cash books={books} /> : <p>{t('pt.notFound')}</p>}
    </Page>
  );
}

function Cash({ books }: { books: PostBooks }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const navigate = useNavigate();
  const { search } = useLocation();
  const canWrite = usePosyantek((s) => s.ctx?.canWrite);
  const { write, saving } = useWriter();
  const today = localToday();
  const asked = new URLSearchParams(search).get('bulan');
  const month = asked && /^\d{4}-\d{2}$/.test(asked) ? asked : today.slice(0, 7);
  const first = books.cash[0]?.data.date.slice(0, 7) ?? today.slice(0, 7);
  const months = monthRange(first < month ? first : month, today.slice(0, 7) > month ? today.slice(0, 7) : month).reverse();
  const sum = monthSummary(books, month);
  const lines = cashBook(books.cash.map((c) => ({ ...c.data, id: c.id }))).filter((l) => l.entry.date.slice(0, 7) === month);
  const given = monthlyGiven(books, month);
  const state = monthlyState(month, given?.data.reportedOn, today);
  const changed = given && (given.data.income !== sum.income || given.data.expense !== sum.expense || given.data.opening !== sum.opening);
  const r = (n: number) => formatRupiah(n, lang);
  const d = (iso: string) => formatDate(iso, lang);
  const base = `/desa/posyantek/${books.post.id}`;
  const heading = [books.post.data.name, t('pt.cash.monthLine', { month: formatMonth(month, lang) })];

  const give = () => write((db, ctx) => markMonthly(db, books.post, { month, reportedOn: today, opening: sum.opening, income: sum.income, expense: sum.expense, closing: sum.closing }, ctx));

  const csv = (): CsvSection[] => [
    {
      title: t('pt.cash.title'), lines: heading,
      head: [t('pt.cash.no'), t('pt.rec.date'), t('pt.cash.description'), t('pt.cash.category'), t('pt.cash.receiptNo'), t('pt.cash.in'), t('pt.cash.out'), t('pt.cash.balance')],
      rows: [
        ['', '', t('pt.cash.opening'), '', '', undefined, undefined, sum.opening],
        ...lines.map((l, i) => [i + 1, d(l.entry.date), l.entry.description, categoryLabel(t, l.entry.category), l.entry.receiptNo ?? '',
          isIncome(l.entry.category) ? l.entry.amount : undefined, isIncome(l.entry.category) ? undefined : l.entry.amount, l.balance]),
        ['', '', t('pt.cash.total'), '', '', sum.income, sum.expense, sum.closing],
      ],
    },
    {
      title: t('pt.cash.splitTitle'), head: [t('pt.cash.item'), t('pt.cash.amount')],
      rows: [[t('pt.cash.bIncome'), sum.business.income], [t('pt.cash.bCosts'), sum.business.costs], [t('pt.cash.result'), sum.business.result],
        ...sum.business.lines.map((l) => [shareLine(t, l), l.amount])],
    },
  ];

  const table = (
    <table className="lkd-table" data-testid="pt-cash-lines">
      <thead><tr><th>{t('pt.rec.date')}</th><th>{t('pt.cash.description')}</th><th className="num">{t('pt.cash.in')}</th><th className="num">{t('pt.cash.out')}</th><th className="num">{t('pt.cash.balance')}</th></tr></thead>
      <tbody>
        <tr><td /><td>{t('pt.cash.opening')}</td><td /><td /><td className="pt-money">{r(sum.opening)}</td></tr>
        {lines.map((l) => (
          <tr key={l.entry.id} data-testid="pt-cash-line">
            <td>{d(l.entry.date)}</td>
            <td>{l.entry.description}<div className="lkd-muted">{categoryLabel(t, l.entry.category)}{l.entry.receiptNo ? ` · ${l.entry.receiptNo}` : ''}</div></td>
            <td className="pt-money pt-in">{isIncome(l.entry.category) ? r(l.entry.amount) : ''}</td>
            <td className="pt-money pt-out">{isIncome(l.entry.category) ? '' : r(l.entry.amount)}</td>
            <td className="pt-money">{r(l.balance)}</td>
          </tr>
        ))}
        <tr className="pt-total"><td /><td>{t('pt.cash.total')}</td><td className="pt-money">{r(sum.income)}</td><td className="pt-money">{r(sum.expense)}</td><td className="pt-money" data-testid="pt-closing">{r(sum.closing)}</td></tr>
      </tbody>
    </table>
  );

  return (
    <div data-testid="pt-cash">
      <div className="pt-months lkd-noprint">
        <select name="month" aria-label={t('pt.cash.month')} value={month} onChange={(e) => navigate(`${base}/kas?bulan=${e.target.value}`, { replace: true })}>
          {months.map((m) => <option key={m} value={m}>{formatMonth(m, lang)}</option>)}
        </select>
      </div>
      {canWrite && <IonButton expand="block" routerLink={`${base}/kas-baru`}>{t('pt.cash.add')}</IonButton>}
      <ExportButtons filename={`buku-kas-posyantek-${month}.csv`} csv={csv} />
      {table}
      <h2 className="lkd-section">{t('pt.cash.splitTitle')}</h2>
      <p className="lkd-muted">{t('pt.cash.splitRule')}</p>
      <SplitTable business={sum.business} testId="pt-split" />
      <h2 className="lkd-section">{t('pt.cash.monthly')}</h2>
      <p data-testid="pt-monthly">
        <span className={`lkd-chip ${stateClass(state)}`}>{stateLabel(t, state)}</span>{' '}
        {given ? t('pt.cash.given', { date: d(given.data.reportedOn) }) : t('pt.cash.dueBy', { date: d(monthlyDeadline(month)) })}
      </p>
      {changed && <p className="lkd-f warning">{t('pt.cash.changedSince', { closing: r(given.data.closing) })}</p>}
      {canWrite && !given && month <= today.slice(0, 7) && (
        <IonButton expand="block" fill="outline" disabled={saving} onClick={() => void give()}>{t('pt.cash.markGiven')}</IonButton>
      )}
      <PrintSheet name="pt-cash" title={t('pt.cash.title')} lines={heading} landscape place={books.post.data.placeName}
        signatures={[{ role: t('pt.sign.bendahara') }, { role: t('pt.sign.ketua') }]}>
        {table}
        <h2>{t('pt.cash.splitTitle')}</h2>
        <SplitTable business={sum.business} />
      </PrintSheet>
    </div>
  );
}
