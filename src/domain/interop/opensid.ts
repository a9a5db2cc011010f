import type { HouseholdData, PersonData } from '../records/rt';
import type { IsoDate } from '../types';
import { cellText, idDigits, isBlank, parseDateCell, parseNumberCell, type Cell } from './cells';
import type { OutCell } from './eppgbm-export';
import { AGAMA, HUBUNGAN, KAWIN, KTP_EL, OPENSID_KEYS, PEKERJAAN, PENDIDIKAN, SEX, WARGANEGARA, labelKey, type CodeTable, type OpensidKey } from './opensid-codes';

// An RT's books ↔ OpenSID's population import sheet (issue 16 item 3). Pure: the caller reads and
// writes the XLSX. The first sheet is exactly OpenSID's (row 1 the column keys, codes where OpenSID
// has a table, NIK "0" for no NIK, "###" in column B after the last row). What the RT books hold and
// OpenSID has no column for (B1's "dapat membaca", permanent/non-permanent, notes, the NIK note,
// the person's own "holds the KK" flag) goes on a second sheet, `kader-desa`, keyed by the row
// number; OpenSID reads the first sheet only, so its operator sees nothing unusual, and our own
// import of our own export loses nothing.

export interface OpensidBookInput {
  unit: { rtNo: string; rw?: string; dusun?: string };
  households: readonly { id: string; data: HouseholdData }[];
  /** householdId: the rt.person record's parent */
  persons: readonly { id: string; householdId?: string; data: PersonData }[];
}

export const EXTRA_HEADER = ['baris', 'bisa_baca', 'status_tinggal', 'punya_kk', 'catatan', 'catatan_nik'] as const;

const yesNo = (b: boolean | undefined): OutCell => (b === undefined ? null : b ? 'ya' : 'tidak');

/** Persons in household order (head first within a household), then those without one. */
export function opensidRows(book: OpensidBookInput): { header: string[]; rows: OutCell[][]; extra: { header: string[]; rows: OutCell[][] } } {
  const hh = new Map(book.households.map((h) => [h.id, h.data]));
  const order = new Map(book.households.map((h, i) => [h.id, i]));
  const persons = [...book.persons].sort((a, b) => {
    const ha = a.householdId !== undefined ? order.get(a.householdId) ?? 1e9 : 1e9;
    const hb = b.householdId !== undefined ? order.get(b.householdId) ?? 1e9 : 1e9;
    if (ha !== hb) return ha - hb;
    const head = (p: typeof a) => (p.data.familyPosition === 'kepala' ? 0 : 1);
    return head(a) - head(b);
  });
  const rows: OutCell[][] = [];
  const extra: OutCell[][] = [];
  persons.forEach((p, i) => {
    const h = p.householdId !== undefined ? hh.get(p.householdId) : undefined;
    const d = p.data;
    const v: Partial<Record<OpensidKey, OutCell>> = {
      alamat: h?.address ?? null,
      dusun: book.unit.dusun ?? null,
      rw: book.unit.rw ?? null,
      rt: book.unit.rtNo,
      nama: d.name,
      no_kk: h?.noKk ?? null,
      nik: d.nik ?? '0',
      sex: d.sex === 'L' ? 1 : 2,
      tempatlahir: d.birthPlace ?? null,
      tanggallahir: d.birthDate,
      agama_id: d.religion ? codeOf(AGAMA, d.religion) : null,
      pendidikan_kk_id: d.education ? codeOf(PENDIDIKAN, d.education) : null,
      pekerjaan_id: d.occupation ?? null,
      status_kawin: d.maritalStatus ? codeOf(KAWIN, d.maritalStatus) : null,
      kk_level: d.familyPosition ? codeOf(HUBUNGAN, d.familyPosition) : null,
      warganegara_id: codeOf(WARGANEGARA, d.citizenship),
      akta_lahir: d.documents?.akta ? 'ADA' : null,
      ktp_el: d.documents ? (d.documents.ktpEl ? KTP_EL.ktpEl : KTP_EL.belum) : null,
    };
    rows.push(OPENSID_KEYS.map((k) => v[k] ?? null));
    extra.push([i + 2, yesNo(d.canRead), d.residency ?? null, yesNo(d.documents?.kk), d.notes ?? null, d.nikNote ?? null]);
  });
  // OpenSID stops reading at "###" in column B.
  const end: OutCell[] = OPENSID_KEYS.map(() => null);
  end[1] = '###';
  rows.push(end);
  return { header: [...OPENSID_KEYS], rows, extra: { header: [...EXTRA_HEADER], rows: extra } };
}

function codeOf<T extends string>(t: CodeTable<T>, value: T): number {
  return Number(Object.entries(t.codes).find(([, x]) => x === value)![0]);
}

// ---- import ----

export type OpensidProblemCode = 'noName' | 'noBirthDate' | 'badBirthDate' | 'noSex' | 'nikNone' | 'nikBad' | 'kkBad' | 'unknownCode' | 'noAddress';
export const OPENSID_ERRORS: ReadonlySet<OpensidProblemCode> = new Set(['noName', 'noBirthDate', 'badBirthDate', 'noSex']);

export interface OpensidProblem { code: OpensidProblemCode; column?: OpensidKey; value?: string }

export interface OpensidRow {
  sheetRow: number;
  /** households are keyed by No. KK, else by the address as written */
  householdKey?: string;
  household?: HouseholdData;
  person?: PersonData;
  problems: OpensidProblem[];
  ok: boolean;
}

export interface OpensidFilter { dusun?: string; rw?: string; rt?: string }

export interface OpensidPlan {
  rows: OpensidRow[];
  /** rows of other dusun/RW/RT, left out by the filter */
  otherArea: number;
  /** "###" was found (rows after it are not data) */
  endMarker: boolean;
}

export class NoOpensidHeaderError extends Error {
  constructor() {
    super('interop.opensid.noHeader');
  }
}

const num = (s: string) => s.replace(/^0+(?=\d)/, '');
const sameArea = (want: string | undefined, got: string, how: (s: string) => string) => !want || how(want) === how(got);

function coded<T extends string>(t: CodeTable<T>, c: Cell, column: OpensidKey, problems: OpensidProblem[]): T | undefined {
  if (isBlank(c)) return undefined;
  const n = parseNumberCell(c);
  const hit = n !== null && Number.isInteger(n) ? t.codes[n] : t.labels[labelKey(cellText(c))];
  if (!hit) problems.push({ code: 'unknownCode', column, value: cellText(c).slice(0, 40) });
  return hit;
}

/** OpenSID's sheet (and, for our own export, its `kader-desa` sheet) → the RT's households and persons. */
export function planOpensidImport(rows: readonly (readonly Cell[])[], filter: OpensidFilter = {}, extraRows: readonly (readonly Cell[])[] = []): OpensidPlan {
  const headerAt = rows.slice(0, 10).findIndex((r) => r.some((c) => labelKey(cellText(c)) === 'nama') && r.some((c) => labelKey(cellText(c)) === 'nik'));
  if (headerAt < 0) throw new NoOpensidHeaderError();
  const col = new Map<string, number>();
  rows[headerAt].forEach((c, j) => {
    const k = cellText(c).trim().toLowerCase();
    if (k && !col.has(k)) col.set(k, j);
  });
  const get = (r: readonly Cell[], k: OpensidKey): Cell => (col.has(k) ? r[col.get(k)!] : undefined);
  const extra = new Map<number, readonly Cell[]>();
  for (const r of extraRows.slice(1)) {
    const n = parseNumberCell(r[0]);
    if (n !== null) extra.set(n, r);
  }

  const out: OpensidRow[] = [];
  let otherArea = 0;
  let endMarker = false;
  for (let i = headerAt + 1; i < rows.length; i++) {
    const r = rows[i];
    if (cellText(r[1]) === '###') {
      endMarker = true;
      break;
    }
    if (r.every(isBlank)) continue;
    if (!sameArea(filter.dusun, cellText(get(r, 'dusun')), labelKey) || !sameArea(filter.rw, cellText(get(r, 'rw')), num) || !sameArea(filter.rt, cellText(get(r, 'rt')), num)) {
      otherArea++;
      continue;
    }
    const problems: OpensidProblem[] = [];
    const name = cellText(get(r, 'nama'));
    if (!name) problems.push({ code: 'noName' });
    const bCell = get(r, 'tanggallahir');
    const birthDate: IsoDate | null = parseDateCell(bCell);
    if (isBlank(bCell)) problems.push({ code: 'noBirthDate' });
    else if (!birthDate) problems.push({ code: 'badBirthDate', value: cellText(bCell).slice(0, 20) });
    const sex = coded(SEX, get(r, 'sex'), 'sex', problems);
    if (!sex) problems.push({ code: 'noSex' });

    let nik: string | undefined;
    const nikDigits = idDigits(get(r, 'nik'));
    if (!nikDigits || /^0+$/.test(nikDigits)) problems.push({ code: 'nikNone' });
    else if (nikDigits.length !== 16) problems.push({ code: 'nikBad', value: `${nikDigits.slice(0, 6)}…` });
    else nik = nikDigits;
    let noKk: string | undefined;
    const kkDigits = idDigits(get(r, 'no_kk'));
    if (kkDigits && !/^0+$/.test(kkDigits)) {
      if (kkDigits.length === 16) noKk = kkDigits;
      else problems.push({ code: 'kkBad', value: `${kkDigits.slice(0, 6)}…` });
    }
    const address = cellText(get(r, 'alamat')).slice(0, 300);
    if (!address && !noKk) problems.push({ code: 'noAddress' });

    const religion = coded(AGAMA, get(r, 'agama_id'), 'agama_id', problems);
    const education = coded(PENDIDIKAN, get(r, 'pendidikan_kk_id'), 'pendidikan_kk_id', problems);
    const maritalStatus = coded(KAWIN, get(r, 'status_kawin'), 'status_kawin', problems);
    const familyPosition = coded(HUBUNGAN, get(r, 'kk_level'), 'kk_level', problems);
    const citizenship = coded(WARGANEGARA, get(r, 'warganegara_id'), 'warganegara_id', problems) ?? 'WNI';
    const jobCell = get(r, 'pekerjaan_id');
    const jobCode = parseNumberCell(jobCell);
    let occupation: string | undefined;
    if (!isBlank(jobCell)) {
      if (jobCode !== null && Number.isInteger(jobCode)) {
        occupation = PEKERJAAN[jobCode];
        if (!occupation) problems.push({ code: 'unknownCode', column: 'pekerjaan_id', value: cellText(jobCell) });
      } else occupation = cellText(jobCell).slice(0, 120);
    }
    const x = extra.get(i + 1);
    const ktp = parseNumberCell(get(r, 'ktp_el'));
    const akta = !isBlank(get(r, 'akta_lahir'));
    const holdsKk = x && !isBlank(x[3]) ? cellText(x[3]) === 'ya' : !!noKk;
    const documents = ktp !== null || akta ? { kk: holdsKk, akta, ktpEl: ktp === KTP_EL.ktpEl } : undefined;

    const row: OpensidRow = { sheetRow: i + 1, problems, ok: !problems.some((p) => OPENSID_ERRORS.has(p.code)) };
    if (row.ok && birthDate && sex) {
      row.householdKey = noKk ?? `alamat:${labelKey(address)}`;
      row.household = { address: address || '-', ...(noKk ? { noKk } : {}) };
      const birthPlace = cellText(get(r, 'tempatlahir')).slice(0, 120);
      row.person = {
        name: name.slice(0, 120),
        sex,
        birthDate,
        citizenship,
        ...(nik ? { nik } : {}),
        ...(birthPlace ? { birthPlace } : {}),
        ...(religion ? { religion } : {}),
        ...(maritalStatus ? { maritalStatus } : {}),
        ...(education ? { education } : {}),
        ...(occupation ? { occupation } : {}),
        ...(familyPosition ? { familyPosition } : {}),
        ...(documents ? { documents } : {}),
        ...(x && !isBlank(x[1]) ? { canRead: cellText(x[1]) === 'ya' } : {}),
        ...(x && (cellText(x[2]) === 'tetap' || cellText(x[2]) === 'nonpermanen') ? { residency: cellText(x[2]) as 'tetap' | 'nonpermanen' } : {}),
        ...(x && cellText(x[4]) ? { notes: cellText(x[4]).slice(0, 500) } : {}),
        ...(x && cellText(x[5]) ? { nikNote: cellText(x[5]).slice(0, 300) } : {}),
      };
    }
    out.push(row);
  }
  return { rows: out, otherArea, endMarker };
}
