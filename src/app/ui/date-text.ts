import { isValidIsoDate } from '../../domain/dates';

// A date as people type it, read the app's way (day, month, year), whatever the browser's locale:
// '5/11/2026', '05-11-2026', '5.11.26', '05112026', '5 Nov 2026', '5 november 2026', and the ISO
// form '2026-11-05' (pasted from elsewhere). Months by name in Indonesian and English.

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, peb: 2, mar: 3, maret: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, agustus: 8, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, nopember: 11, november: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A two-digit year is this century's unless that is more than a year ahead of `today`
 * ('26' → 2026, '85' → 1985); typing four digits is always exact.
 */
function fullYear(y: string, today: string): number {
  if (y.length === 4) return +y;
  const thisYear = +today.slice(0, 4);
  const candidate = Math.floor(thisYear / 100) * 100 + +y;
  return candidate > thisYear + 1 ? candidate - 100 : candidate;
}

/** The ISO date of a typed date, or null when it is not a calendar date (31/02, 13th month, …). */
export function parseDateText(text: string, today: string): string | null {
  const s = text.trim().toLowerCase();
  if (!s) return null;
  let d: number, m: number, y: number;
  let r: RegExpExecArray | null;
  if ((r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) return isValidIsoDate(s) ? s : null;
  if ((r = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})$/.exec(s))) [d, m, y] = [+r[1], +r[2], fullYear(r[3], today)];
  else if ((r = /^(\d{2})(\d{2})(\d{4}|\d{2})$/.exec(s))) [d, m, y] = [+r[1], +r[2], fullYear(r[3], today)];
  else if ((r = /^(\d{1,2})[\s.\-/]*([a-z]+)\.?[\s.\-/]*(\d{4}|\d{2})$/.exec(s)) && MONTHS[r[2]]) [d, m, y] = [+r[1], MONTHS[r[2]], fullYear(r[3], today)];
  else return null;
  const iso = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** The form in which a date is typed: '05/11/2026'. */
export function dateEntryText(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A date field's value is ISO when what was typed is a date; anything else typed is kept as it is. */
export function isDateValue(value: string): boolean {
  return isValidIsoDate(value);
}
