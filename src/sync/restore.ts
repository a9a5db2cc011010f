import type { KaderDb } from '../data/db';
import { getSyncState, patchSyncState, seqSentHigh } from './sync-state';

/**
 * Makes the outbox's auto-increment key continue above `seq`, so changes saved later are not
 * numbered below what the server already holds. IndexedDB moves its key generator past an
 * explicit key and never moves it back, even when that row is deleted again.
 */
async function bumpKeyGenerator(db: KaderDb, seq: number): Promise<void> {
  if (seq < 1) return;
  const top = await db.outbox.orderBy(':id').last();
  if (top && top.seq! >= seq) return;
  if (await db.outbox.get(seq)) return;
  await db.outbox.add({ seq, recordId: '', record: null as never, baseVersion: 0, createdAt: '' });
  await db.outbox.delete(seq);
}

// Backups on both sides. The server reports the highest seq of this device it holds
// (lastAppliedSeq); comparing it with what this phone knows tells which side went back in time.

export type SeqCheck = 'ok' | 'serverLost' | 'phoneRestored';

export async function compareServerSeq(db: KaderDb, serverLastApplied: number): Promise<SeqCheck> {
  const st = await getSyncState(db);
  if (serverLastApplied < st.ackedSeq) return 'serverLost';
  if (serverLastApplied > (await seqSentHigh(db))) return 'phoneRestored';
  return 'ok';
}

/**
 * The phone went back to an older backup while the server kept going: the server already holds
 * seqs this database will hand out again, and would take new changes as duplicates. Move the
 * queue above the server's seq, keeping its order.
 */
export async function renumberPending(db: KaderDb, serverLastApplied: number): Promise<number> {
  return db.transaction('rw', [db.outbox, db.meta], async () => {
    const entries = await db.outbox.orderBy(':id').toArray();
    const start = Math.max(serverLastApplied, 0);
    const needs = entries.length > 0 && entries[0].seq! <= start;
    if (needs) {
      await db.outbox.clear();
      let seq = start;
      for (const e of entries) await db.outbox.add({ ...e, seq: ++seq });
    }
    await bumpKeyGenerator(db, start);
    await patchSyncState(db, { ackedSeq: serverLastApplied });
    return needs ? entries.length : 0;
  });
}

/**
 * The server went back to an older backup: changes it once acknowledged may be gone. Queue every
 * record this device wrote again (new seqs, above anything used before) and pull from the start,
 * so nothing is skipped on either side.
 */
export async function requeueOwnRecords(db: KaderDb, deviceId: string, serverLastApplied: number, now = new Date()): Promise<number> {
  return db.transaction('rw', [db.records, db.outbox, db.meta], async () => {
    const pending = new Set((await db.outbox.toArray()).map((e) => e.recordId));
    const own = await db.records.filter((r) => r.updatedBy === deviceId && r.version > 0 && !pending.has(r.id)).toArray();
    const at = now.toISOString();
    for (const r of own) await db.outbox.add({ recordId: r.id, record: r, baseVersion: r.version, createdAt: at });
    const last = await db.outbox.orderBy(':id').last();
    if (last && last.seq! <= serverLastApplied) {
      // Cannot happen with an auto-increment key above ackedSeq, but a queue below the server's
      // seq would be swallowed as duplicates: move it up.
      let seq = serverLastApplied;
      const all = await db.outbox.orderBy(':id').toArray();
      await db.outbox.clear();
      for (const e of all) await db.outbox.add({ ...e, seq: ++seq });
    }
    await patchSyncState(db, { ackedSeq: serverLastApplied, cursor: '0' });
    return own.length;
  });
}
