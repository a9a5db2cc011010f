import type { PopulationEvent } from '../../domain';
import { bookEvents, resolveChains, type ChainFields } from '../../domain/records/rt-inputs';
import type { Queryable } from '../db/types';
import { loadColumns, loadKind, type AddrFilter, type LiveRecord } from './load';

// RT books as the county loads them (SQL rows) → the domain's PopulationEvents, per RT, through
// the same pure reading the phone uses (src/domain/records/rt-inputs.ts: correction chains, and
// residents from the book's start). The county tests still compare both on the same records.

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

/** The RT books of the kabupaten, or only those at `addrs`. */
export async function loadRtBooks(q: Queryable, kab: string, addrs?: AddrFilter): Promise<RtBooks[]> {
  const [units, persons, mutations] = await Promise.all([
    loadKind<{ desaName?: string; bookStart?: string }>(q, kab, 'rt.unit', addrs),
    loadColumns(q, kab, 'rt.person', ['id', 'addr', 'parent', "data->>'sex'", "data->>'citizenship'"], 'true', addrs),
    loadColumns(q, kab, 'rt.mutation', [
      'id', 'addr', "data->>'type'", "data->>'date'", "data->>'personId'", "data->>'householdId'", "data->>'sex'",
      "data->>'citizenship'", "data->>'corrects'", "data->>'cancel'", 'updated_at',
    ], 'true', addrs),
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

const fields = (m: MutationRow): ChainFields => ({ id: m.id, updatedAt: m.updatedAt, date: m.date, corrects: m.corrects || undefined, cancel: m.cancel });

/** The entries in force: the last correction of each chain, cancelled chains dropped; by date, then root id. */
export function entriesInForce(ms: readonly MutationRow[]): { rootId: string; entry: MutationRow }[] {
  return resolveChains(ms, fields).effective;
}

export function rtEvents(b: RtBooks): PopulationEvent[] {
  return bookEvents(
    b.persons.map((p) => ({ id: p.id, householdId: p.household, sex: p.sex, citizenship: p.citizenship })),
    entriesInForce(b.mutations).map(({ entry: e }) => e),
    b.bookStart,
  );
}
