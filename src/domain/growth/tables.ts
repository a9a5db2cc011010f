import type { Sex } from '../types';
import { unpackLms, type LmsTable, type PackedWhoTables, type WhoTableName } from './packed';

export type { LmsTable } from './packed';

// The WHO 2006 tables (~17 KB gzipped) are kept out of the first-screen bundle by a dynamic import.
// loadWhoTables() fetches and decodes them once; zScore() then runs synchronously.
// The WHO 2007 (5–19 years) tables are a separate chunk: see schoolAgeTables.ts.

export type WhoTables = Record<WhoTableName, Record<Sex, LmsTable>>;

export function decodeWhoTables(p: PackedWhoTables): WhoTables {
  const out = {} as WhoTables;
  for (const name of Object.keys(p) as WhoTableName[]) {
    const step = name === 'wfl' || name === 'wfh' ? 0.1 : 1;
    out[name] = { L: unpackLms(p[name].L, step), P: unpackLms(p[name].P, step) };
  }
  return out;
}

let loaded: WhoTables | null = null;
let loading: Promise<WhoTables> | null = null;

/** Loads the WHO tables once (a separate chunk in the app bundle). Safe to call many times. */
export function loadWhoTables(): Promise<WhoTables> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import('./who/tables.generated').then((mod) => (loaded = decodeWhoTables(mod.PACKED)));
  return loading;
}

export function whoTablesLoaded(): boolean {
  return loaded !== null;
}

/** The loaded tables; throws 'growth.tablesNotLoaded' before loadWhoTables() has resolved. */
export function whoTables(): WhoTables {
  if (!loaded) throw new Error('growth.tablesNotLoaded');
  return loaded;
}
