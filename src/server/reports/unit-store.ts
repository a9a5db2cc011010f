import type { Queryable } from '../db/types';
import { json, num } from '../db/types';
import { kabLockKey } from '../sync/rows';

// Per-unit results kept in the database (table report_units), each under its unit's own change
// mark, so a fresh server reuses every Posyandu / RT whose records did not change and computes
// only the changed ones (a county's data arrives a few units at a time through sync).
//
// A unit's mark is "max(version):count(*)" of every record row (tombstones included) at its
// address. Any write at the address gives a new, higher version; a record moved AWAY to another
// address leaves max unchanged but lowers the count. So equal marks mean unchanged records.

/** Bump when a stored result's shape or the rules computing it change: old rows are then ignored. */
export const RESULT_FORMAT = 1;

type TxDb = { tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> };

/** Runs fn holding the pull side of the numbering lock: every version handed out so far is committed. */
function locked<T>(db: TxDb, kab: string, fn: (q: Queryable) => Promise<T>): Promise<T> {
  return db.tx(async (q) => {
    await q.query('select pg_advisory_xact_lock($1)', [kabLockKey(kab)]);
    return fn(q);
  });
}

/**
 * The kabupaten's newest version: moves on every write (a delete is a tombstone with a new
 * version, a move gets a new version too), so it keys the in-memory cache of whole reports.
 */
export async function topMark(db: TxDb, kab: string): Promise<number> {
  const [r] = await locked(db, kab, (q) => q.query<{ v: unknown }>('select coalesce(max(version), 0) as v from records where kab = $1', [kab]));
  return num(r?.v);
}

export interface Marks {
  /** mark per address holding records */
  byAddr: Map<string, string>;
  /** the kabupaten's newest version (key for the in-memory cache) */
  top: number;
}

/**
 * Marks of every address of the kabupaten, read under the numbering lock (sync/push-write.ts):
 * a version committed later is then always higher than any mark read here and cannot hide
 * behind it. Results are computed from records read after the marks, so at worst newer than
 * their mark (recomputed once more next time), never older.
 */
export async function addrMarks(db: TxDb, kab: string): Promise<Marks> {
  const rows = await locked(db, kab, (q) =>
    q.query<{ addr: string; m: unknown; n: unknown }>('select addr, max(version) as m, count(*) as n from records where kab = $1 group by addr', [kab]),
  );
  const byAddr = new Map<string, string>();
  let top = 0;
  for (const r of rows) {
    byAddr.set(r.addr, `${num(r.m)}:${num(r.n)}`);
    top = Math.max(top, num(r.m));
  }
  return { byAddr, top };
}

export interface UnitResults<R> {
  /** result per unit address; null: the address holds no unit of this report */
  results: Map<string, R | null>;
  /** addresses computed in this call (the rest came from the store) */
  computed: string[];
}

/**
 * Results of `addrs` for (report, params): stored ones whose mark still matches, the others by
 * `compute` (given the addresses to do, or undefined for "all of them", which lets the caller read
 * the whole kabupaten in one pass instead of by address). New results are stored before returning.
 */
export async function unitResults<R>(
  q: Queryable,
  key: { kab: string; report: string; params: string },
  addrs: Map<string, string>,
  compute: (todo: string[] | undefined) => Promise<Map<string, R | null>>,
): Promise<UnitResults<R>> {
  const params = `${RESULT_FORMAT}|${key.params}`;
  const stored = await q.query<{ addr: string; mark: string; result: unknown }>(
    'select addr, mark, result from report_units where kab = $1 and report = $2 and params = $3',
    [key.kab, key.report, params],
  );
  const results = new Map<string, R | null>();
  for (const s of stored) if (addrs.get(s.addr) === s.mark) results.set(s.addr, json<R | null>(s.result));
  const todo = [...addrs.keys()].filter((a) => !results.has(a));
  if (todo.length === 0) return { results, computed: [] };
  // Reading by address pays off while few units changed; beyond that one pass over the kind is cheaper.
  const fresh = await compute(todo.length * 4 < addrs.size ? todo : undefined);
  for (const a of todo) results.set(a, fresh.get(a) ?? null);
  await save(q, key.kab, key.report, params, todo.map((a) => ({ addr: a, mark: addrs.get(a)!, result: results.get(a) ?? null })));
  return { results, computed: todo };
}

async function save(q: Queryable, kab: string, report: string, params: string, rows: { addr: string; mark: string; result: unknown }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    await q.query(
      `insert into report_units (kab, report, params, addr, mark, result)
       select $1, $2, $3, r.addr, r.mark, r.result from jsonb_to_recordset($4::jsonb) as r(addr text, mark text, result jsonb)
       on conflict (kab, report, params, addr) do update set mark = excluded.mark, result = excluded.result`,
      [kab, report, params, JSON.stringify(rows.slice(i, i + 2000))],
    );
  }
}
