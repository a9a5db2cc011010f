import type { Sex } from '../types';
import type { PackedColumn, PackedWhoTables, WhoTableName } from './packed';

// The WHO tables are ~12 KB gzipped: kept out of the first-screen bundle by a dynamic import.
// loadWhoTables() fetches and decodes them once; zScore() then runs synchronously.

export interface LmsTable {
  /** key of row 0: day of age (wfa, lhfa, bfa) or cm (wfl, wfh) */
  first: number;
  /** key step between rows: 1 day or 0.1 cm */
  step: number;
  count: number;
  L: Float64Array;
  M: Float64Array;
  S: Float64Array;
}
export type WhoTables = Record<WhoTableName, Record<Sex, LmsTable>>;

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

export function decodeWhoTables(p: PackedWhoTables): WhoTables {
  const out = {} as WhoTables;
  for (const name of Object.keys(p) as WhoTableName[]) {
    const step = name === 'wfl' || name === 'wfh' ? 0.1 : 1;
    out[name] = {} as Record<Sex, LmsTable>;
    for (const sex of ['L', 'P'] as Sex[]) {
      const t = p[name][sex];
      out[name][sex] = { first: t.first, step, count: t.count, L: unpack(t.L), M: unpack(t.M), S: unpack(t.S) };
    }
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
