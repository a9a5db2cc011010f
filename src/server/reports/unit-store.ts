import type { Queryable } from '../db/types';
import type { Marks, TxDb } from './marks';

// Per-unit results kept in the database (table report_units), each under its unit's own change
// mark (reports/marks.ts), so a fresh server reuses every Posyandu / RT whose records did not
// change and computes only the changed ones (a county's data arrives a few units at a time).
//
// One extra row per (report, params), addr '' ("complete"), holds the kabupaten's newest version
// at the time the stored set was last made whole and current. While that is still the newest
// version nothing at all was written since, and the stored rows are served without reading the
// per-address marks (one pass over the whole index) — the usual case of a county officer.

/** Bump when a stored result's shape or the rules computing it change: old rows are then ignored. */
export const RESULT_FORMAT = 1;

const COMPLETE = '';

export interface UnitResults<R> {
  /** result per unit address; null: the address holds no unit of this report */
  results: Map<string, R | null>;
  /** addresses computed in this call (the rest came from the store) */
  computed: string[];
}

export interface UnitQuery<R> {
  kab: string;
  report: string;
  params: string;
  /** the kabupaten's newest version, read before this call (topMarks) */
  top: number;
  /** marks of the addresses that may hold a unit of this report */
  marks: () => Promise<Marks>;
  /** results of `todo` addresses, or of every unit when todo is undefined (one pass over each kind) */
  compute: (todo: string[] | undefined) => Promise<Map<string, R | null>>;
}

export async function unitResults<R>(db: Queryable & TxDb, u: UnitQuery<R>): Promise<UnitResults<R>> {
  const params = `${RESULT_FORMAT}|${u.params}`;
  const key = [u.kab, u.report, params];
  const parse = (r: string | null) => (r === null ? null : (JSON.parse(r) as R));
  const readStored = async () =>
    (await db.query<{ addr: string; mark: string; result: string | null }>(
      "select addr, mark, result from report_units where kab = $1 and report = $2 and params = $3 and addr <> ''",
      key,
    )).map((s) => ({ addr: s.addr, mark: s.mark, result: parse(s.result) }));
  const [complete] = await db.query<{ mark: string }>("select mark from report_units where kab = $1 and report = $2 and params = $3 and addr = ''", key);
  if (complete?.mark === String(u.top)) {
    return { results: new Map((await readStored()).map((s) => [s.addr, s.result])), computed: [] };
  }
  // The per-address pass runs in the database while the stored rows are read and parsed (a second
  // connection on PostgreSQL); which is read first does not matter, rows are checked against marks.
  const [marks, stored] = await Promise.all([u.marks(), readStored()]);
  const results = new Map<string, R | null>();
  for (const s of stored) if (marks.byAddr.get(s.addr) === s.mark) results.set(s.addr, s.result);
  const todo = [...marks.byAddr.keys()].filter((a) => !results.has(a));
  // Reading by address pays off while few units changed; beyond that one pass over each kind is cheaper.
  const fresh = todo.length ? await u.compute(todo.length * 4 < marks.byAddr.size ? todo : undefined) : new Map<string, R | null>();
  for (const a of todo) results.set(a, fresh.get(a) ?? null);
  const gone = stored.filter((s) => !marks.byAddr.has(s.addr)).map((s) => s.addr);
  await save(db, { kab: u.kab, report: u.report, params }, marks.top, gone, todo.map((a) => ({ addr: a, mark: marks.byAddr.get(a)!, result: results.get(a) ?? null })));
  return { results, computed: todo };
}

/**
 * Stores new results and marks the set complete at `marks.top`, in one transaction. The complete
 * row is taken first (row lock): a request that read older marks than the stored set must not
 * overwrite it, so it stores nothing.
 */
async function save(
  db: TxDb,
  { kab, report, params }: { kab: string; report: string; params: string },
  top: number,
  gone: string[],
  rows: { addr: string; mark: string; result: unknown }[],
): Promise<void> {
  await db.tx(async (q) => {
    const won = await q.query(
      `insert into report_units (kab, report, params, addr, mark, result) values ($1, $2, $3, '${COMPLETE}', $4, null)
       on conflict (kab, report, params, addr) do update set mark = excluded.mark
       where report_units.mark::bigint <= excluded.mark::bigint
       returning 1`,
      [kab, report, params, String(top)],
    );
    if (won.length === 0) return;
    // Addresses whose records all moved away hold no unit any more.
    if (gone.length) await q.query('delete from report_units where kab = $1 and report = $2 and params = $3 and addr = any($4::text[])', [kab, report, params, gone]);
    // One text per batch, a line per row, fields split by tab: JSON.stringify leaves no raw tab or
    // newline and marks hold none, so nothing needs escaping (a text[] parameter would escape every
    // quote of the JSON on the way in). An address with a tab or newline is not stored (computed each time).
    const plain = rows.filter((r) => !/[\t\n]/.test(r.addr));
    for (let i = 0; i < plain.length; i += 2000) {
      const lines = plain.slice(i, i + 2000).map((r) => `${r.addr}\t${r.mark}\t${r.result === null ? '' : JSON.stringify(r.result)}`);
      await q.query(
        `insert into report_units (kab, report, params, addr, mark, result)
         select $1, $2, $3, split_part(l, E'\\t', 1), split_part(l, E'\\t', 2), nullif(split_part(l, E'\\t', 3), '')
         from unnest(string_to_array($4, E'\\n')) as l
         on conflict (kab, report, params, addr) do update set mark = excluded.mark, result = excluded.result`,
        [kab, report, params, lines.join('\n')],
      );
    }
  });
}
