import { completedMonths, dateOfDayNumber, dayNumber, daysInMonth } from '../dates';
import type { IsoDate } from '../types';

// Date steps the ILP rules need on top of ../dates.ts, with the same month convention as
// completedMonths(): a day the target month lacks falls on that month's last day.

/** The date n calendar months after `date` (31 Jan + 1 month = 28/29 Feb). */
export function addCalendarMonths(date: IsoDate, n: number): IsoDate {
  const total = +date.slice(0, 4) * 12 + (+date.slice(5, 7) - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const d = Math.min(+date.slice(8, 10), daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return dateOfDayNumber(dayNumber(date) + n);
}

/** Completed calendar months and the days past that monthly anniversary; null before birth. */
export function monthsAndDays(birthDate: IsoDate, on: IsoDate): { months: number; days: number } | null {
  if (dayNumber(on) < dayNumber(birthDate)) return null;
  const months = completedMonths(birthDate, on);
  return { months, days: dayNumber(on) - dayNumber(addCalendarMonths(birthDate, months)) };
}

/** Completed years (birthdays on 29 Feb fall on 28 Feb in other years). */
export function completedYears(birthDate: IsoDate, on: IsoDate): number {
  return Math.floor(completedMonths(birthDate, on) / 12);
}
