import type { KaderDb } from '../db';
import { newId } from '../ids';
import { InvalidRecordError, listRecords, saveRecord, type WriteContext } from '../records';
import { desaAddr, lkdAddr, posyanduAddr, rtAddr } from '../../domain/records';
import type { BoardData, InstitutionData, LkdActivityData, SeatData } from '../../domain/records/lkd';
import { RULES, type Ground, type InstitutionType } from '../../domain/lkd';
import type { Board, Institution, LkdActivity, Seat } from './load';

// Writes of the Desa tab. Every one goes through saveRecord (record + sync queue + history in one
// transaction); a replacement between terms ends the old seat and opens the new one in one
// transaction, so a board never shows both or neither.

export interface InstitutionPlace {
  desaCode: string;
  type: InstitutionType;
  /** RT board: its RT ('001'). */
  rtNo?: string;
  /** Posyandu board: the Posyandu's code in its address ('mawar'). */
  posyanduId?: string;
}

/**
 * Where an institution lives: an RT's board under the RT, a Posyandu's under the Posyandu, the
 * one TP PKK / Karang Taruna / LPM of the desa under the desa by type, and the institutions a desa
 * may have several of (kelompok PKK, others) under the desa with an id of their own.
 */
export function institutionAddr(p: InstitutionPlace, makeId: () => string = newId): string {
  const desa = desaAddr(p.desaCode);
  const unit = RULES[p.type].unit;
  if (unit === 'rt') return lkdAddr(rtAddr(p.desaCode, p.rtNo ?? ''), 'rt');
  if (unit === 'posyandu') return lkdAddr(posyanduAddr(p.desaCode, p.posyanduId ?? ''), 'posyandu');
  if (unit === 'desa') return lkdAddr(desa, p.type);
  return lkdAddr(desa, `${p.type}-${makeId().toLowerCase()}`);
}

/** 'Posyandu Mawar' → 'mawar': the code a Posyandu's address most likely has. */
export function posyanduCodeOf(name: string): string {
  return name.toLowerCase().replace(/^posyandu\s+/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'posyandu';
}

/** Records a new institution; one that already stands at that place is returned instead. */
export async function createInstitution(db: KaderDb, place: InstitutionPlace, data: InstitutionData, ctx: WriteContext): Promise<Institution> {
  const addr = institutionAddr(place);
  const here = (await listRecords<InstitutionData>(db, 'lkd.institution', addr)).filter((r) => r.addr === addr);
  if (here.length) return here.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
  return saveRecord(db, { kind: 'lkd.institution', addr, data: { ...data, type: place.type } }, ctx);
}

export function saveInstitution(db: KaderDb, rec: Institution, data: InstitutionData, ctx: WriteContext): Promise<Institution> {
  return saveRecord(db, { id: rec.id, kind: 'lkd.institution', addr: rec.addr, data: { ...data, type: rec.data.type } }, ctx);
}

export async function saveBoard(db: KaderDb, addr: string, data: BoardData, ctx: WriteContext, id?: string): Promise<Board> {
  if (data.termEnd && data.termEnd < data.termStart) throw new InvalidRecordError('lkd.board.termEnd: before termStart');
  return saveRecord(db, { id, kind: 'lkd.board', addr, data }, ctx);
}

export async function saveSeat(db: KaderDb, board: Board, data: SeatData, ctx: WriteContext, id?: string): Promise<Seat> {
  const start = data.start ?? board.data.termStart;
  if (data.end && data.end < start) throw new InvalidRecordError('lkd.seat.end: before start');
  return saveRecord(db, { id, kind: 'lkd.seat', addr: board.addr, parent: board.id, data }, ctx);
}

export interface SeatEnd {
  end: string;
  endReason: Ground;
  endNote?: string;
  skNumber?: string;
  skDate?: string;
}

/** The member stops (berhenti / diberhentikan) on `end` for one of the article's grounds. */
export function endSeat(db: KaderDb, board: Board, seat: Seat, e: SeatEnd, ctx: WriteContext): Promise<Seat> {
  const { skNumber, skDate, ...rest } = e;
  return saveSeat(db, board, { ...seat.data, ...rest, ...(skNumber ? { skNumber } : {}), ...(skDate ? { skDate } : {}) }, ctx, seat.id);
}

/**
 * Pengganti antarwaktu (or an acting holder): the old seat ends (unless it already has) and the new
 * one starts that day, taking over its position, in one transaction.
 */
export async function replaceSeat(db: KaderDb, board: Board, old: Seat, e: SeatEnd | null, next: SeatData, ctx: WriteContext): Promise<Seat> {
  return db.transaction('rw', [db.records, db.outbox, db.history], async () => {
    if (e && !old.data.end) await endSeat(db, board, old, e, ctx);
    const start = next.start ?? e?.end ?? old.data.end;
    return saveSeat(db, board, { ...next, position: old.data.position, ...(old.data.section ? { section: old.data.section } : {}), replaces: old.id, ...(start ? { start } : {}) }, ctx);
  });
}

export function saveActivity(db: KaderDb, addr: string, data: LkdActivityData, ctx: WriteContext, id?: string): Promise<LkdActivity> {
  return saveRecord(db, { id, kind: 'lkd.activity', addr, data }, ctx);
}
