import { addMonthsToDate, completedMonths, dayNumber } from '../dates';
import type { IsoDate } from '../types';

// Date steps the ILP rules need on top of ../dates.ts (addDays and addMonthsToDate are there, one each
// for the whole domain), with completedMonths()'s month convention.

/** Completed calendar months and the days past that monthly anniversary; null before birth. */
export function monthsAndDays(birthDate: IsoDate, on: IsoDate): { months: number; days: number } | null {
  if (dayNumber(on) < dayNumber(birthDate)) return null;
  const months = completedMonths(birthDate, on);
  return { months, days: dayNumber(on) - dayNumber(addMonthsToDate(birthDate, months)) };
}

/** Completed years (birthdays on 29 Feb fall on 28 Feb in other years). */
export function completedYears(birthDate: IsoDate, on: IsoDate): number {
  return Math.floor(completedMonths(birthDate, on) / 12);
}
