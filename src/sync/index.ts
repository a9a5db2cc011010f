// Sync: the wire protocol shared with the server (protocol.ts) and the client sync engine.
// The app calls: SyncEngine (enroll, syncOnce), SyncScheduler (when to sync), and reads the
// bookkeeping through getSyncState. See README.md for the rules the engine follows.
export * from './protocol';
export { getEnrolment, setEnrolment, localDeviceId, type Enrolment } from '../data/device';
export { SyncEngine, type DataChangeListener, type EngineOptions, type SyncOutcome, type SyncProgress, type SyncPhase, type SyncCounts, type EnrollResult } from './engine';
export { SyncScheduler, LOCK_NAME, type SyncTrigger, type SchedulerOptions, type Timers } from './scheduler';
export { SyncError, type SyncErrorKind, type FetchLike } from './http';
export { backoffDelay, BACKOFF_BASE_MS, BACKOFF_CAP_MS } from './backoff';
export { getSyncState, type SyncState } from './sync-state';
export { readdress, scopeUnit } from './readdress';
export { BACKGROUND_SYNC_TAG, SW_SYNC_MESSAGE } from './background';
export { registerBackgroundSync } from './background';
