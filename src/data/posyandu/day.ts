import type { KaderDb } from '../db';
import { getRecord, InvalidRecordError, deleteRecord, listRecords, saveRecord } from '../records';
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
export async function openSession(db: KaderDb, unit: { id: string; addr: string }, data: SessionData): Promise<Session> {
  const future = futureDate('posyandu.session', 'date', data.date, localToday());
  if (future) throw new InvalidRecordError(future);
  return (await saveRecord(db, { id: sessionId(unit.id, data.date), kind: 'posyandu.session', addr: unit.addr, data }, await writeContext(db))) as Session;
}

export type DateProblem = 'future' | 'beforeBirth';

/** A weighing dated after today or before the child's birth is refused (data quality). */
export function checkVisitDate(child: Child, date: string, today = localToday()): DateProblem | null {
  if (date > today) return 'future';
  if (date < child.data.birthDate) return 'beforeBirth';
  return null;
}

/**
 * Saves one visit row (append-only, its own id, so rows from several phones merge). With
 * `replaces`, the earlier row is tombstoned first: the history keeps who changed what and when.
 */
export async function saveVisit(db: KaderDb, child: Child, data: Omit<VisitData, 'childId'>, today = localToday()): Promise<Visit> {
  // The domain's weighing-date rule (kms/weighing-date.ts) as an issue with the child's name and
  // the other date, so the refusal is worded ("… sebelum tanggal lahir Ani (10 Jun 2025)").
  const problem = weighingIssue(child.data, data.date, today);
  if (problem) throw new InvalidRecordError(problem);
  const ctx = await writeContext(db);
  // One transaction: a correction never leaves the child with the old row gone and no new one.
  return db.transaction('rw', [db.records, db.outbox, db.history, db.meta], async () => {
    const rec = (await saveRecord(db, { kind: 'posyandu.visit', addr: child.addr, parent: child.id, data: { ...data, childId: child.id } }, ctx)) as Visit;
    if (data.replaces) await deleteRecord(db, data.replaces, ctx);
    await updateGrowthVisits(db, child.addr, rec, data.replaces);
    return rec;
  });
}
