import type { Month } from '../types';
import { ageInDays, completedMonths, monthIndex } from '../dates';
import { zScore, whoTables, type WhoTables } from '../growth';
import { indexChild, type ChildMonths, type ChildRecord } from './child';
import { KBM_KMS_2010, kbmGrams, type KbmTable } from './kbm';

export type KmsTrend = 'N' | 'T' | 'O' | 'B';

/** Trend of an indexed child in month index `mi` (domain-tables §1, rules in order B, O, N, T). */
export function trendAt(c: ChildMonths, mi: number, kbm: KbmTable = KBM_KMS_2010): KmsTrend | null {
  const w = c.byMonth.get(mi);
  if (!w) return null;
  if (mi === c.firstMonth) return 'B';
  const prev = c.byMonth.get(mi - 1);
  if (!prev) return 'O';
  // Scales read to 0.1 kg: compare whole grams, never float kilograms (10.2 − 10.0 ≠ 0.2).
  const gain = Math.round(w.weightKg * 1000) - Math.round(prev.weightKg * 1000);
  return gain >= kbmGrams(completedMonths(c.child.birthDate, w.date), kbm) ? 'N' : 'T';
}

/** KMS trend of one child in one month; null when not weighed that month. */
export function kmsTrend(child: ChildRecord, month: Month, kbm: KbmTable = KBM_KMS_2010): KmsTrend | null {
  return trendAt(indexChild(child), monthIndex(month), kbm);
}

/** 2T: T this month and T at the previous weighing (which, for a T, is last month's). */
export function isTwoTAt(c: ChildMonths, mi: number, kbm: KbmTable = KBM_KMS_2010): boolean {
  return trendAt(c, mi, kbm) === 'T' && trendAt(c, mi - 1, kbm) === 'T';
}

/** BGM: the month's counting weighing lies below the red line, weight-for-age z < −3. */
export function isBgmAt(c: ChildMonths, mi: number, tables: WhoTables = whoTables()): boolean {
  const w = c.byMonth.get(mi);
  if (!w) return false;
  const z = zScore({ indicator: 'wfa', sex: c.child.sex, ageDays: ageInDays(c.child.birthDate, w.date), weightKg: w.weightKg }, tables);
  return z !== null && z < -3;
}

export function isTwoT(child: ChildRecord, month: Month, kbm?: KbmTable): boolean {
  return isTwoTAt(indexChild(child), monthIndex(month), kbm);
}

export function isBgm(child: ChildRecord, month: Month, tables?: WhoTables): boolean {
  return isBgmAt(indexChild(child), monthIndex(month), tables);
}
