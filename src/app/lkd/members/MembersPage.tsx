import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { karangTarunaMembership, membershipChanges, KARANG_TARUNA_MEMBERS } from '../../../domain/lkd';
import { formatDate, useLang, useT } from '../../i18n';
import { DateField } from '../../rt/ui/Field';
import type { CsvSection } from '../../../domain/csv';
import { ExportButtons } from '../../print/ExportButtons';
import { PrintSheet } from '../../print/PrintSheet';
import { Page } from '../ui/Page';
import { localToday } from '../ui/dates';
import { useLkd } from '../store';

/** Karang Taruna members (Pasal 40 ayat (1)): every resident aged 13–45 on the chosen day, from the RT books. */
export default function MembersPage() {
  const t = useT();
  return (
    <Page title={t('lkd.kt.title')}>
      <Members />
    </Page>
  );
}

function Members() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const d = (iso: string) => formatDate(iso, lang);
  const { ctx, books } = useLkd();
  const [date, setDate] = useState(localToday());
  const m = useMemo(() => (books && date ? karangTarunaMembership(books.people, date) : null), [books, date]);
  const changes = useMemo(() => (books && date ? membershipChanges(books.people, date, 12) : []), [books, date]);
  if (!books || !ctx) return <p>{t('lkd.notFound')}</p>;
  const kt = books.groups.find((g) => g.record.data.type === 'karang-taruna');
  const lines = [ctx.desaName ?? ctx.desaCode ?? '', d(date), t('lkd.kt.rule', { min: KARANG_TARUNA_MEMBERS.min, max: KARANG_TARUNA_MEMBERS.max, article: KARANG_TARUNA_MEMBERS.article })];
  const csv = (): CsvSection[] => [
    { title: t('lkd.kt.title'), lines, head: ['RT', 'L', 'P', t('lkd.kt.total')], rows: [...(m?.byRt ?? []).map((r) => [r.rt, r.counts.L, r.counts.P, r.counts.total]), [t('lkd.kt.total'), m?.total.L, m?.total.P, m?.total.total]] },
    { head: [t('lkd.kt.no'), t('lkd.seat.name'), 'RT', t('lkd.seat.sex'), t('lkd.kt.age')], rows: (m?.members ?? []).map((x, i) => [i + 1, x.person.name, x.person.rt, x.person.sex, x.age]) },
  ];
  const byRt = m && (
    <table className="lkd-table" data-testid="kt-by-rt">
      <thead><tr><th>{t('lkd.rtHead')}</th><th className="num">{t('lkd.sexL')}</th><th className="num">{t('lkd.sexP')}</th><th className="num">{t('lkd.kt.total')}</th></tr></thead>
      <tbody>
        {m.byRt.map((r) => (
          <tr key={r.rt}><td>{t('lkd.rt', { rt: r.rt })}</td><td className="num">{r.counts.L}</td><td className="num">{r.counts.P}</td><td className="num">{r.counts.total}</td></tr>
        ))}
        <tr><th>{t('lkd.kt.total')}</th><th className="num">{m.total.L}</th><th className="num">{m.total.P}</th><th className="num">{m.total.total}</th></tr>
      </tbody>
    </table>
  );
  const members = m && (
    <table className="lkd-table" data-testid="kt-members">
      <thead><tr><th>{t('lkd.kt.no')}</th><th>{t('lkd.seat.name')}</th><th>{t('lkd.rtHead')}</th><th>{t('lkd.seat.sex')}</th><th className="num">{t('lkd.kt.age')}</th></tr></thead>
      <tbody>
        {m.members.map((x, i) => (
          <tr key={x.person.id}><td>{i + 1}</td><td>{x.person.name}</td><td>{x.person.rt}</td><td>{x.person.sex}</td><td className="num">{x.age}</td></tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div data-testid="lkd-members">
      <p className="lkd-muted">{t('lkd.kt.rule', { min: KARANG_TARUNA_MEMBERS.min, max: KARANG_TARUNA_MEMBERS.max, article: KARANG_TARUNA_MEMBERS.article })}</p>
      <DateField label={t('lkd.kt.asOf')} name="asOf" value={date} onChange={setDate} />
      {books.people.length === 0 && <p className="rt-warn">{t('lkd.kt.noBooks')}</p>}
      {m && (
        <>
          {byRt}
          <ExportButtons filename={`anggota-karang-taruna-${date}.csv`} csv={csv} />
          {kt && <p><Link to={`/desa/lembaga/${kt.record.id}`}>{t('lkd.kt.toBoard', { name: kt.record.data.name })}</Link></p>}
          <h2 className="lkd-section">{t('lkd.kt.changes')}</h2>
          {changes.length === 0 && <p className="lkd-muted">{t('lkd.kt.noChanges')}</p>}
          <ul className="lkd-list" data-testid="kt-changes">
            {changes.map((c) => (
              <li key={`${c.person.id}-${c.kind}`} className="lkd-row">
                <span>{c.person.name} <span className="lkd-muted">· {t('lkd.rt', { rt: c.person.rt })}</span></span>
                <span className="lkd-muted">{t(c.kind === 'in' ? 'lkd.kt.in' : 'lkd.kt.out', { date: d(c.date) })}</span>
              </li>
            ))}
          </ul>
          <h2 className="lkd-section">{t('lkd.kt.members', { n: m.total.total })}</h2>
          {members}
          <PrintSheet name="lkd-karang-taruna" title={t('lkd.kt.title')} lines={lines}>
            {byRt}
            <h2>{t('lkd.kt.members', { n: m.total.total })}</h2>
            {members}
          </PrintSheet>
        </>
      )}
    </div>
  );
}
