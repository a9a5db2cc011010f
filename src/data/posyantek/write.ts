import type { KaderDb } from '../db';
import { InvalidRecordError, saveRecord, type WriteContext } from '../records';
import { addDays } from '../../domain/dates';
import { posyantekAddr } from '../../domain/records';
import type {
  CashData, MonthlyData, NeedData, PosyantekActivityData, PosyantekBoardData, PosyantekSeatData, PostData, QuarterData, TtgData, UnitData,
} from '../../domain/records/posyantek';
import { listPosts, type PBoard, type Post, type PSeat } from './load';

// Writes of the Posyantek screens. Every one goes through saveRecord (record + sync queue + history
// in one transaction); a replacement between terms ends the old seat and opens the new one in one
// transaction, so the board never shows both or neither.

/**
 * One post per place: the Posyantekdes of a desa stands at '<desa>/posyantek:desa', the Posyantek
 * Antar Desa of a kecamatan at '<kecamatan>/posyantek:antar-desa' (Pasal 2 ayat (1); the Perbup
 * has one of each per desa and per kecamatan). Returns the one already there instead of a second.
 */
export async function createPost(db: KaderDb, placeAddr: string, data: PostData, ctx: WriteContext): Promise<Post> {
  const addr = posyantekAddr(placeAddr, data.level === 'desa' ? 'desa' : 'antar-desa');
  const here = (await listPosts(db, addr)).filter((p) => p.addr === addr);
  if (here.length) return here.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
  return saveRecord(db, { kind: 'posyantek.post', addr, data }, ctx);
}

export function savePost(db: KaderDb, post: Post, data: PostData, ctx: WriteContext): Promise<Post> {
  return saveRecord(db, { id: post.id, kind: 'posyantek.post', addr: post.addr, data: { ...data, level: post.data.level } }, ctx);
}

export function saveBoard(db: KaderDb, post: Post, data: PosyantekBoardData, ctx: WriteContext, id?: string): Promise<PBoard> {
  if (data.termEnd && data.termEnd < data.termStart) throw new InvalidRecordError({ kind: 'posyantek.board', path: 'termEnd', rule: 'order.before', arg: 'termStart' });
  return saveRecord(db, { id, kind: 'posyantek.board', addr: post.addr, parent: post.id, data }, ctx);
}

export function saveSeat(db: KaderDb, board: PBoard, data: PosyantekSeatData, ctx: WriteContext, id?: string): Promise<PSeat> {
  const start = data.start ?? board.data.termStart;
  if (data.end && data.end < start) throw new InvalidRecordError({ kind: 'posyantek.seat', path: 'end', rule: 'order.before', arg: 'start' });
  return saveRecord(db, { id, kind: 'posyantek.seat', addr: board.addr, parent: board.id, data }, ctx);
}

/** Pergantian antar waktu (Pasal 9 ayat (4), (5)): the old seat ends the day before the new one starts. */
export async function replaceSeat(db: KaderDb, board: PBoard, old: PSeat, start: string, reason: NonNullable<PosyantekSeatData['endReason']>, next: PosyantekSeatData, ctx: WriteContext): Promise<PSeat> {
  return db.transaction('rw', [db.records, db.outbox, db.history], async () => {
    const dayBefore = addDays(start, -1);
    if (!old.data.end) await saveSeat(db, board, { ...old.data, end: dayBefore, endReason: reason }, ctx, old.id);
    return saveSeat(db, board, { ...next, position: old.data.position, replaces: old.id, start }, ctx);
  });
}

export const saveTtg = (db: KaderDb, post: Post, data: TtgData, ctx: WriteContext, id?: string) =>
  saveRecord(db, { id, kind: 'posyantek.ttg', addr: post.addr, parent: post.id, data }, ctx);
export const saveNeed = (db: KaderDb, post: Post, data: NeedData, ctx: WriteContext, id?: string) =>
  saveRecord(db, { id, kind: 'posyantek.need', addr: post.addr, parent: post.id, data }, ctx);
export const saveActivity = (db: KaderDb, post: Post, data: PosyantekActivityData, ctx: WriteContext, id?: string) =>
  saveRecord(db, { id, kind: 'posyantek.activity', addr: post.addr, parent: post.id, data }, ctx);
export const saveUnit = (db: KaderDb, post: Post, data: UnitData, ctx: WriteContext, id?: string) =>
  saveRecord(db, { id, kind: 'posyantek.unit', addr: post.addr, parent: post.id, data }, ctx);

/** A cash book line: written once (append); a mistake is put right by a correcting line. */
export const addCash = (db: KaderDb, post: Post, data: CashData, ctx: WriteContext) =>
  saveRecord(db, { kind: 'posyantek.cash', addr: post.addr, parent: post.id, data }, ctx);

/** The treasurer gave the month's report to the board meeting (figures as given). */
export const markMonthly = (db: KaderDb, post: Post, data: MonthlyData, ctx: WriteContext) =>
  saveRecord(db, { kind: 'posyantek.monthly', addr: post.addr, parent: post.id, data }, ctx);

/** The quarterly report was sent (to the kepala desa or camat), with its figures as sent. */
export const markQuarterSent = (db: KaderDb, post: Post, data: QuarterData, ctx: WriteContext) =>
  saveRecord(db, { kind: 'posyantek.quarter', addr: post.addr, parent: post.id, data }, ctx);
