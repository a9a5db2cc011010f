import type { MutationData } from '../../domain/records/rt';
import type { MutationEntry, Person } from './books';

// How the buku mutasi reads: entries are never rewritten. A correcting entry names the entry it
// corrects; the last entry of such a chain is the one in force (or nothing, if it cancels).

/** An entry in force: the latest version of its chain, with the chain's first entry (the original). */
export interface EffectiveEntry {
  /** Id of the entry that started the chain (stable: what the B2 row is about). */
  rootId: string;
  /** The entry currently in force. */
  entry: MutationEntry;
  data: MutationData;
  /** Every entry of the chain in the order it was written (original first). */
  chain: MutationEntry[];
}

/** Entries that replaced or cancelled another entry; keyed by the corrected id. */
function correctionsByTarget(entries: MutationEntry[]): Map<string, MutationEntry> {
  const m = new Map<string, MutationEntry>();
  for (const e of entries) {
    const target = e.data.corrects;
    if (!target) continue;
    const had = m.get(target);
    // Two phones may correct the same entry offline: the later-written correction wins, the other stays in the chain.
    if (!had || had.updatedAt < e.updatedAt || (had.updatedAt === e.updatedAt && had.id < e.id)) m.set(target, e);
  }
  return m;
}

/** Resolves correction chains. Cancelled chains are returned with `cancelled` for the B2 view. */
export function resolveEntries(entries: MutationEntry[]): { effective: EffectiveEntry[]; cancelled: EffectiveEntry[] } {
  const byTarget = correctionsByTarget(entries);
  const effective: EffectiveEntry[] = [];
  const cancelled: EffectiveEntry[] = [];
  for (const root of entries) {
    if (root.data.corrects) continue;
    const chain = [root];
    let cur = root;
    const seen = new Set([root.id]);
    for (let next = byTarget.get(cur.id); next && !seen.has(next.id); next = byTarget.get(cur.id)) {
      seen.add(next.id);
      chain.push(next);
      cur = next;
    }
    const item = { rootId: root.id, entry: cur, data: cur.data, chain };
    (cur.data.cancel ? cancelled : effective).push(item);
  }
  effective.sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.rootId < b.rootId ? -1 : 1));
  return { effective, cancelled };
}

/** The entry to correct next in a chain: always the latest, so chains never fork on one phone. */
export function latestOfChain(entries: MutationEntry[], id: string): MutationEntry | undefined {
  const byTarget = correctionsByTarget(entries);
  let cur = entries.find((e) => e.id === id);
  const seen = new Set<string>();
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    const next = byTarget.get(cur.id);
    if (!next) return cur;
    cur = next;
  }
  return cur;
}

export type ResidenceState = 'aktif' | 'mati' | 'pindah';

/** Where a person stands after their entries in force: the last dated entry decides. */
export interface Residence {
  state: ResidenceState;
  /** Date the residence began (lahir/datang) or undefined for people already living here when the book opened. */
  since?: string;
  /** Date of the death or departure that closed the residence. */
  until?: string;
  entries: EffectiveEntry[];
}

export function residenceOf(entries: EffectiveEntry[]): Residence {
  let state: ResidenceState = 'aktif';
  let since: string | undefined;
  let until: string | undefined;
  for (const e of entries) {
    if (e.data.type === 'lahir' || e.data.type === 'datang') {
      state = 'aktif';
      since = e.data.date;
      until = undefined;
    } else {
      state = e.data.type;
      until = e.data.date;
    }
  }
  return { state, since, until, entries };
}

/** Residence of every person in the register, by person id. */
export function residences(persons: Person[], effective: EffectiveEntry[]): Map<string, Residence> {
  const byPerson = new Map<string, EffectiveEntry[]>();
  for (const e of effective) {
    const list = byPerson.get(e.data.personId);
    if (list) list.push(e);
    else byPerson.set(e.data.personId, [e]);
  }
  const out = new Map<string, Residence>();
  for (const p of persons) out.set(p.id, residenceOf(byPerson.get(p.id) ?? []));
  return out;
}
