import type { Queryable } from '../db/types';
import { json } from '../db/types';

// Reads for the county reports: one query per kind, live records only, grouped in memory by the
// unit address. Only the columns the mappings use are read; visits (the bulk: 12 per balita a year)
// come back as typed columns, not jsonb, so a county of 700,000 weighings is not 700,000 JSON parses.

/** A live record as the report mappings see it (the envelope fields they use). */
export interface LiveRecord<D = any> {
  id: string;
  kind: string;
  addr: string;
  parent: string | null;
  data: D;
  updatedAt: string;
}

/** Only these unit addresses (the units whose results must be recomputed); undefined: the whole kabupaten. */
export type AddrFilter = readonly string[] | undefined;

const addrSql = (addrs: AddrFilter) => (addrs ? ' and addr = any($3::text[])' : '');
const params = (kab: string, kind: string, addrs: AddrFilter) => (addrs ? [kab, kind, addrs] : [kab, kind]);

export async function loadKind<D = any>(q: Queryable, kab: string, kind: string, addrs?: AddrFilter): Promise<LiveRecord<D>[]> {
  const rows = await q.query<{ id: string; addr: string; parent: string | null; data: unknown; updated_at: string }>(
    `select id, addr, parent, data, updated_at from records where kab = $1 and kind = $2 and not deleted${addrSql(addrs)}`,
    params(kab, kind, addrs),
  );
  return rows.map((r) => ({ id: r.id, kind, addr: r.addr, parent: r.parent, data: json<D>(r.data), updatedAt: r.updated_at }));
}

/** Several kinds, one query each, in parallel (the PostgreSQL pool runs them side by side). */
export async function loadKinds(q: Queryable, kab: string, kinds: readonly string[], addrs?: AddrFilter): Promise<Map<string, LiveRecord[]>> {
  const lists = await Promise.all(kinds.map((k) => loadKind(q, kab, k, addrs)));
  return new Map(kinds.map((k, i) => [k, lists[i]]));
}

/**
 * Bulk kinds as tab-separated text in one row: both drivers then hand over one string instead of
 * a JavaScript object per record (PGlite's per-row cost dominates at 10^5 rows). Only fields that
 * cannot hold a tab or newline go through here: ids, addresses, dates, codes and numbers.
 */
export async function loadColumns(q: Queryable, kab: string, kind: string, exprs: string[], where = 'true', addrs?: AddrFilter): Promise<string[][]> {
  const cols = exprs.map((e) => `coalesce((${e})::text, '')`).join(`, E'\\t', `);
  const [r] = await q.query<{ t: string | null }>(
    `select string_agg(concat(${cols}), E'\\n') as t from records where kab = $1 and kind = $2 and not deleted and (${where})${addrSql(addrs)}`,
    params(kab, kind, addrs),
  );
  if (!r?.t) return [];
  return r.t.split('\n').map((line) => line.split('\t'));
}

/** A weighing row: what toChildRecord keeps of a visit (visits without a weight count for nothing). */
export interface WeighingRow {
  id: string;
  addr: string;
  childId: string;
  date: string;
  weightKg: number;
}

export async function loadWeighings(q: Queryable, kab: string, addrs?: AddrFilter): Promise<WeighingRow[]> {
  const rows = await loadColumns(q, kab, 'posyandu.visit', ['id', 'addr', "data->>'childId'", "data->>'date'", "data->>'weightKg'"], "data ? 'weightKg'", addrs);
  return rows.map((r) => ({ id: r[0], addr: r[1], childId: r[2], date: r[3], weightKg: Number(r[4]) }));
}


export function groupByAddr<T extends { addr: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.addr);
    if (list) list.push(r);
    else m.set(r.addr, [r]);
  }
  return m;
}

/** Children as typed columns (60 per Posyandu: the second-largest kind), in the posyandu.child data shape. */
export async function loadChildren(q: Queryable, kab: string, addrs?: AddrFilter): Promise<LiveRecord[]> {
  const rows = await loadColumns(q, kab, 'posyandu.child', [
    'id', 'addr', "data->>'sex'", "data->>'birthDate'", "data->>'hasKms'", "data->>'leftDate'", "data->>'immunisationComplete'",
  ], 'true', addrs);
  return rows.map((r) => ({
    id: r[0], kind: 'posyandu.child', addr: r[1], parent: null, updatedAt: '',
    data: {
      sex: r[2], birthDate: r[3], hasKms: r[4] === 'true',
      ...(r[5] ? { leftDate: r[5] } : {}),
      ...(r[6] ? { immunisationComplete: r[6] === 'true' } : {}),
    },
  }));
}
