import type { MutationData } from '../../domain/records/rt';
import { latestInChain, resolveChains, type Chain, type ChainFields } from '../../domain/records/rt-inputs';
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

const fields = (e: MutationEntry): ChainFields => ({ id: e.id, updatedAt: e.updatedAt, date: e.data.date, corrects: e.data.corrects, cancel: e.data.cancel });
const withData = (c: Chain<MutationEntry>): EffectiveEntry => ({ ...c, data: c.entry.data });

/** Resolves correction chains (the shared rule in domain/records/rt-inputs.ts). Cancelled chains are returned for the B2 view. */
export function resolveEntries(entries: MutationEntry[]): { effective: EffectiveEntry[]; cancelled: EffectiveEntry[] } {
  const { effective, cancelled } = resolveChains(entries, fields);
  return { effective: effective.map(withData), cancelled: cancelled.map(withData) };
}

/** The entry to correct next in a chain: always the latest, so chains never fork on one phone. */
export function latestOfChain(entries: MutationEntry[], id: string): MutationEntry | undefined {
  return latestInChain(entries, id, fields);
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
