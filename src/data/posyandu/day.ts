import type { KaderDb } from '../db';
import { getRecord, InvalidRecordError, deleteRecord, listChildren, listRecords, saveRecord } from '../records';
import { weighingDateProblem, type WeighingDateProblem } from '../../domain/kms/weighing-date';
import { localToday, writeContext } from './context';
import { futureDate, weighingIssue } from '../../domain/records/date-order';
import { updateGrowthVisits } from './snapshot';
import type { Child, Session, SessionData, Visit, VisitData } from './types';

/** One session record per Posyandu and date, so two phones opening the same day edit one record. */
export function sessionId(unitId: string, date: string): string {
  return `sesi-${unitId}-${date}`;
}

export async function getSession(db: KaderDb, unitId: string, date: string): Promise<Session | undefined> {
  return (await getRecord<SessionData>(db, sessionId(unitId, date))) as Session | undefined;
}

export async function listSessions(db: KaderDb, addr: string): Promise<Session[]> {
  const rows = (await listRecords<SessionData>(db, 'posyandu.session', addr)) as Session[];
  return rows.sort((a, b) => (a.data.date < b.data.date ? -1 : 1));
}

/** Opens (or updates) the hari buka of `date` with the kaders present. */
export async function openSession(db: KaderDb, unit: { id: string; addr: string }, data: SessionData, byName?: string): Promise<Session> {
  const future = futureDate('posyandu.session', 'date', data.date, localToday());
  if (future) throw new InvalidRecordError(future);
  return (await saveRecord(db, { id: sessionId(unit.id, data.date), kind: 'posyandu.session', addr: unit.addr, data }, await writeContext(db, byName))) as Session;
}

export type DateProblem = WeighingDateProblem;

/** A weighing dated after today, before the child's birth or after its death is refused (domain rule). */
export function checkVisitDate(child: Child, date: string, today = localToday()): DateProblem | null {
  return weighingDateProblem(child.data, date, today);
}

/** The child's live visits of one day (more than one only when two phones weighed the child). */
export function visitsOn(visits: readonly Visit[] | undefined, date: string): Visit[] {
  return (visits ?? []).filter((v) => v.data.date === date);
}

/** A new weighing of a child already weighed that day: the day page offers the correction instead. */
export class AlreadyWeighedError extends InvalidRecordError {
  constructor(child: Child, date: string, public readonly existing: Visit[]) {
    super({ kind: 'posyandu.visit', path: 'date', rule: 'once', name: child.data.name, date });
  }
}

export interface SaveVisitOptions {
  /**
   * Other rows of the same child and day this save settles (two phones weighed the child; the kader
   * chose): tombstoned in the same transaction.
   */
  supersedes?: readonly string[];
  /** who writes, for the history; default the weighing's kader */
  byName?: string;
}

/**
 * Saves one visit row (append-only, its own id, so rows from several phones merge). One weighing
 * per child per day: a second one must be a correction (`replaces`, the earlier row is tombstoned
 * in the same transaction, the history keeps who changed what and when) or settle the day's rows
 * (`supersedes`). Refused with AlreadyWeighedError otherwise.
 */
export async function saveVisit(db: KaderDb, child: Child, data: Omit<VisitData, 'childId'>, today = localToday(), opts: SaveVisitOptions = {}): Promise<Visit> {
  // The domain's weighing-date rule (kms/weighing-date.ts) as an issue with the child's name and
  // the other date, so the refusal is worded ("… sebelum tanggal lahir Ani (10 Jun 2025)").
  const problem = weighingIssue(child.data, data.date, today);
  if (problem) throw new InvalidRecordError(problem);
  const ctx = await writeContext(db, opts.byName ?? data.kaderName);
  const settled = [...new Set([...(data.replaces ? [data.replaces] : []), ...(opts.supersedes ?? [])])];
  // One transaction: a correction never leaves the child with the old row gone and no new one,
  // and two saves of one child on one phone cannot both pass the one-per-day check.
  return db.transaction('rw', [db.records, db.outbox, db.history, db.meta], async () => {
    const sameDay = visitsOn((await listChildren<VisitData>(db, 'posyandu.visit', child.id)) as Visit[], data.date);
    const others = sameDay.filter((v) => !settled.includes(v.id));
    if (others.length) throw new AlreadyWeighedError(child, data.date, others);
    const rec = (await saveRecord(db, { kind: 'posyandu.visit', addr: child.addr, parent: child.id, data: { ...data, childId: child.id } }, ctx)) as Visit;
    for (const id of settled) await deleteRecord(db, id, ctx);
    await updateGrowthVisits(db, child.addr, rec, settled);
    return rec;
  });
}

/**
 * Two phones weighed one child on one day: the kader chose `keepId`. The choice is a new row with
 * the kept row's data (`replaces` it) and tombstones of every other row of that day, in one
 * transaction. Both rows stay live until this runs, and a choice made on two phones at once can
 * only leave two new rows (asked again), never none: no weighing is lost to a race.
 */
export async function resolveSameDayVisits(db: KaderDb, child: Child, keepId: string, dropIds: readonly string[], byName?: string, today = localToday()): Promise<Visit> {
  const keep = await getRecord<VisitData>(db, keepId);
  if (!keep || keep.kind !== 'posyandu.visit') throw new InvalidRecordError('posyandu.visit: gone');
  const { childId: _childId, replaces: _replaces, ...data } = keep.data;
  // The kader who weighed stays on the row; the history names who chose.
  return saveVisit(db, child, { ...data, replaces: keepId }, today, { supersedes: dropIds.filter((id) => id !== keepId), byName });
}
