import type { KaderDb } from './db';

// A revoked phone wipes its records (issue 17) once its final push has left nothing unsent
// (sync/engine.ts decides when). The whole database goes: records, outbox, history, drafts, the
// people and their PIN hashes, the enrolment and its token. The app then clears its caches and
// says so (app/sync/service.ts).

export async function wipeLocalData(db: KaderDb): Promise<void> {
  // Dexie closes this connection and deletes the database; other tabs get 'versionchange'.
  await db.delete();
}
