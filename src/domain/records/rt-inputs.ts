import type { PopulationEvent } from '../population';
import type { Sex } from '../types';

// The buku mutasi → the domain's PopulationEvents. One reading for the phone's RT books
// (src/data/rt) and the county's population reports (src/server/reports): entries are never
// rewritten; a correcting entry names the entry it corrects, the last entry of a chain is the one
// in force (or nothing, if it cancels); people with no birth or arrival as their first entry were
// residents when the book was opened.

/** What the chain rules read of a mutation entry, however it is stored. */
export interface ChainFields {
  id: string;
  updatedAt: string;
  date: string;
  corrects?: string;
  cancel?: boolean;
}

export interface Chain<E> {
  /** Id of the entry that started the chain (stable: what the B2 row is about). */
  rootId: string;
  /** The entry in force. */
  entry: E;
  /** Every entry of the chain in the order it was written (original first). */
  chain: E[];
}

/** The latest correction of each corrected entry; two phones correcting one entry: the later-written wins. */
function correctionsByTarget<E>(entries: readonly E[], f: (e: E) => ChainFields): Map<string, E> {
  const m = new Map<string, E>();
  for (const e of entries) {
    const target = f(e).corrects;
    if (!target) continue;
    const had = m.get(target);
    const a = had && f(had);
    const b = f(e);
    if (!a || a.updatedAt < b.updatedAt || (a.updatedAt === b.updatedAt && a.id < b.id)) m.set(target, e);
  }
  return m;
}

/** Chains in force (sorted by date, then root id) and the cancelled ones (for the B2 view). */
export function resolveChains<E>(entries: readonly E[], f: (e: E) => ChainFields): { effective: Chain<E>[]; cancelled: Chain<E>[] } {
  const byTarget = correctionsByTarget(entries, f);
  const effective: Chain<E>[] = [];
  const cancelled: Chain<E>[] = [];
  for (const root of entries) {
    if (f(root).corrects) continue;
    const chain = [root];
    let cur = root;
    const seen = new Set([f(root).id]);
    for (let next = byTarget.get(f(cur).id); next && !seen.has(f(next).id); next = byTarget.get(f(cur).id)) {
      seen.add(f(next).id);
      chain.push(next);
      cur = next;
    }
    (f(cur).cancel ? cancelled : effective).push({ rootId: f(root).id, entry: cur, chain });
  }
  effective.sort((x, y) => {
    const a = f(x.entry).date;
    const b = f(y.entry).date;
    return a < b ? -1 : a > b ? 1 : x.rootId < y.rootId ? -1 : 1;
  });
  return { effective, cancelled };
}

/** The entry to correct next in a chain: always the latest, so chains never fork on one phone. */
export function latestInChain<E>(entries: readonly E[], id: string, f: (e: E) => ChainFields): E | undefined {
  const byTarget = correctionsByTarget(entries, f);
  let cur = entries.find((e) => f(e).id === id);
  const seen = new Set<string>();
  while (cur && !seen.has(f(cur).id)) {
    seen.add(f(cur).id);
    const next = byTarget.get(f(cur).id);
    if (!next) return cur;
    cur = next;
  }
  return cur;
}

export interface BookPerson {
  id: string;
  householdId: string;
  sex: Sex;
  citizenship: 'WNI' | 'WNA';
  recordedAt?: string;
}

export interface BookEvent {
  personId: string;
  householdId: string;
  type: 'lahir' | 'mati' | 'datang' | 'pindah';
  date: string;
  /** The entry's own copy, used only when the person record is gone. */
  sex: Sex;
  citizenship: 'WNI' | 'WNA';
  recordedAt?: string;
}

/**
 * PopulationEvents of one RT from its people and its entries in force (in date order). One
 * person, one cell: the register's current sex and citizenship, so every cell balances.
 */
export function bookEvents(persons: readonly BookPerson[], inForce: readonly BookEvent[], bookStart: string): PopulationEvent[] {
  const firstType = new Map<string, string>();
  for (const e of inForce) if (!firstType.has(e.personId)) firstType.set(e.personId, e.type);
  const byId = new Map(persons.map((p) => [p.id, p]));
  const events: PopulationEvent[] = [];
  for (const p of persons) {
    const t = firstType.get(p.id);
    // Someone whose first entry is a death or departure (or who has none) lived here when the book opened.
    if (t === 'lahir' || t === 'datang') continue;
    events.push({ personId: p.id, householdId: p.householdId, sex: p.sex, citizenship: p.citizenship, type: 'awal', date: bookStart, ...(p.recordedAt ? { recordedAt: p.recordedAt } : {}) });
  }
  for (const e of inForce) {
    const p = byId.get(e.personId) ?? e;
    events.push({ personId: e.personId, householdId: e.householdId, sex: p.sex, citizenship: p.citizenship, type: e.type, date: e.date, ...(e.recordedAt ? { recordedAt: e.recordedAt } : {}) });
  }
  return events;
}
