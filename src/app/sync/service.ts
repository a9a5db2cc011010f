import { liveQuery } from 'dexie';
import { getDb } from '../../data/storage';
import { saveRecord, type SaveInput } from '../../data/records';
import { getEnrolment, getSyncState, registerBackgroundSync, SW_SYNC_MESSAGE, SyncEngine, SyncError, SyncScheduler, type EnrollResult, type SyncOutcome } from '../../sync';
import { outcomePatch, setSyncStatus } from './status-store';
import { dataChanged } from '../shell/data-changed';

// The app's one sync engine and scheduler, wired to the browser: the app database, fetch, the
// 'online' event, Web Locks (inside the scheduler), Background Sync and the status store.

let engine: SyncEngine | null = null;
let scheduler: SyncScheduler | null = null;

export function syncEngine(): SyncEngine {
  if (!engine) {
    engine = new SyncEngine({ db: getDb(), fetch: (url, init) => globalThis.fetch(url, init) });
    // Pulled records, enrolment: the module stores and open pages read again (no reload).
    engine.onDataChanged((modules) => dataChanged(modules));
  }
  return engine;
}

function syncScheduler(): SyncScheduler {
  scheduler ??= new SyncScheduler({
    run: () => syncEngine().syncOnce(),
    isOnline: () => globalThis.navigator?.onLine !== false,
    events: globalThis.window,
    onStart: () => setSyncStatus({ running: true, progress: null, lastOk: false }),
    onOutcome: (o) => {
      // The county revoked this phone and the final push left nothing unsent: the database is gone.
      if (!o.ok && o.reason === 'wiped') {
        void import('../security/wipe-app').then((m) => m.finishWipe());
        return;
      }
      setSyncStatus(outcomePatch(o));
      // Changes still waiting and no network: ask the browser to wake us when it is back.
      if (!o.ok && o.retryable) void registerBackgroundSync();
    },
    onRetryPlanned: (at) => setSyncStatus({ nextRetryAt: at }),
  });
  return scheduler;
}

let started = false;

/** Called once at app start (main.tsx): live counts, triggers, the first sync. */
export function startSync(): void {
  if (started) return;
  started = true;
  const db = getDb();
  const s = syncScheduler();
  syncEngine().onProgress((progress) => setSyncStatus({ progress }));
  // Every saveRecord/deleteRecord adds an outbox row: that is "a local change" for the scheduler.
  db.outbox.hook('creating', () => {
    s.notifyLocalChange();
  });
  const watch = <T,>(q: () => Promise<T>, next: (v: T) => void) =>
    liveQuery(q).subscribe({ next, error: () => undefined /* storage problems: the shell's banner */ });
  watch(() => db.outbox.count(), (pending) => setSyncStatus({ pending }));
  watch(() => db.rejections.count(), (rejected) => setSyncStatus({ rejected }));
  // Booleans are not IndexedDB keys, so 'resolved' cannot be queried through its index.
  watch(() => db.conflicts.filter((c) => !c.resolved).count(), (conflicts) => setSyncStatus({ conflicts }));
  watch(() => db.notices.filter((n) => !n.dismissedAt).count(), (notices) => setSyncStatus({ notices }));
  watch(() => getSyncState(db), (st) => setSyncStatus({ lastSuccessAt: st.lastSuccessAt }));
  watch(() => getEnrolment(db), (e) => setSyncStatus({ enrolled: !!e, role: e?.role ?? null, scopeLabel: e?.scope.label ?? null }));
  globalThis.navigator?.serviceWorker?.addEventListener('message', (ev: MessageEvent) => {
    if (ev.data?.type === SW_SYNC_MESSAGE) void s.trigger('background');
  });
  exposeE2eHook();
  s.start();
}

/**
 * Browser e2e only (tests/e2e/sync.e2e.test.ts): when localStorage 'kader-desa.e2e' is '1' the
 * page exposes saveRecord/getRecord on window.__kaderDesaE2E. It gives nothing the page itself
 * cannot do; off by default.
 */
function exposeE2eHook(): void {
  try {
    if (globalThis.localStorage?.getItem('kader-desa.e2e') !== '1') return;
  } catch {
    return;
  }
  const db = getDb();
  (globalThis as Record<string, unknown>).__kaderDesaE2E = {
    save: async (input: SaveInput<unknown>) => saveRecord(db, input, { by: (await getEnrolment(db))?.deviceId ?? 'local' }),
    get: (id: string) => db.records.get(id),
    syncNow,
  };
}

/** The "Sinkron sekarang" button. */
export function syncNow(): Promise<SyncOutcome> {
  return syncScheduler().syncNow('manual');
}

/** A record was saved somewhere the outbox hook cannot see (not needed with saveRecord). */
export function notifyLocalChange(): void {
  scheduler?.notifyLocalChange();
}

/** Enrols with a code; on success the first sync starts at once. Throws SyncError with a reason. */
export async function enrollDevice(code: string, deviceName?: string): Promise<EnrollResult> {
  const res = await syncEngine().enroll(code, { deviceName });
  setSyncStatus({ enrolled: true, role: res.role, scopeLabel: res.scope.label, lastErrorKind: null, lastErrorReason: '' });
  void syncNow();
  return res;
}

export { SyncError };
