import type { KaderDb } from '../data/db';

// Sync bookkeeping kept in the meta table, next to the data it describes, so a phone restored
// from a backup restores its bookkeeping too (and the engine can notice the mismatch with the
// server, see restore.ts).

export interface SyncState {
  /** Pull cursor: the server's global change sequence up to which this phone has applied. */
  cursor: string;
  /** Highest lastAppliedSeq the server has reported for this device. */
  ackedSeq: number;
  /** Highest push seq this phone has ever sent, written before the request goes out. */
  seqHigh: number;
  /** ISO time of the last sync in which every pushed change was acknowledged and the pull finished. */
  lastSuccessAt: string | null;
  /** Push batch size that the server accepted last (halved on 413). */
  batchSize: number;
  /** The server's number of the last "your version won" conflict this phone heard of (pull lostAfter). */
  lostCursor: string;
}

const KEY = 'syncState';

export const DEFAULT_BATCH = 200;

export function emptyState(): SyncState {
  return { cursor: '0', ackedSeq: 0, seqHigh: 0, lastSuccessAt: null, batchSize: DEFAULT_BATCH, lostCursor: '0' };
}

export async function getSyncState(db: KaderDb): Promise<SyncState> {
  const row = await db.meta.get(KEY);
  return { ...emptyState(), ...((row?.value as Partial<SyncState> | undefined) ?? {}) };
}

/** Merges `patch` into the stored state; call inside a transaction that includes `db.meta`. */
export async function patchSyncState(db: KaderDb, patch: Partial<SyncState>): Promise<SyncState> {
  const next = { ...(await getSyncState(db)), ...patch };
  await db.meta.put({ key: KEY, value: next });
  return next;
}

/** Forget all sync bookkeeping (new enrolment: a new device id starts at seq 0 on the server). */
export async function resetSyncState(db: KaderDb, keep: Partial<SyncState> = {}): Promise<void> {
  await db.meta.put({ key: KEY, value: { ...emptyState(), ...keep } });
}

/**
 * Highest seq this database has ever sent (recorded before sending, so a lost answer counts) or
 * seen acknowledged. The server can legitimately know up to this seq and no further; queued but
 * never sent entries do not count, or a phone restored from a backup could not be told apart.
 */
export async function seqSentHigh(db: KaderDb): Promise<number> {
  const st = await getSyncState(db);
  return Math.max(st.seqHigh, st.ackedSeq);
}
