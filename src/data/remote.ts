import type { KaderDb } from './db';
import type { SyncRecord } from '../domain/records';
import { mergePulledVisits } from './posyandu/snapshot';

/**
 * Writes records that other devices made (a sync pull page) and keeps the read caches built on
 * them current in the same transaction (the Posyandu day's visit columns), so the first screen
 * after a sync does not rebuild them from every record. Call inside a 'rw' transaction over
 * db.records and db.meta.
 */
export async function putRemoteRecords(db: KaderDb, records: SyncRecord[]): Promise<void> {
  if (!records.length) return;
  await mergePulledVisits(db, records, () => db.records.bulkPut(records));
}
