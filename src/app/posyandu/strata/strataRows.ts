import type { StrataView } from '../../../data/posyandu';
import type { StrataGap, StrataIndicators } from '../../../domain';
import { formatNumber, formatPercent, type MessageKey, type Params } from '../../i18n';
import type { Column } from '../../print/columns';

// The strata indicators of one period as rows (indicator, value, how it was counted), shared by
// the screen, the printed strata sheet and its CSV.

type T = (key: MessageKey, params?: Params) => string;

export const IND: (keyof StrataIndicators)[] = ['sessions', 'avgKaders', 'ds', 'kia', 'kb', 'immunization', 'additionalProgram', 'danaSehat'];
const RATIO = new Set<keyof StrataIndicators>(['ds', 'kia', 'kb', 'immunization', 'danaSehat']);

/** An indicator's value as read: '42 %', '5,3', '✓'. */
export function strataValue(ind: keyof StrataIndicators, v: number | boolean): string {
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  if (RATIO.has(ind)) return formatPercent(v, 0);
  return ind === 'avgKaders' ? formatNumber(v, { digits: 1 }) : formatNumber(v);
}

export interface StrataRow { ind: keyof StrataIndicators; value: string; source: string }

export function strataRows(t: T, view: StrataView): StrataRow[] {
  const b = view.basis;
  const source: Record<keyof StrataIndicators, string> = {
    sessions: t('posyandu.strata.src.sessions', { n: b.sessions }),
    avgKaders: t('posyandu.strata.src.avgKaders', { present: b.kadersPresent, sessions: b.sessions }),
    ds: t('posyandu.strata.src.ds', { months: b.monthlyDs.length, s: Math.round(b.avgS) }),
    kia: t('posyandu.strata.src.kia', { done: b.kia.complete, n: b.kia.registered }),
    kb: t('posyandu.strata.src.kb', { done: b.kb.active, n: b.kb.registered }),
    immunization: t('posyandu.strata.src.immunization', { done: b.immunization.complete, n: b.immunization.registered }),
    additionalProgram: b.programs.join(', ') || '–',
    danaSehat: t('posyandu.strata.src.danaSehat', { done: b.households.paying, n: b.households.total }),
  };
  return IND.map((ind) => ({ ind, value: strataValue(ind, view.indicators[ind]), source: source[ind] }));
}

export function strataColumns(t: T): Column<StrataRow>[] {
  return [
    { head: t('posyandu.strataSheet.indicator'), value: (r) => t(`posyandu.strata.ind.${r.ind}` as MessageKey) },
    { head: t('posyandu.strataSheet.value'), value: (r) => r.value },
    { head: t('posyandu.strataSheet.basis'), value: (r) => r.source },
  ];
}

/** "D/S 42 % → 50 %: sekitar 4 anak lagi ditimbang tiap bulan" */
export function gapLine(t: T, g: StrataGap): string {
  const head = t('posyandu.gap.line', {
    indicator: t(`posyandu.strata.ind.${g.indicator}` as MessageKey),
    have: strataValue(g.indicator, g.have),
    need: `${g.op === '>' ? '> ' : ''}${strataValue(g.indicator, g.need)}`,
  });
  const what = g.more === null ? t('posyandu.gap.unknown') : t(`posyandu.gap.${g.unit}` as MessageKey, { n: g.more });
  return `${head}: ${what}`;
}
