import type { Queryable } from '../db/types';
import { num } from '../db/types';
import { kabLockKey } from '../sync/rows';

// Change marks of a kabupaten's records, the keys of the report caches. Read under the pull side
// of the numbering lock (sync/push-write.ts): then every version handed out so far is committed,
// so a version committed later is always higher than any mark read here and cannot hide behind
// it. Results are computed from records read after their marks, so at worst newer than their
// mark (computed once more next time), never older.
//
// A unit's mark is "max(version):count(*)" of every record row (tombstones included) at its
// address. Any write at the address gives a new, higher version; a record moved AWAY to another
// address leaves max unchanged but lowers the count. So equal marks mean unchanged records.

export type TxDb = { tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> };

function locked<T>(db: TxDb, kab: string, fn: (q: Queryable) => Promise<T>): Promise<T> {
  return db.tx(async (q) => {
    await q.query('select pg_advisory_xact_lock($1)', [kabLockKey(kab)]);
    return fn(q);
  });
}

const markOf = (m: unknown, n: unknown) => `${num(m)}:${num(n)}`;

export interface TopMarks {
  /** the kabupaten's newest version: moves on every write (a delete is a tombstone with a new version, a move too) */
  top: number;
  /** mark of the kabupaten address itself, where the county config records live */
  kabAddr: string;
}

/** Two small index reads: the in-memory cache key, and the config's mark (part of the Posyandu parameters). */
export async function topMarks(db: TxDb, kab: string): Promise<TopMarks> {
  return locked(db, kab, async (q) => {
    const [t] = await q.query<{ v: unknown }>('select coalesce(max(version), 0) as v from records where kab = $1', [kab]);
    const [k] = await q.query<{ m: unknown; n: unknown }>('select coalesce(max(version), 0) as m, count(*) as n from records where kab = $1 and addr = $1', [kab]);
    return { top: num(t?.v), kabAddr: markOf(k?.m, k?.n) };
  });
}

export interface Marks {
  /** mark per address holding records */
  byAddr: Map<string, string>;
  /** the kabupaten's newest version when the marks were read */
  top: number;
}

/** Marks of every address of the kabupaten: one pass over the (kab, addr, version) index. */
export async function addrMarks(db: TxDb, kab: string): Promise<Marks> {
  const rows = await locked(db, kab, (q) =>
    q.query<{ addr: string; m: unknown; n: unknown }>('select addr, max(version) as m, count(*) as n from records where kab = $1 group by addr', [kab]),
  );
  const byAddr = new Map<string, string>();
  let top = 0;
  for (const r of rows) {
    byAddr.set(r.addr, markOf(r.m, r.n));
    top = Math.max(top, num(r.m));
  }
  return { byAddr, top };
}
