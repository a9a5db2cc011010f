import type { PopulationEvent } from '../../domain';
import type { Queryable } from '../db/types';
import { loadColumns, loadKind, type LiveRecord } from './load';

// RT books → the domain's PopulationEvents, per RT. The same reading as the phone's RT read model
// (src/data/rt/entries.ts resolveEntries, recap.ts populationEvents): correction chains resolved
// (the latest correction in force, a cancel withdraws the chain), people without a birth/arrival
// as their first entry counted as residents from the book's start. Written against the record
// kinds because the server may not import the phone's data layer; the county equality test runs
// both on the same records.

/** Fallback for an RT set up before bookStart existed (phone: recap.ts EARLY). */
export const EARLY = '1900-01-01';

export interface PersonRow { id: string; addr: string; household: string; sex: 'L' | 'P'; citizenship: 'WNI' | 'WNA' }

export interface MutationRow {
  id: string;
  addr: string;
  type: 'lahir' | 'mati' | 'datang' | 'pindah';
  date: string;
  personId: string;
  householdId: string;
  sex: 'L' | 'P';
  citizenship: 'WNI' | 'WNA';
  corrects: string;
  cancel: boolean;
  updatedAt: string;
}

export interface RtBooks {
  addr: string;
  desaName: string;
  bookStart: string;
  persons: PersonRow[];
  mutations: MutationRow[];
}

export async function loadRtBooks(q: Queryable, kab: string): Promise<RtBooks[]> {
  const [units, persons, mutations] = await Promise.all([
    loadKind<{ desaName?: string; bookStart?: string }>(q, kab, 'rt.unit'),
    loadColumns(q, kab, 'rt.person', ['id', 'addr', 'parent', "data->>'sex'", "data->>'citizenship'"]),
    loadColumns(q, kab, 'rt.mutation', [
      'id', 'addr', "data->>'type'", "data->>'date'", "data->>'personId'", "data->>'householdId'", "data->>'sex'",
      "data->>'citizenship'", "data->>'corrects'", "data->>'cancel'", 'updated_at',
    ]),
  ]);
  const books = new Map<string, RtBooks>();
  const book = (addr: string, unit?: LiveRecord<{ desaName?: string; bookStart?: string }>) => {
    let b = books.get(addr);
    if (!b) books.set(addr, (b = { addr, desaName: '', bookStart: EARLY, persons: [], mutations: [] }));
    if (unit) {
      b.desaName = unit.data.desaName ?? '';
      b.bookStart = unit.data.bookStart ?? EARLY;
    }
    return b;
  };
  for (const u of units) book(u.addr, u);
  for (const r of persons) {
    book(r[1]).persons.push({ id: r[0], addr: r[1], household: r[2] || `tanpa-kk:${r[0]}`, sex: r[3] as 'L' | 'P', citizenship: r[4] as 'WNI' | 'WNA' });
  }
  for (const r of mutations) {
    book(r[1]).mutations.push({
      id: r[0], addr: r[1], type: r[2] as MutationRow['type'], date: r[3], personId: r[4], householdId: r[5],
      sex: r[6] as 'L' | 'P', citizenship: r[7] as 'WNI' | 'WNA', corrects: r[8], cancel: r[9] === 'true', updatedAt: r[10],
    });
  }
  return [...books.values()];
}

/** The entries in force: the last correction of each chain, cancelled chains dropped; by date, then root id. */
export function entriesInForce(ms: readonly MutationRow[]): { rootId: string; entry: MutationRow }[] {
  const byTarget = new Map<string, MutationRow>();
  for (const e of ms) {
    if (!e.corrects) continue;
    const had = byTarget.get(e.corrects);
    if (!had || had.updatedAt < e.updatedAt || (had.updatedAt === e.updatedAt && had.id < e.id)) byTarget.set(e.corrects, e);
  }
  const out: { rootId: string; entry: MutationRow }[] = [];
  for (const root of ms) {
    if (root.corrects) continue;
    let cur = root;
    const seen = new Set([root.id]);
    for (let next = byTarget.get(cur.id); next && !seen.has(next.id); next = byTarget.get(cur.id)) {
      seen.add(next.id);
      cur = next;
    }
    if (!cur.cancel) out.push({ rootId: root.id, entry: cur });
  }
  out.sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.rootId < b.rootId ? -1 : 1));
  return out;
}

export function rtEvents(b: RtBooks): PopulationEvent[] {
  const effective = entriesInForce(b.mutations);
  const firstType = new Map<string, string>();
  for (const e of effective) if (!firstType.has(e.entry.personId)) firstType.set(e.entry.personId, e.entry.type);
  const byPerson = new Map(b.persons.map((p) => [p.id, p]));
  const events: PopulationEvent[] = [];
  for (const p of b.persons) {
    const t = firstType.get(p.id);
    if (t === 'lahir' || t === 'datang') continue;
    events.push({ personId: p.id, householdId: p.household, sex: p.sex, citizenship: p.citizenship, type: 'awal', date: b.bookStart });
  }
  for (const { entry: e } of effective) {
    // One person, one cell: the register's sex and citizenship when the person record is there.
    const p = byPerson.get(e.personId) ?? e;
    events.push({ personId: e.personId, householdId: e.householdId, sex: p.sex, citizenship: p.citizenship, type: e.type, date: e.date });
  }
  return events;
}
