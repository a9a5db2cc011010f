import type { Workbox } from 'workbox-window';
import { create } from 'zustand';
import { getDb } from '../../data/storage';

/**
 * The update flow. A new version's service worker installs in the background and then WAITS;
 * the user is asked (UpdateBanner) and the page reloads only when they tap "Muat ulang".
 * Reloading loses nothing: records, the sync queue and form drafts all live in IndexedDB.
 */
interface UpdateState {
  /** A new version is installed and waiting for the user. */
  available: boolean;
  /** The user said "Nanti": the banner hides, Settings still offers the update. */
  postponed: boolean;
  postpone(): void;
}

export const useUpdate = create<UpdateState>((set) => ({
  available: false,
  postponed: false,
  postpone: () => set({ postponed: true }),
}));

let wb: Workbox | undefined;
let userAccepted = false;

const HOUR = 60 * 60 * 1000;

/**
 * Registers the service worker and watches for updates. Called after the first screen: the
 * browser registers only after the page's load event anyway, and workbox-window is then read from
 * its own chunk instead of the first screen's.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void import('workbox-window')
    .then(({ Workbox }) => {
      wb = new Workbox('/sw.js', { scope: '/' });
      wb.addEventListener('waiting', () => useUpdate.setState({ available: true, postponed: false }));
      // Only a reload the user asked for here; another tab accepting the update does not reload us.
      // (Listened to directly: workbox-window's 'controlling' is skipped for a worker found by an
      // update check it did not start itself.)
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (userAccepted) window.location.reload();
      });
      const check = () => void wb?.update().catch(() => undefined); // offline: try again later
      setInterval(check, HOUR);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
      return wb.register();
    })
    .catch((err: unknown) => console.warn('service worker registration failed', err));
}

/** What the user should know before reloading: both stay on the phone through a reload. */
export async function beforeReloadFacts(): Promise<{ drafts: number; pending: number }> {
  const db = getDb();
  const [drafts, pending] = await Promise.all([db.drafts.count(), db.outbox.count()]).catch(() => [0, 0]);
  return { drafts, pending };
}

/** Activates the waiting version; the page reloads once it controls this tab. */
export function applyUpdate(): void {
  userAccepted = true;
  if (wb) wb.messageSkipWaiting();
  else window.location.reload();
}
