import { create } from 'zustand';
import type { SyncErrorKind, SyncOutcome, SyncProgress } from '../../sync';

// What the Sinkron tab and the tab badge show. Counts come live from the database (index.ts
// subscribes); the running state and the last outcome come from the scheduler.

export interface SyncStatus {
  enrolled: boolean;
  role: string | null;
  scopeLabel: string | null;
  /** Changes in the outbox, waiting for the server's acknowledgement. */
  pending: number;
  /** ISO time of the last sync in which the server acknowledged everything and the pull finished. */
  lastSuccessAt: string | null;
  running: boolean;
  progress: SyncProgress | null;
  /** The last sync's error (null after a successful sync); worded where it is shown, in the language then in use. */
  lastErrorKind: SyncErrorKind | null;
  lastErrorReason: string;
  /** True only right after a sync in which the server acknowledged everything. */
  lastOk: boolean;
  /** ms since epoch of the next automatic retry, if one is planned. */
  nextRetryAt: number | null;
  rejected: number;
  conflicts: number;
  /** Sync notices not dismissed yet (another phone's edit lost, records moved). */
  notices: number;
}

export const initialSyncStatus: SyncStatus = {
  enrolled: false,
  role: null,
  scopeLabel: null,
  pending: 0,
  lastSuccessAt: null,
  running: false,
  progress: null,
  lastErrorKind: null,
  lastErrorReason: '',
  lastOk: false,
  nextRetryAt: null,
  rejected: 0,
  conflicts: 0,
  notices: 0,
};

export const useSyncStatus = create<SyncStatus>(() => ({ ...initialSyncStatus }));

export function setSyncStatus(patch: Partial<SyncStatus>): void {
  useSyncStatus.setState(patch);
}

export function outcomePatch(o: SyncOutcome): Partial<SyncStatus> {
  if (o.ok) return { running: false, progress: null, lastOk: true, lastErrorKind: null, lastErrorReason: '', lastSuccessAt: o.at };
  return { running: false, progress: null, lastOk: false, lastErrorKind: o.error, lastErrorReason: o.reason };
}
