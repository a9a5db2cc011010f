import { formatPercent, type Lang, type MessageKey } from '../../i18n';
import type { ActivityType, CashCategory, EndReason, NeedStatus, PosyantekPosition, ReportState, SplitShare, TtgCondition, UnitType } from '../../../domain/posyantek';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

// The Posyantek codes in the user's words (strings/posyantek.ts).
export const positionLabel = (t: T, p: PosyantekPosition) => t(`pt.position.${p}` as MessageKey);
export const categoryLabel = (t: T, c: CashCategory) => t(`pt.cat.${c}` as MessageKey);
export const shareLabel = (t: T, s: SplitShare) => t(`pt.share.${s}` as MessageKey);
/** 'Insentif pengurus (40 %)' / 'Board incentive (40%)'. */
export const shareLine = (t: T, l: { share: SplitShare; percent: number }, lang?: Lang) => `${shareLabel(t, l.share)} (${formatPercent(l.percent / 100, 0, lang)})`;
export const stateLabel = (t: T, s: ReportState) => t(`pt.state.${s}` as MessageKey);
export const activityLabel = (t: T, a: ActivityType) => t(`pt.act.${a}` as MessageKey);
export const needStatusLabel = (t: T, s: NeedStatus) => t(`pt.need.${s}` as MessageKey);
export const conditionLabel = (t: T, c: TtgCondition) => t(`pt.cond.${c}` as MessageKey);
export const endReasonLabel = (t: T, r: EndReason) => t(`pt.end.${r}` as MessageKey);
export const unitLabel = (t: T, u: UnitType) => t(`pt.unit.${u}` as MessageKey);

/** The chip class of a report state: sent on time green, late or missing red, open amber. */
export const stateClass = (s: ReportState) => (s === 'on-time' ? 'ok' : s === 'late' || s === 'missing' ? 'bad' : s === 'open' ? 'warn' : '');

/**
 * Rupiah as typed on a phone: '1.500.000', '1500000', 'Rp 1.500.000' → 1500000; null for
 * anything that is not a whole number of rupiah (a decimal comma, letters, nothing).
 */
export function parseRupiah(text: string): number | null {
  const s = text.replace(/^\s*rp\.?\s*/i, '').replace(/[\s.]/g, '');
  if (!/^\d{1,12}$/.test(s)) return null;
  const n = Number(s);
  return n > 0 ? n : null;
}
