import type { Sex } from '../types';
import { unpackLms, type LmsTable, type PackedSchoolAgeTables, type SchoolAgeTableName } from './packed';

// The WHO 2007 reference (5–19 years) in its own chunk, apart from the 0–60-month standards: a
// Posyandu that only weighs balita never downloads it. Same pattern as tables.ts: load once, then
// zScoreSchoolAge() is synchronous.

export type SchoolAgeTables = Record<SchoolAgeTableName, Record<Sex, LmsTable>>;

export function decodeSchoolAgeTables(p: PackedSchoolAgeTables): SchoolAgeTables {
  const out = {} as SchoolAgeTables;
  for (const name of Object.keys(p) as SchoolAgeTableName[]) {
    out[name] = { L: unpackLms(p[name].L, 1), P: unpackLms(p[name].P, 1) };
  }
  return out;
}

let loaded: SchoolAgeTables | null = null;
let loading: Promise<SchoolAgeTables> | null = null;

/** Loads the WHO 2007 tables once (a separate chunk in the app bundle). Safe to call many times. */
export function loadSchoolAgeTables(): Promise<SchoolAgeTables> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import('./who/tables-2007.generated').then((mod) => (loaded = decodeSchoolAgeTables(mod.PACKED_2007)));
  return loading;
}

export function schoolAgeTablesLoaded(): boolean {
  return loaded !== null;
}

/** The loaded 2007 tables; throws 'growth.schoolAgeTablesNotLoaded' before loadSchoolAgeTables(). */
export function schoolAgeTables(): SchoolAgeTables {
  if (!loaded) throw new Error('growth.schoolAgeTablesNotLoaded');
  return loaded;
}
