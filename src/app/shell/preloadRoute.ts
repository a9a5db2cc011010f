import { matchPath } from 'react-router-dom';
import { COUNTY_MODULE, MODULES } from './modules';
import type { ModuleRoutes } from './types';

type Preloadable = { preload?: () => Promise<unknown> };
const ALL = () => [...MODULES, COUNTY_MODULE];
const homeOf = (pathname: string) => (pathname === '/' ? '/posyandu' : pathname);

/**
 * Starts loading the page for the address the app opens at, before React first renders. Without
 * this the page's chunks are requested only once Ionic's outlet is up, one round of requests after
 * another, while the main thread sits idle between them (issue 2: cold start).
 */
export function preloadRoute(pathname: string): Promise<unknown> {
  const path = homeOf(pathname);
  for (const m of ALL()) {
    for (const r of m.routes) {
      if (matchPath(r.path, path)) return (r.component as Preloadable).preload?.() ?? Promise.resolve();
    }
  }
  return Promise.resolve();
}

/**
 * After the first screen, loads the other pages of the module the app opened in, then the first
 * page of every other tab, one per idle moment: the next tap (the day's weighing, a child's card,
 * the Sinkron tab) then renders at once instead of showing a spinner React keeps up for 300 ms.
 */
export function preloadModuleLater(pathname: string): void {
  const path = homeOf(pathname);
  const mod: ModuleRoutes | undefined = ALL().find((m) => m.routes.some((r) => matchPath(r.path, path)));
  if (!mod || typeof requestIdleCallback !== 'function') return;
  const tabHomes = MODULES.filter((m) => m !== mod).map((m) => m.routes.find((r) => r.path === m.tab?.path) ?? m.routes[0]);
  const pages = [...new Set([...mod.routes, ...tabHomes].map((r) => r.component as Preloadable))];
  const next = () => {
    const page = pages.shift();
    if (!page) return;
    void Promise.resolve(page.preload?.())
      .catch(() => undefined)
      .then(() => requestIdleCallback(next, { timeout: 5000 }));
  };
  requestIdleCallback(next, { timeout: 5000 });
}
