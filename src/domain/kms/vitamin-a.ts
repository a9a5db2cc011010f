import type { IsoDate, Month } from '../types';
import type { Sourced } from '../bands';
import { completedMonths, monthOf } from '../dates';

// Vitamin A for balita is given twice a year, in the "bulan vitamin A" February and August
// (Kemenkes; Buku KIA): a blue 100,000 IU capsule at 6–11 months, a red 200,000 IU one at 12–59.
// The rounds and age bands are a versioned table (issue 15), the functions take it optionally.

export type VitaminAColour = 'biru' | 'merah';

export interface VitaminATable extends Sourced {
  /** calendar months (1–12) of the distribution rounds */
  months: readonly number[];
  /** by completed months of age on the day given (biru 100.000 SI, merah 200.000 SI) */
  capsules: readonly { colour: VitaminAColour; fromMonths: number; toMonths: number }[];
}

// Permenkes 21/2015 (Standar Kapsul Vitamin A bagi Bayi, Anak Balita, dan Ibu Nifas): kapsul biru
// 100.000 SI for bayi 6–11 bulan, kapsul merah 200.000 SI for anak balita 12–59 bulan and ibu nifas
// (2 kapsul); rounds in Februari and Agustus (bulan vitamin A; Buku KIA). Sweeping in the following
// month is local practice, not modelled. The ibu nifas capsules are in ilp/pregnancy.ts
// (VITAMIN_A_NIFAS). The `source` string is kept short: this module is on the first screen.
export const VITAMIN_A_PERMENKES_21_2015: VitaminATable = {
  id: 'vitamin-a-permenkes-21-2015',
  version: 1,
  source: 'Permenkes 21/2015; Buku KIA (Februari, Agustus)',
  months: [2, 8],
  capsules: [
    { colour: 'biru', fromMonths: 6, toMonths: 11 },
    { colour: 'merah', fromMonths: 12, toMonths: 59 },
  ],
};

/** Calendar months (1–12) of the vitamin A rounds. */
export const VITAMIN_A_MONTHS: readonly number[] = VITAMIN_A_PERMENKES_21_2015.months;

/** The capsule for an age in completed months: blue 6–11, red 12–59, none otherwise. */
export function vitaminAColour(months: number, table: VitaminATable = VITAMIN_A_PERMENKES_21_2015): VitaminAColour | null {
  return table.capsules.find((c) => months >= c.fromMonths && months <= c.toMonths)?.colour ?? null;
}

export function isVitaminAMonth(date: IsoDate, table: VitaminATable = VITAMIN_A_PERMENKES_21_2015): boolean {
  return table.months.includes(+date.slice(5, 7));
}

/**
 * The capsule a child should get on `date`: only in February and August, only at 6–59 months,
 * and not when a visit of the same month already recorded one (`givenMonths`: 'YYYY-MM').
 */
export function vitaminADue(
  birthDate: IsoDate, date: IsoDate, givenMonths: ReadonlySet<Month>, table: VitaminATable = VITAMIN_A_PERMENKES_21_2015,
): VitaminAColour | null {
  if (!isVitaminAMonth(date, table) || date < birthDate || givenMonths.has(monthOf(date))) return null;
  return vitaminAColour(completedMonths(birthDate, date), table);
}
