// Background Sync: the browser wakes the service worker when signal returns, even with the app
// closed. The engine needs the database and token, which live in the page, so the worker only
// asks open pages to sync (message below); with no page open the next app start syncs anyway.

export const BACKGROUND_SYNC_TAG = 'kader-desa-sync';
/** postMessage type the service worker sends to clients on a 'sync' event with our tag. */
export const SW_SYNC_MESSAGE = 'kader-desa-sync';

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

/** Asks the browser for a wake-up when the network is back; silently nothing where unsupported. */
export async function registerBackgroundSync(): Promise<boolean> {
  try {
    const sw = (globalThis as { navigator?: Navigator }).navigator?.serviceWorker;
    if (!sw) return false;
    const reg = (await Promise.race([sw.ready, new Promise((r) => setTimeout(r, 2_000, null))])) as
      | (ServiceWorkerRegistration & { sync?: SyncManagerLike })
      | null;
    if (!reg?.sync) return false;
    await reg.sync.register(BACKGROUND_SYNC_TAG);
    return true;
  } catch {
    return false;
  }
}
