import type { KaderDb } from '../db';
import { listRecords } from '../records';
import type { SyncRecord } from '../../domain/records';
import type { BoardData, InstitutionData, LkdActivityData, SeatData } from '../../domain/records/lkd';
import type { MutationData, PersonData, RtUnitData } from '../../domain/records/rt';
import { desaPeople, evaluateDesa, groupInstitutions, institutionInput, PeopleIndex, type DesaPerson, type InstitutionGroup, type InstitutionResult } from '../../domain/lkd';
import type { IsoDate } from '../../domain/types';

export type Institution = SyncRecord<InstitutionData>;
export type Board = SyncRecord<BoardData>;
export type Seat = SyncRecord<SeatData>;
export type LkdActivity = SyncRecord<LkdActivityData>;
export type DesaGroup = InstitutionGroup<Institution, Board, Seat, LkdActivity>;

/** Everything the Desa tab shows, read once: the institutions and the RT books they are judged with. */
export interface DesaBooks {
  prefix: string;
  groups: DesaGroup[];
  people: DesaPerson[];
  index: PeopleIndex;
  /** RT numbers the RT books on this phone know (for choosing an RT board's RT). */
  rts: string[];
}

export async function loadDesaBooks(db: KaderDb, prefix: string): Promise<DesaBooks> {
  // One read transaction: the boards and the RT books as one consistent snapshot.
  const [insts, boards, seats, acts, persons, mutations, units] = await db.transaction('r', db.records, () =>
    Promise.all([
      listRecords<InstitutionData>(db, 'lkd.institution', prefix),
      listRecords<BoardData>(db, 'lkd.board', prefix),
      listRecords<SeatData>(db, 'lkd.seat', prefix),
      listRecords<LkdActivityData>(db, 'lkd.activity', prefix),
      listRecords<PersonData>(db, 'rt.person', prefix),
      listRecords<MutationData>(db, 'rt.mutation', prefix),
      listRecords<RtUnitData>(db, 'rt.unit', prefix),
    ]),
  );
  const people = desaPeople(persons, mutations);
  const rts = [...new Set([...units.map((u) => u.data.rtNo), ...people.map((p) => p.rt)].filter(Boolean))].sort();
  return { prefix, groups: groupInstitutions(insts, boards, seats, acts), people, index: new PeopleIndex(people), rts };
}

/** The institutions judged on `date`, each with the group it came from (same order). */
export interface Judged {
  group: DesaGroup;
  result: InstitutionResult;
}

export function judge(books: DesaBooks, date: IsoDate): Judged[] {
  const results = evaluateDesa(books.groups.map((g) => institutionInput(g, books.index, date)), date);
  return results.map((result, i) => ({ group: books.groups[i], result }));
}

export function findInstitution(books: DesaBooks, id: string): DesaGroup | undefined {
  return books.groups.find((g) => g.record.id === id);
}

export function findBoard(books: DesaBooks, boardId: string): { group: DesaGroup; board: DesaGroup['boards'][number] } | undefined {
  for (const group of books.groups) {
    const board = group.boards.find((b) => b.record.id === boardId);
    if (board) return { group, board };
  }
  return undefined;
}

export function findSeat(books: DesaBooks, seatId: string) {
  for (const group of books.groups) {
    for (const board of group.boards) {
      const seat = board.seats.find((s) => s.id === seatId);
      if (seat) return { group, board, seat };
    }
  }
  return undefined;
}
