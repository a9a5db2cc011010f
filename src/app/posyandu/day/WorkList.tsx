import type { ReactNode } from 'react';
import { isVitaminAMonth, type WorkList as Work } from '../../../domain';
import type { Child } from '../../../data/posyandu';
import type { DayStatus } from '../../../data/posyandu/worklist';
import type { MotherWork } from '../../../data/posyandu/mother-worklist';
import { formatDate, formatMonth, formatNumber, useLang, useT, type MessageKey } from '../../i18n';

/**
 * The day's work list (domain rules, src/domain/kms/worklist.ts and mothers.ts): children weighed
 * twice (choose), BGM/2T/LiLA to refer, immunisations due by age (Buku KIA), vitamin A in February
 * and August, balita not seen for 2+ months; then the mothers: KEK to refer, ANC and TTD due,
 * vitamin A in nifas. Each child's name opens the child's weighing; mothers' visits are recorded
 * on their own stage screens, so their names are listed only.
 */
export function WorkList({ work, mothers, status, byId, date, isToday, onPick }: {
  work: Work;
  /** null while the registers are read */
  mothers: MotherWork | null;
  status: DayStatus;
  byId: Map<string, Child>;
  date: string;
  isToday: boolean;
  onPick(c: Child): void;
}) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const row = (id: string, detail: ReactNode) => {
    const c = byId.get(id);
    if (!c) return null;
    return (
      <li key={id}>
        <button type="button" onClick={() => onPick(c)} data-child={c.data.name}>
          <span>{c.data.name} <span className="pd-muted">· {detail}</span></span>
          {status.weighed.has(id) && <span className="pd-badge ok" aria-label={t('posyandu.work.done')}>✓</span>}
        </button>
      </li>
    );
  };
  const mother = (id: string, detail: ReactNode) => (
    <li key={id} data-mother={mothers?.names.get(id)}><span>{mothers?.names.get(id)} <span className="pd-muted">· {detail}</span></span></li>
  );
  const reason = (r: string) => (r === 'LiLA' ? t('posyandu.work.reasonLila') : r);
  const section = (key: string, title: MessageKey, n: number, body: ReactNode, hint?: ReactNode) => (
    <section className="pd-card" data-work={key}>
      <h3>{t(title, { n })}</h3>
      {hint}
      {n === 0 ? <p className="pd-muted">{t('posyandu.work.empty')}</p> : <ul className="pd-list">{body}</ul>}
    </section>
  );
  return (
    <div aria-label={isToday ? t('posyandu.work.title') : t('posyandu.work.titlePast', { date: formatDate(date, lang) })}>
      {status.doubles.length > 0 && section('doubles', 'posyandu.work.doubles', status.doubles.length,
        status.doubles.map((id) => row(id, t('posyandu.day.double'))))}
      {section('referral', 'posyandu.work.referral', work.referral.length,
        work.referral.map((r) => row(r.id, r.month === date.slice(0, 7)
          ? r.reasons.map(reason).join(', ')
          : `${t('posyandu.work.referralLast', { reasons: r.reasons.map(reason).join(', ') })} (${formatMonth(r.month, lang)})`)))}
      {section('immunisation', 'posyandu.work.immunisation', work.immunisation.length,
        work.immunisation.map((i) => row(i.id, i.antigens.join(', '))),
        <p className="pd-muted">{t('posyandu.work.immunisationHint')}</p>)}
      {isVitaminAMonth(date)
        ? section('vitaminA', 'posyandu.work.vitaminA', work.vitaminA.length,
          work.vitaminA.map((v) => row(v.id, t(`posyandu.svc.vitA.${v.colour}` as MessageKey))))
        : <p className="pd-muted" data-work="vitaminA">{t('posyandu.work.vitaminAOff')}</p>}
      {section('absent', 'posyandu.work.absent', work.absent.length,
        work.absent.map((a) => row(a.id, a.lastMonth ? t('posyandu.work.absentSince', { month: formatMonth(a.lastMonth, lang) }) : t('posyandu.work.absentNever'))))}
      <h3 className="pd-subhead">{t('posyandu.work.mothers')}</h3>
      {mothers && (
        <>
          {section('motherReferral', 'posyandu.work.motherReferral', mothers.list.referral.length,
            mothers.list.referral.map((r) => mother(r.id, `${r.reasons.length ? r.reasons.map((x) => t(`ilp.ref.${x}` as MessageKey)).join(', ') : t('posyandu.work.motherReferred')} (${formatDate(r.date, lang)})`)))}
          {section('kek', 'posyandu.work.kek', mothers.list.kek.length,
            mothers.list.kek.map((k) => mother(k.id, t('posyandu.work.kekDetail', { cm: formatNumber(k.muacCm, { digits: 1 }) }))))}
          {section('anc', 'posyandu.work.anc', mothers.list.anc.length,
            mothers.list.anc.map((a) => mother(a.id, t('posyandu.work.ancDetail', { k: a.next, tm: a.trimester }))))}
          {section('ttd', 'posyandu.work.ttd', mothers.list.ttd.length,
            mothers.list.ttd.map((x) => mother(x.id, t('posyandu.work.ttdDetail', { given: x.given, target: x.target }))))}
          {section('nifasVitaminA', 'posyandu.work.nifasVitaminA', mothers.list.nifasVitaminA.length,
            mothers.list.nifasVitaminA.map((m) => mother(m.id, t('posyandu.work.nifasVitaminADetail'))))}
          <p className="pd-muted">{t('posyandu.work.mothersHint')}</p>
        </>
      )}
    </div>
  );
}
