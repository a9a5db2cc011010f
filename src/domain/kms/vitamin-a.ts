import type { IsoDate, Month } from '../types';
import { completedMonths, monthOf } from '../dates';

// Vitamin A for balita is given twice a year, in the "bulan vitamin A" February and August
// (Kemenkes; Buku KIA): a blue 100,000 IU capsule at 6–11 months, a red 200,000 IU one at 12–59.

/** Calendar months (1–12) of the vitamin A rounds. */
export const VITAMIN_A_MONTHS: readonly number[] = [2, 8];

export type VitaminAColour = 'biru' | 'merah';

/** The capsule for an age in completed months: blue 6–11, red 12–59, none otherwise. */
export function vitaminAColour(months: number): VitaminAColour | null {
  if (months >= 6 && months <= 11) return 'biru';
  if (months >= 12 && months <= 59) return 'merah';
  return null;
}

export function isVitaminAMonth(date: IsoDate): boolean {
  return VITAMIN_A_MONTHS.includes(+date.slice(5, 7));
}

/**
 * The capsule a child should get on `date`: only in February and August, only at 6–59 months,
 * and not when a visit of the same month already recorded one (`givenMonths`: 'YYYY-MM').
 */
export function vitaminADue(birthDate: IsoDate, date: IsoDate, givenMonths: ReadonlySet<Month>): VitaminAColour | null {
  if (!isVitaminAMonth(date) || date < birthDate || givenMonths.has(monthOf(date))) return null;
  return vitaminAColour(completedMonths(birthDate, date));
}
