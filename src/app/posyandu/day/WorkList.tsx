import type { ReactNode } from 'react';
import { isVitaminAMonth, type WorkList as Work } from '../../../domain';
import type { Child } from '../../../data/posyandu';
import type { DayStatus } from '../../../data/posyandu/worklist';
import { formatDate, formatMonth, useLang, useT, type MessageKey } from '../../i18n';

/**
 * The day's work list (domain rules, src/domain/kms/worklist.ts): children weighed twice (choose),
 * BGM/2T to refer, immunisations due by age (Buku KIA), vitamin A in February and August. Each
 * name opens the child's weighing.
 */
export function WorkList({ work, status, byId, date, isToday, onPick }: {
  work: Work;
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
          ? r.reasons.join(', ')
          : `${t('posyandu.work.referralLast', { reasons: r.reasons.join(', ') })} (${formatMonth(r.month, lang)})`)))}
      {section('immunisation', 'posyandu.work.immunisation', work.immunisation.length,
        work.immunisation.map((i) => row(i.id, i.antigens.join(', '))),
        <p className="pd-muted">{t('posyandu.work.immunisationHint')}</p>)}
      {isVitaminAMonth(date)
        ? section('vitaminA', 'posyandu.work.vitaminA', work.vitaminA.length,
          work.vitaminA.map((v) => row(v.id, t(`posyandu.svc.vitA.${v.colour}` as MessageKey))))
        : <p className="pd-muted" data-work="vitaminA">{t('posyandu.work.vitaminAOff')}</p>}
    </div>
  );
}
