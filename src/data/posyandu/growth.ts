import { ageInDays, monthIndex, monthOf } from '../../domain/dates';
import { assessGrowth, type GrowthAssessment } from '../../domain/growth';
// By path, not the kms barrel: this module is on the first screen, the day's work list is not.
import { indexChild, type ChildRecord } from '../../domain/kms/child';
import { isBgmAt, isTwoTAt, trendAt, type KmsTrend } from '../../domain/kms/trend';
import type { KbmTable } from '../../domain/kms/kbm';
import { childRecordOf } from '../../domain/records/posyandu-inputs';
import type { Child, Visit, VisitData } from './types';

/** The domain's view of a child: weighings in entry order, so the later one of a month wins. */
export function toChildRecord(child: Child, visits: readonly Visit[]): ChildRecord {
  return childRecordOf(child, visits.map((v) => v.data));
}

export type AlertCode = 'BGM' | '2T' | 'notUp' | 'implausible' | 'refer';

export interface WeighingResult {
  ageDays: number;
  growth: GrowthAssessment;
  trend: KmsTrend | null;
  bgm: boolean;
  twoT: boolean;
  alerts: AlertCode[];
}

/**
 * What the kader sees right after typing a weight: z-scores with categories, the KMS trend of
 * this month and the alerts. `visits` are the child's visits so far; `entry` the one being typed
 * (not yet saved), so the result shows before the save.
 */
export function assessWeighing(
  child: Child,
  visits: readonly Visit[],
  entry: Pick<VisitData, 'date' | 'weightKg' | 'lengthCm' | 'position'>,
  kbm?: KbmTable,
): WeighingResult {
  const ageDays = ageInDays(child.data.birthDate, entry.date);
  const growth = assessGrowth({
    sex: child.data.sex,
    ageDays,
    weightKg: entry.weightKg,
    lengthCm: entry.lengthCm,
    position: entry.position,
  });
  const record = toChildRecord(child, visits);
  if (entry.weightKg !== undefined) record.weighings.push({ date: entry.date, weightKg: entry.weightKg });
  const indexed = indexChild(record);
  const mi = monthIndex(monthOf(entry.date));
  const trend = entry.weightKg === undefined ? null : trendAt(indexed, mi, kbm);
  const bgm = entry.weightKg !== undefined && isBgmAt(indexed, mi);
  const twoT = entry.weightKg !== undefined && isTwoTAt(indexed, mi, kbm);
  const alerts: AlertCode[] = [];
  if (bgm) alerts.push('BGM');
  if (twoT) alerts.push('2T');
  else if (trend === 'T') alerts.push('notUp');
  if ([growth.wfa, growth.lhfa, growth.wfl].some((r) => r?.implausible)) alerts.push('implausible');
  // SPEC §3.3: BGM and 2T are the referral signals.
  if (bgm || twoT) alerts.push('refer');
  return { ageDays, growth, trend, bgm, twoT, alerts };
}

/** Status of a child for the month from its saved visits (day list badges). */
export function monthStatus(child: Child, visits: readonly Visit[], month: string, kbm?: KbmTable): { trend: KmsTrend | null; bgm: boolean; twoT: boolean } {
  const indexed = indexChild(toChildRecord(child, visits));
  const mi = monthIndex(month);
  return { trend: trendAt(indexed, mi, kbm), bgm: isBgmAt(indexed, mi), twoT: isTwoTAt(indexed, mi, kbm) };
}
