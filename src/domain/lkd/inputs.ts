import { parseAddr } from '../records/address';
import { resolveChains } from '../records/rt-inputs';
import type { MutationData, PersonData } from '../records/rt';
import type { BoardData, InstitutionData, LkdActivityData, SeatData } from '../records/lkd';
import type { IsoDate } from '../types';
import type { BoardInput, InstitutionInput, SeatInput } from './evaluate';
import { PeopleIndex, type DesaPerson, type EntryType } from './people';

// Stored records → what the rules read. One mapping for the phone (src/data/lkd) and the county
// (src/server/reports/lkd*), so both judge the same boards from the same records the same way.

/** The envelope fields used here: a phone SyncRecord or a server report row both fit. */
export interface RecordLike<D> {
  id: string;
  addr: string;
  parent: string | null;
  data: D;
  updatedAt: string;
}

/** The desa's people from its RT books: rt.person records and the buku mutasi entries in force. */
export function desaPeople(persons: readonly RecordLike<PersonData>[], mutations: readonly RecordLike<MutationData>[]): DesaPerson[] {
  const { effective } = resolveChains(mutations, (e) => ({ id: e.id, updatedAt: e.updatedAt, date: e.data.date, corrects: e.data.corrects, cancel: e.data.cancel }));
  const entries = new Map<string, { type: EntryType; date: IsoDate }[]>();
  // Chains come sorted by date, so each person's list is in date order.
  for (const c of effective) {
    const list = entries.get(c.entry.data.personId) ?? [];
    list.push({ type: c.entry.data.type, date: c.entry.data.date });
    entries.set(c.entry.data.personId, list);
  }
  return persons.map((p) => ({
    id: p.id,
    rt: parseAddr(p.addr).rt ?? '',
    name: p.data.name,
    ...(p.data.nik ? { nik: p.data.nik } : {}),
    sex: p.data.sex,
    birthDate: p.data.birthDate,
    citizenship: p.data.citizenship,
    ...(p.data.education ? { education: p.data.education } : {}),
    ...(p.data.canRead !== undefined ? { canRead: p.data.canRead } : {}),
    entries: entries.get(p.id) ?? [],
  }));
}

export interface BoardGroup<R = RecordLike<BoardData>, S = RecordLike<SeatData>> {
  record: R;
  seats: S[];
}

/** One institution: everything stored at its address. */
export interface InstitutionGroup<I = RecordLike<InstitutionData>, B = RecordLike<BoardData>, S = RecordLike<SeatData>, A = RecordLike<LkdActivityData>> {
  addr: string;
  /** The institution record in force at the address (two phones may each have made one: the later edit wins). */
  record: I;
  boards: BoardGroup<B, S>[];
  activities: A[];
}

const later = <T extends { updatedAt: string; id: string }>(a: T, b: T) => (b.updatedAt > a.updatedAt || (b.updatedAt === a.updatedAt && b.id > a.id) ? b : a);

/**
 * Groups a desa's LKD records by institution address. Boards and activities without an
 * institution record at their address are kept out (they show once the record syncs); seats
 * follow their board by its id.
 */
export function groupInstitutions<I extends RecordLike<InstitutionData>, B extends RecordLike<BoardData>, S extends RecordLike<SeatData>, A extends RecordLike<LkdActivityData>>(
  institutions: readonly I[], boards: readonly B[], seats: readonly S[], activities: readonly A[],
): InstitutionGroup<I, B, S, A>[] {
  const byAddr = new Map<string, InstitutionGroup<I, B, S, A>>();
  for (const r of institutions) {
    const g = byAddr.get(r.addr);
    if (g) g.record = later(g.record, r);
    else byAddr.set(r.addr, { addr: r.addr, record: r, boards: [], activities: [] });
  }
  const boardById = new Map<string, BoardGroup<B, S>>();
  for (const b of boards) {
    const g = byAddr.get(b.addr);
    if (!g) continue;
    const bg = { record: b, seats: [] as S[] };
    g.boards.push(bg);
    boardById.set(b.id, bg);
  }
  for (const s of seats) if (s.parent) boardById.get(s.parent)?.seats.push(s);
  for (const a of activities) byAddr.get(a.addr)?.activities.push(a);
  for (const g of byAddr.values()) {
    g.boards.sort((a, b) => (a.record.data.termStart < b.record.data.termStart ? 1 : a.record.data.termStart > b.record.data.termStart ? -1 : 0));
    g.activities.sort((a, b) => (a.data.date < b.data.date ? 1 : a.data.date > b.data.date ? -1 : 0));
  }
  return [...byAddr.values()].sort((a, b) => institutionOrder(a) - institutionOrder(b) || a.addr.localeCompare(b.addr));
}

/** Pasal 7 order: RT, PKK, Karang Taruna, Posyandu, LPM, others. */
const ORDER: Record<string, number> = { rt: 0, 'tp-pkk': 1, 'pkk-kelompok': 2, 'karang-taruna': 3, posyandu: 4, lpm: 5, lainnya: 6 };
function institutionOrder(g: InstitutionGroup<RecordLike<InstitutionData>, any, any, any>): number {
  return ORDER[g.record.data.type] ?? 9;
}

/** A seat as the rules read it on `date`: the board's term start unless it has its own. */
export function seatInput(seat: RecordLike<SeatData>, board: RecordLike<BoardData>, people: PeopleIndex, date: IsoDate): SeatInput {
  const d = seat.data;
  return {
    id: seat.id,
    position: d.position,
    ...(d.section ? { section: d.section } : {}),
    start: d.start ?? board.data.termStart,
    ...(d.end ? { end: d.end } : {}),
    ...(d.endReason ? { endReason: d.endReason } : {}),
    ...(d.replaces ? { replaces: d.replaces } : {}),
    ...(d.acting ? { acting: true } : {}),
    ...(d.grounds?.length ? { grounds: d.grounds } : {}),
    person: people.seatPerson(d.person, date),
  };
}

export function boardInput(g: BoardGroup, people: PeopleIndex, date: IsoDate): BoardInput {
  const b = g.record.data;
  return {
    id: g.record.id,
    termStart: b.termStart,
    ...(b.termEnd ? { termEnd: b.termEnd } : {}),
    ...(b.skNumber ? { skNumber: b.skNumber } : {}),
    ...(b.skDate ? { skDate: b.skDate } : {}),
    seats: g.seats.map((s) => seatInput(s, g.record, people, date)),
  };
}

/** The institution as evaluateDesa reads it; its id is its address (one institution per address). */
export function institutionInput(g: InstitutionGroup, people: PeopleIndex, date: IsoDate): InstitutionInput {
  const rt = parseAddr(g.addr).rt;
  return {
    id: g.addr,
    type: g.record.data.type,
    name: g.record.data.name,
    ...(g.record.data.type === 'rt' && rt ? { rt } : {}),
    boards: g.boards.map((b) => boardInput(b, people, date)),
  };
}
