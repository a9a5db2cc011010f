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
 * After the first screen, loads the other pages of the module the app opened in, one per idle
 * moment: the kader's next tap (the day's weighing, a child's card) then renders at once instead
 * of showing a spinner that React keeps up for at least 300 ms.
 */
export function preloadModuleLater(pathname: string): void {
  const path = homeOf(pathname);
  const mod: ModuleRoutes | undefined = ALL().find((m) => m.routes.some((r) => matchPath(r.path, path)));
  if (!mod || typeof requestIdleCallback !== 'function') return;
  const pages = [...new Set(mod.routes.map((r) => r.component as Preloadable))];
  const next = () => {
    const page = pages.shift();
    if (!page) return;
    void Promise.resolve(page.preload?.())
      .catch(() => undefined)
      .then(() => requestIdleCallback(next, { timeout: 5000 }));
  };
  requestIdleCallback(next, { timeout: 5000 });
}
