import { ACTIVITY_TYPES, NEED_STATUSES, type QuarterReport } from '../../../domain/posyantek';
import type { CsvSection } from '../../../domain/csv';
import type { MessageKey } from '../../i18n';
import { activityLabel, needStatusLabel, shareLine } from '../ui/words';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The quarterly report as CSV: the same figures as the printed sheet, amounts as whole rupiah. */
export function quarterCsv(t: T, r: QuarterReport, lines: string[]): CsvSection[] {
  return [
    {
      title: t('pt.q.printTitle'), lines,
      head: [t('pt.rec.type'), t('pt.q.count'), t('pt.rec.participants')],
      rows: ACTIVITY_TYPES.map((a) => [activityLabel(t, a), r.activities[a].count, r.activities[a].participants]),
    },
    {
      title: t('pt.q.needsTtg'), head: [t('pt.cash.item'), t('pt.q.count')],
      rows: [
        [t('pt.q.needsMapped'), r.needs.mapped],
        ...NEED_STATUSES.map((s) => [t('pt.q.needsBy', { status: needStatusLabel(t, s) }), r.needs.byStatus[s]]),
        [t('pt.q.ttgKinds'), r.ttg.kinds], [t('pt.q.ttgUnits'), r.ttg.units], [t('pt.q.ttgNew'), r.ttg.newKinds],
      ],
    },
    {
      title: t('pt.q.finance'), head: [t('pt.cash.item'), t('pt.cash.amount')],
      rows: [
        [t('pt.cash.opening'), r.cash.opening], [t('pt.q.income'), r.cash.income], [t('pt.q.expense'), r.cash.expense], [t('pt.q.closing'), r.cash.closing],
        [t('pt.cash.bIncome'), r.cash.business.income], [t('pt.cash.bCosts'), r.cash.business.costs], [t('pt.cash.result'), r.cash.business.result],
        ...r.cash.business.lines.map((l) => [shareLine(t, l), l.amount]),
      ],
    },
  ];
}
