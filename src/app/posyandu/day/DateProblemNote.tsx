import type { Child, DateProblem } from '../../../data/posyandu';
import { formatDate, useLang, useT } from '../../i18n';

/** Why this child cannot be weighed on this date, in a sentence that names the dates. */
export function DateProblemNote({ child, date, problem }: { child: Child; date: string; problem: DateProblem }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const params = {
    name: child.data.name,
    date: formatDate(date, lang),
    birth: formatDate(child.data.birthDate, lang),
    left: child.data.leftDate ? formatDate(child.data.leftDate, lang) : '',
  };
  const key = problem === 'future' ? 'posyandu.day.futureRefused' : problem === 'beforeBirth' ? 'posyandu.date.beforeBirth' : 'posyandu.date.afterDeath';
  return <p className="pd-alert bad" role="alert" data-date-problem={problem}>{t(key, params)}</p>;
}
