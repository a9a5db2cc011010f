/// <reference lib="webworker" />
import { precacheAndRoute, cleanupOutdatedCaches, createHandlerBoundToURL } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { BACKGROUND_SYNC_TAG, SW_SYNC_MESSAGE } from './sync/background';

declare const self: ServiceWorkerGlobalScope;

// The whole app shell (every JS/CSS chunk, index.html, icons, manifest) is precached at install,
// so a cold start with no network opens the app and every tab's lazy page is already there.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Every app URL opens the precached shell; /api/ always goes to the network (sync handles failure).
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

// First install: take over at once and claim the open page, so the very first visit is already
// controlled and works offline after it. An update instead waits until the user taps
// "Muat ulang" (SKIP_WAITING from src/app/shell/update.ts), never under a half-filled form.
let firstInstall = false;

/**
 * The hashed build files under /assets/ are read straight from the precache by the browser
 * (Static Routing API): none of a cold start's modules waits for this worker's script to run or
 * passes through its JavaScript (on the throttled bench the gain alone was within noise;
 * docs/cold-start.md). Hashed names never change content, so the cache is always right for them;
 * a miss (an asset of an older release) falls back to the network as before. Browsers without the
 * API keep the fetch handler's precache route.
 */
interface StaticRoute {
  condition: { urlPattern: object | string };
  source: 'cache';
}
function addStaticRoutes(event: ExtendableEvent) {
  const install = event as ExtendableEvent & { addRoutes?: (routes: StaticRoute[]) => Promise<void> };
  // URLPattern is not in TypeScript's lib yet.
  const Pattern = (self as unknown as { URLPattern?: new (init: { pathname: string }) => object }).URLPattern;
  if (typeof install.addRoutes !== 'function' || !Pattern) return;
  const routes: StaticRoute[] = [{ condition: { urlPattern: new Pattern({ pathname: '/assets/*' }) }, source: 'cache' }];
  event.waitUntil(install.addRoutes(routes).catch(() => undefined));
}

self.addEventListener('install', (event) => {
  firstInstall = !self.registration.active;
  if (firstInstall) void self.skipWaiting();
  addStaticRoutes(event);
});

self.addEventListener('activate', (event) => {
  if (firstInstall) event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Background Sync: signal is back. The sync engine needs the page's database and token, so the
// worker only wakes the open pages; with none open, the next app start syncs.
interface SyncEvent extends ExtendableEvent {
  tag: string;
}
self.addEventListener('sync' as keyof ServiceWorkerGlobalScopeEventMap, (event) => {
  const e = event as unknown as SyncEvent;
  if (e.tag !== BACKGROUND_SYNC_TAG) return;
  e.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((clients) => {
      for (const c of clients) c.postMessage({ type: SW_SYNC_MESSAGE });
    }),
  );
});
