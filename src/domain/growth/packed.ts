import type { Sex } from '../types';

/** One LMS column: integers scaled by 10^d, each stored as the difference from the previous. */
export interface PackedColumn { d: number; v: number[] }
export interface PackedLms { first: number; count: number; L: PackedColumn; M: PackedColumn; S: PackedColumn }
/** WHO 2006 standards (0–60 months): by day of age, or by 0.1 cm for wfl/wfh. */
export type WhoTableName = 'wfa' | 'lhfa' | 'bfa' | 'wfl' | 'wfh' | 'hcfa' | 'acfa';
export type PackedWhoTables = Record<WhoTableName, Record<Sex, PackedLms>>;
/** WHO 2007 reference (5–19 years): by whole month of age. */
export type SchoolAgeTableName = 'wfa' | 'hfa' | 'bfa';
export type PackedSchoolAgeTables = Record<SchoolAgeTableName, Record<Sex, PackedLms>>;

export interface LmsTable {
  /** key of row 0: day of age, month of age, or cm */
  first: number;
  /** key step between rows: 1 day, 1 month or 0.1 cm */
  step: number;
  count: number;
  L: Float64Array;
  M: Float64Array;
  S: Float64Array;
}

function unpack(c: PackedColumn): Float64Array {
  const scale = 10 ** c.d;
  const out = new Float64Array(c.v.length);
  let acc = 0;
  for (let i = 0; i < c.v.length; i++) {
    acc += c.v[i];
    out[i] = acc / scale;
  }
  return out;
}

/** Decodes one packed LMS table (exact: each value is the double nearest its printed decimal). */
export function unpackLms(t: PackedLms, step: number): LmsTable {
  return { first: t.first, step, count: t.count, L: unpack(t.L), M: unpack(t.M), S: unpack(t.S) };
}
