import { civilDayNumber, dateOfDayNumber, daysInMonth, isValidIsoDate } from '../dates';
import type { IsoDate } from '../types';

// Reading the cells of spreadsheets people actually keep: dates as Excel serials, as text in
// several orders, or as Date objects; numbers with a decimal comma; 8888 and the like typed where
// a value was unknown; phone numbers in the wrong column.

/** A cell as the XLSX reader hands it over. */
export type Cell = string | number | boolean | Date | null | undefined;

const EXCEL_EPOCH = civilDayNumber(1899, 12, 30); // serial 1 = 1900-01-01 with Lotus' 29 Feb 1900 counted

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, peb: 2, mar: 3, maret: 3, march: 3, apr: 4, april: 4,
  mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, agu: 8, agt: 8, ags: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, nopember: 11, november: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};

export const cellText = (c: Cell): string =>
  c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).replace(/\s+/g, ' ').trim();

export const isBlank = (c: Cell): boolean => cellText(c) === '' || /^[-–—.]+$/.test(cellText(c));

/** 8888, 888, 9999, 999,9 …: what registers type when a value was not known. */
export function isPlaceholder(c: Cell): boolean {
  const s = cellText(c).replace(/[.,]/g, '');
  return /^(8{3,}|9{3,}|0{3,})$/.test(s);
}

/** An Indonesian mobile number (08…, +62 8…, 62 8…), spaces and dashes allowed. */
export function looksLikePhone(c: Cell): boolean {
  const s = cellText(c).replace(/[\s\-().]/g, '');
  return /^(\+?62|0)8\d{7,11}$/.test(s);
}

function ymd(y: number, m: number, d: number): IsoDate | null {
  if (y < 100) y += y < 50 ? 2000 : 1900;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/**
 * A date cell: a Date (the reader's date cells, taken as the calendar day in UTC), an Excel serial
 * (1900 system), ISO text, or day-month-year text with /, - or . and a number or month name.
 * Indonesian files are day first, so 03/04/2024 is 3 April. Null when it is no date.
 */
export function parseDateCell(c: Cell): IsoDate | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : ymd(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate());
  if (typeof c === 'number') return excelSerialDate(c);
  const s = cellText(c).toLowerCase();
  if (!s) return null;
  if (/^\d{4,5}(\.\d+)?$/.test(s) && +s > 10000) return excelSerialDate(+s);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t].*)?$/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$/.exec(s);
  if (m) return ymd(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2})[-/. ]+([a-z]+)\.?[-/. ]+(\d{2}|\d{4})$/.exec(s);
  if (m && MONTHS[m[2]]) return ymd(+m[3], MONTHS[m[2]], +m[1]);
  return null;
}

export function excelSerialDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return dateOfDayNumber(EXCEL_EPOCH + Math.floor(serial));
}

/** The Excel serial of a day (for tests and writers that want numbers). */
export function excelSerialOf(date: IsoDate): number {
  return civilDayNumber(+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10)) - EXCEL_EPOCH;
}

/**
 * A number cell: a number, or text with a decimal comma or point ("8,7", "8.7", "8,7 kg").
 * Thousands separators are not expected in weights and lengths: "1.234,5" reads 1234.5 all the same.
 */
export function parseNumberCell(c: Cell): number | null {
  if (typeof c === 'number') return Number.isFinite(c) ? c : null;
  let s = cellText(c).toLowerCase().replace(/\s*(kg|cm|gr|g)$/, '').replace(/\s/g, '');
  if (!s) return null;
  if (s.includes(',') && s.includes('.')) s = s.replace(/\./g, '');
  s = s.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? +s : null;
}

/** Digits of a NIK or No. KK cell; a number cell read back without exponent or decimals. */
export function idDigits(c: Cell): string {
  if (typeof c === 'number') return Number.isInteger(c) ? BigInt(c).toString() : String(c);
  return cellText(c).replace(/^'/, '').replace(/[\s.-]/g, '');
}

/** Header text normalised for matching: lower case, letters and digits only. */
export const headerKey = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');
