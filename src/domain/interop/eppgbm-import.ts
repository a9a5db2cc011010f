import { dayNumber } from '../dates';
import { parseNik } from '../nik';
import type { IsoDate, Sex } from '../types';
import { EPPGBM_FIELDS, EPPGBM_IMPORT_HEADERS, type EppgbmField } from './eppgbm-columns';
import { cellText, headerKey, idDigits, isBlank, isPlaceholder, looksLikePhone, parseDateCell, parseNumberCell, type Cell } from './cells';

// An e-PPGBM sheet (either layout) read into children and their weighings, each row with what was
// wrong with it as codes the app words (strings posyandu.import.*). Pure: the caller reads the
// XLSX, shows the preview, and writes the good rows.

/** Why a row, or one of its cells, was not taken as written. `error`s skip the row. */
export type ImportProblemCode =
  | 'noName' | 'noBirthDate' | 'badBirthDate' | 'birthInFuture' | 'noSex'
  | 'noDate' | 'badDate' | 'dateInFuture' | 'dateBeforeBirth' | 'noMeasure'
  | 'nikEmpty' | 'nikPlaceholder' | 'nikBad' | 'nikIsPhone' | 'parentIsPhone'
  | 'weightPlaceholder' | 'weightBad' | 'weightRange' | 'heightPlaceholder' | 'heightBad' | 'heightRange'
  | 'muacBad' | 'birthWeightBad' | 'sameDayTwice' | 'sameDayConflict';

export const ERROR_CODES: ReadonlySet<ImportProblemCode> = new Set([
  'noName', 'noBirthDate', 'badBirthDate', 'birthInFuture', 'noSex', 'noDate', 'badDate', 'dateInFuture', 'dateBeforeBirth',
  'noMeasure', 'sameDayTwice', 'sameDayConflict',
]);

export interface ImportProblem {
  code: ImportProblemCode;
  /** the cell as written, for the words ("8888", "0812…"); never a whole NIK in a log */
  value?: string;
  /** the sheet row number of the other row (same child, same day) */
  otherRow?: number;
}

export interface ImportedChild {
  /** identity inside the file: NIK, else name + birth date */
  key: string;
  name: string;
  sex: Sex;
  birthDate: IsoDate;
  nik?: string;
  birthWeightKg?: number;
  parentName?: string;
  address?: string;
  area?: string;
  hasKms?: boolean;
}

export interface ImportedMeasure {
  date: IsoDate;
  weightKg?: number;
  lengthCm?: number;
  position?: 'lying' | 'standing';
  muacCm?: number;
}

export interface ImportRow {
  /** 1-based row number as the spreadsheet shows it */
  sheetRow: number;
  child?: ImportedChild;
  measure?: ImportedMeasure;
  problems: ImportProblem[];
  /** skipped: an error among the problems */
  ok: boolean;
}

export interface ImportPlan {
  /** which fields were found, and the header row */
  headerRow: number;
  found: EppgbmField[];
  rows: ImportRow[];
}

export class NoHeaderError extends Error {
  constructor() {
    super('interop.noHeader');
  }
}

const ALIASES: Map<string, EppgbmField> = (() => {
  const m = new Map<string, EppgbmField>();
  for (const f of EPPGBM_FIELDS) for (const h of EPPGBM_IMPORT_HEADERS[f]) m.set(headerKey(h), f);
  return m;
})();

/** The first row (of the first 20) naming at least a name, a birth date and a measurement date. */
function findHeader(rows: readonly (readonly Cell[])[]): { index: number; cols: Map<EppgbmField, number> } {
  for (let i = 0; i < Math.min(rows.length, 20); i++) {
    const cols = new Map<EppgbmField, number>();
    rows[i].forEach((c, j) => {
      const f = ALIASES.get(headerKey(cellText(c)));
      if (f && !cols.has(f)) cols.set(f, j);
    });
    if (cols.has('name') && cols.has('birthDate') && cols.has('date')) return { index: i, cols };
  }
  throw new NoHeaderError();
}

function parseSex(c: Cell): Sex | null {
  const s = headerKey(cellText(c));
  if (['l', 'lk', 'lakilaki', 'laki', 'pria', 'male', 'm', '1'].includes(s)) return 'L';
  if (['p', 'pr', 'perempuan', 'wanita', 'female', 'f', '2'].includes(s)) return 'P';
  return null;
}

function parsePosition(c: Cell): 'lying' | 'standing' | undefined {
  const s = headerKey(cellText(c));
  if (/^(terlentang|telentang|berbaring|lying|pb|panjang)/.test(s)) return 'lying';
  if (/^(berdiri|standing|tb|tinggi)/.test(s)) return 'standing';
  return undefined;
}

const WEIGHT = { min: 0.5, max: 60 };
const LENGTH = { min: 30, max: 140 };
const short = (c: Cell) => cellText(c).slice(0, 20);

/** A number cell read for a measurement: placeholders and impossible values become problems. */
function measure(c: Cell, range: { min: number; max: number }, codes: { placeholder: ImportProblemCode; bad: ImportProblemCode; range: ImportProblemCode }, problems: ImportProblem[]): number | undefined {
  if (isBlank(c)) return undefined;
  if (isPlaceholder(c)) {
    problems.push({ code: codes.placeholder, value: short(c) });
    return undefined;
  }
  if (looksLikePhone(c)) {
    problems.push({ code: codes.bad, value: short(c) });
    return undefined;
  }
  const n = parseNumberCell(c);
  if (n === null) {
    problems.push({ code: codes.bad, value: short(c) });
    return undefined;
  }
  if (n < range.min || n > range.max) {
    problems.push({ code: codes.range, value: short(c) });
    return undefined;
  }
  return Math.round(n * 100) / 100;
}

/** The sheet (rows of cells, as the XLSX reader gives them) as children and weighings, checked. */
export function planEppgbmImport(rows: readonly (readonly Cell[])[], today: IsoDate): ImportPlan {
  const { index, cols } = findHeader(rows);
  const get = (r: readonly Cell[], f: EppgbmField): Cell => (cols.has(f) ? r[cols.get(f)!] : undefined);
  const out: ImportRow[] = [];
  const seen = new Map<string, ImportRow>();
  for (let i = index + 1; i < rows.length; i++) {
    const r = rows[i];
    if (r.every(isBlank)) continue;
    const problems: ImportProblem[] = [];
    const name = cellText(get(r, 'name'));
    if (!name) problems.push({ code: 'noName' });
    const sex = parseSex(get(r, 'sex'));
    if (!sex) problems.push({ code: 'noSex', value: short(get(r, 'sex')) });
    const bCell = get(r, 'birthDate');
    const birthDate = parseDateCell(bCell);
    if (isBlank(bCell)) problems.push({ code: 'noBirthDate' });
    else if (!birthDate) problems.push({ code: 'badBirthDate', value: short(bCell) });
    else if (birthDate > today) problems.push({ code: 'birthInFuture', value: birthDate });
    const dCell = get(r, 'date');
    const date = parseDateCell(dCell);
    if (isBlank(dCell)) problems.push({ code: 'noDate' });
    else if (!date) problems.push({ code: 'badDate', value: short(dCell) });
    else if (date > today) problems.push({ code: 'dateInFuture', value: date });
    else if (birthDate && dayNumber(date) < dayNumber(birthDate)) problems.push({ code: 'dateBeforeBirth', value: date });

    // NIK: empty, 0, 8888…, a phone number, or not a valid NIK → the child comes in without one.
    let nik: string | undefined;
    const nCell = get(r, 'nik');
    const digits = idDigits(nCell);
    if (isBlank(nCell) || digits === '0') problems.push({ code: 'nikEmpty' });
    else if (isPlaceholder(nCell) || /^(\d)\1+$/.test(digits)) problems.push({ code: 'nikPlaceholder', value: short(nCell) });
    else if (looksLikePhone(nCell)) problems.push({ code: 'nikIsPhone', value: short(nCell) });
    else if (!parseNik(digits).ok || digits.length !== 16) problems.push({ code: 'nikBad', value: `${digits.slice(0, 6)}…` });
    else nik = digits;

    let parentName: string | undefined = cellText(get(r, 'parentName')) || undefined;
    if (parentName && looksLikePhone(parentName)) {
      problems.push({ code: 'parentIsPhone', value: short(parentName) });
      parentName = undefined;
    }
    const weightKg = measure(get(r, 'weight'), WEIGHT, { placeholder: 'weightPlaceholder', bad: 'weightBad', range: 'weightRange' }, problems);
    const lengthCm = measure(get(r, 'height'), LENGTH, { placeholder: 'heightPlaceholder', bad: 'heightBad', range: 'heightRange' }, problems);
    const muacCm = measure(get(r, 'muac'), { min: 5, max: 30 }, { placeholder: 'muacBad', bad: 'muacBad', range: 'muacBad' }, problems);
    const bw = get(r, 'birthWeight');
    let birthWeightKg = isBlank(bw) || isPlaceholder(bw) ? undefined : parseNumberCell(bw) ?? undefined;
    // Birth weight in grams (3200) is common in hand-made sheets.
    if (birthWeightKg !== undefined && birthWeightKg >= 300 && birthWeightKg <= 7000) birthWeightKg = birthWeightKg / 1000;
    if (birthWeightKg !== undefined && (birthWeightKg < 0.3 || birthWeightKg > 7)) {
      problems.push({ code: 'birthWeightBad', value: short(bw) });
      birthWeightKg = undefined;
    }
    if (weightKg === undefined && lengthCm === undefined && date) problems.push({ code: 'noMeasure' });

    const row: ImportRow = { sheetRow: i + 1, problems, ok: true };
    if (name && sex && birthDate) {
      const rt = cellText(get(r, 'rt'));
      const rw = cellText(get(r, 'rw'));
      const area = [rt && `RT ${rt.padStart(3, '0')}`, rw && `RW ${rw.padStart(3, '0')}`].filter(Boolean).join(' / ');
      const kia = headerKey(cellText(get(r, 'kia')));
      row.child = {
        key: nik ?? `${name.toLowerCase().replace(/\s+/g, ' ')}|${birthDate}`,
        name, sex, birthDate,
        ...(nik ? { nik } : {}),
        ...(birthWeightKg !== undefined ? { birthWeightKg } : {}),
        ...(parentName ? { parentName } : {}),
        ...(cellText(get(r, 'address')) ? { address: cellText(get(r, 'address')).slice(0, 200) } : {}),
        ...(area ? { area } : {}),
        ...(kia ? { hasKms: ['ya', 'y', 'ada', '1', 'yes'].includes(kia) } : {}),
      };
    }
    if (date) {
      const position = parsePosition(get(r, 'position'));
      row.measure = {
        date,
        ...(weightKg !== undefined ? { weightKg } : {}),
        ...(lengthCm !== undefined ? { lengthCm } : {}),
        ...(lengthCm !== undefined && position ? { position } : {}),
        ...(muacCm !== undefined ? { muacCm } : {}),
      };
    }
    // The same child measured twice on one day: the first row counts; the second is skipped,
    // said to be a copy when it carries the same figures and a conflict when it does not.
    if (row.child && row.measure) {
      const k = `${row.child.key}|${row.measure.date}`;
      const first = seen.get(k);
      if (first?.measure) {
        const same = first.measure.weightKg === row.measure.weightKg && first.measure.lengthCm === row.measure.lengthCm;
        problems.push({ code: same ? 'sameDayTwice' : 'sameDayConflict', otherRow: first.sheetRow });
      } else if (!problems.some((p) => ERROR_CODES.has(p.code))) seen.set(k, row);
    }
    row.ok = !problems.some((p) => ERROR_CODES.has(p.code));
    out.push(row);
  }
  return { headerRow: index + 1, found: [...cols.keys()], rows: out };
}

/** Counts for the preview's heading. */
export function importSummary(plan: ImportPlan): { rows: number; ok: number; skipped: number; children: number } {
  const ok = plan.rows.filter((r) => r.ok);
  return { rows: plan.rows.length, ok: ok.length, skipped: plan.rows.length - ok.length, children: new Set(ok.map((r) => r.child!.key)).size };
}
