import type { KaderDb } from '../db';
import type { WriteContext } from '../records';
import { newId } from '../ids';
import { localDeviceId } from '../device';

/** The write context of this device: every RT book write is signed with the device id. */
export async function writeContext(db: KaderDb, now?: () => Date): Promise<WriteContext> {
  return { by: await localDeviceId(db, newId), now };
}

/** One Dexie transaction over the tables `saveRecord` touches, so a multi-record book operation is all or nothing. */
export function inBookTransaction<T>(db: KaderDb, fn: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [db.records, db.outbox, db.history], fn);
}
