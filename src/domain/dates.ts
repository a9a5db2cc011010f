import type { IsoDate, Month } from './types';

// Calendar arithmetic on plain strings, in UTC day numbers: no time zones, no Date objects in
// hot loops (recaps of 10 years of a desa run over every event).

const DAY_MS = 86_400_000;

// Digits read with charCodeAt: these run once per event or weighing, tens of thousands per recap.
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);
const year4 = (s: string) => two(s, 0) * 100 + two(s, 2);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function civilDayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date (no validation: see isValidIsoDate). */
export function dayNumber(date: IsoDate): number {
  return civilDayNumber(year4(date), two(date, 5), two(date, 8));
}

/** Day number of the first day of the month with index `mi` (see monthIndex). */
export function monthStartDay(mi: number): number {
  const y = Math.floor(mi / 12);
  return civilDayNumber(y, mi - y * 12 + 1, 1);
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
  return year4(month) * 12 + two(month, 5) - 1;
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

/** The date n days after `date` (n may be negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return dateOfDayNumber(dayNumber(date) + n);
}

/**
 * The same day n calendar months later, with completedMonths()'s convention: a day the target
 * month lacks falls on that month's last day (31 Jan + 1 month = 28/29 Feb; 31 Aug + 6 = 28 Feb).
 */
export function addMonthsToDate(date: IsoDate, n: number): IsoDate {
  const total = +date.slice(0, 4) * 12 + (+date.slice(5, 7) - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const d = Math.min(+date.slice(8, 10), daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today in UTC as 'YYYY-MM-DD'; callers pass their own "today" where results must be reproducible. */
export function todayIso(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
