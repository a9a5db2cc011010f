import type { IsoDate, Month } from './types';

// Calendar arithmetic on plain strings, in UTC day numbers: no time zones, no Date objects in
// hot loops (recaps of 10 years of a desa run over every event).

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date (no validation: see isValidIsoDate). */
export function dayNumber(date: IsoDate): number {
  const y = +date.slice(0, 4);
  const m = +date.slice(5, 7);
  const d = +date.slice(8, 10);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function dateOfDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

export function isValidIsoDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const y = +m[1], mo = +m[2], d = +m[3];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function isValidMonth(month: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
}

export function monthOf(date: IsoDate): Month {
  return date.slice(0, 7);
}

/** Months since year 0: makes month ranges plain integer loops. */
export function monthIndex(month: Month): number {
  return +month.slice(0, 4) * 12 + (+month.slice(5, 7) - 1);
}

export function monthFromIndex(i: number): Month {
  const y = Math.floor(i / 12);
  const m = i - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

export function addMonths(month: Month, n: number): Month {
  return monthFromIndex(monthIndex(month) + n);
}

export function firstDayOf(month: Month): IsoDate {
  return `${month}-01`;
}

export function lastDayOf(month: Month): IsoDate {
  const d = daysInMonth(+month.slice(0, 4), +month.slice(5, 7));
  return `${month}-${String(d).padStart(2, '0')}`;
}

/** Inclusive list of months from `from` to `to`. */
export function monthRange(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  for (let i = monthIndex(from), e = monthIndex(to); i <= e; i++) out.push(monthFromIndex(i));
  return out;
}

export function ageInDays(birthDate: IsoDate, date: IsoDate): number {
  return dayNumber(date) - dayNumber(birthDate);
}

/**
 * Age in completed calendar months, as the KMS counts it. A birthday on a day the current month
 * lacks (born 31 Jan) falls on that month's last day (28 Feb is 1 month).
 */
export function completedMonths(birthDate: IsoDate, date: IsoDate): number {
  const by = +birthDate.slice(0, 4), bm = +birthDate.slice(5, 7), bd = +birthDate.slice(8, 10);
  const y = +date.slice(0, 4), m = +date.slice(5, 7), d = +date.slice(8, 10);
  let months = (y - by) * 12 + (m - bm);
  const anniversary = Math.min(bd, daysInMonth(y, m));
  if (d < anniversary) months -= 1;
  return months;
}

/** Today in UTC as 'YYYY-MM-DD'; callers pass their own "today" where results must be reproducible. */
export function todayIso(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
