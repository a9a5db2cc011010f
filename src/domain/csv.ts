// The one CSV writer of the product: every export on the phone and every county table on the
// server goes through it, so a file opens the same way everywhere. Made for a spreadsheet set to
// Indonesian (Excel, LibreOffice, Google Sheets with an Indonesian locale, which is what a desa
// office has):
//   - fields separated by ';' (the list separator of a locale whose decimal mark is the comma);
//   - numbers with a decimal comma and no thousands separator ('8,7', '1500', '-3,75'), so the
//     spreadsheet reads them as numbers; a hyphen-minus, which it parses (the screen shows '−');
//   - UTF-8 with a byte-order mark, so names with é or ñ are not garbled; CRLF line ends;
//   - a field is quoted ("…", inner quotes doubled, RFC 4180) when it holds ';', '"', a line
//     break, or leading/trailing spaces;
//   - text that a spreadsheet would run as a formula (starting with = + @ or - followed by a
//     non-digit), or that starts with an apostrophe (which the spreadsheet would hide), gets a leading apostrophe;
//   - identifier columns (NIK, No. KK: 16 digits; region codes 64.11.05) are written ="…" when
//     they are digits, so the spreadsheet keeps every digit as text instead of rounding to
//     6,41105E+15 or reading a date.
// A heading and its values are declared together (CsvColumn), so a heading cannot stand over
// another column's values. Dates are formatted by the caller (people's way: '5 Nov 2026'); a
// register may add an ISO column for machines (see README "Cetak dan ekspor").

export type CsvCell = string | number | null | undefined;

export interface CsvColumn<T> {
  head: string;
  value(row: T, index: number): CsvCell;
  /** fixed decimals for numbers (1 → '9,0') */
  digits?: number;
  /** keep as text in a spreadsheet (long digit strings such as NIK, region codes) */
  text?: boolean;
}

/** One block of the file: an optional title line, the heading row, the rows. */
export interface CsvSection {
  title?: string;
  /** lines under the title (unit, period), one cell each */
  lines?: string[];
  head: string[];
  rows: CsvCell[][];
  /** per column: fixed decimals and keep-as-text, aligned with `head` */
  digits?: (number | undefined)[];
  text?: boolean[];
}

export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\ufeff';

/** A section from column definitions: each value is computed by its own column. */
export function csvSection<T>(columns: CsvColumn<T>[], rows: readonly T[], title?: string, lines?: string[]): CsvSection {
  return {
    title,
    lines,
    head: columns.map((c) => c.head),
    rows: rows.map((r, i) => columns.map((c) => c.value(r, i))),
    digits: columns.map((c) => c.digits),
    text: columns.map((c) => !!c.text),
  };
}

/** A number as a spreadsheet in an Indonesian locale reads it. */
export function csvNumber(n: number, digits?: number): string {
  if (!Number.isFinite(n)) return '';
  let s = digits === undefined ? String(Math.round(n * 1e6) / 1e6) : n.toFixed(digits);
  if (/e/i.test(s)) s = n.toFixed(digits ?? 6).replace(/0+$/, '').replace(/\.$/, '');
  if (/^-0(\.0*)?$/.test(s)) s = s.slice(1);
  return s.replace('.', ',');
}

function textField(s: string, keepText: boolean): string {
  if (keepText && /^[\d.,/ -]+$/.test(s) && /\d/.test(s)) return `="${s.replace(/"/g, '""')}"`;
  // A leading apostrophe of the text itself is doubled: a spreadsheet hides the first one.
  const safe = /^[=+@\t\r']/.test(s) || /^-[^\d\s]/.test(s) ? `'${s}` : s;
  return /[;"\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function field(v: CsvCell, digits: number | undefined, keepText: boolean): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return csvNumber(v, digits);
  return textField(v, keepText);
}

/** The whole file: BOM, sections separated by an empty line, CRLF after every line. */
export function writeCsv(sections: CsvSection | CsvSection[]): string {
  const list = Array.isArray(sections) ? sections : [sections];
  const lines: string[] = [];
  list.forEach((s, i) => {
    if (i > 0) lines.push('');
    if (s.title !== undefined) lines.push(textField(s.title, false));
    for (const l of s.lines ?? []) lines.push(textField(l, false));
    lines.push(s.head.map((h) => textField(h, false)).join(CSV_SEPARATOR));
    for (const r of s.rows) lines.push(r.map((v, c) => field(v, s.digits?.[c], !!s.text?.[c])).join(CSV_SEPARATOR));
  });
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

/** Reads a file written by writeCsv back into rows of strings (tests, and a check on imports). */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === CSV_SEPARATOR) { row.push(cur); cur = ''; }
    else if (ch === '\r' && src[i + 1] === '\n') { row.push(cur); rows.push(row); row = []; cur = ''; i++; }
    else cur += ch;
  }
  if (cur !== '' || row.length) { row.push(cur); rows.push(row); }
  return rows;
}
