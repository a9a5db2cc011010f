import { matchPath } from 'react-router-dom';
import { COUNTY_MODULE, MODULES } from './modules';
import type { ModuleRoutes } from './types';
import type { LazyPage } from './lazyPage';

type Route = ModuleRoutes['routes'][number];
const preload = (r: Route): Promise<unknown> => (r.component as Partial<LazyPage>).preload?.() ?? Promise.resolve();

/** The module and page the app shows at this address ('/' opens the Posyandu tab). */
function routeAt(pathname: string): { mod: ModuleRoutes; route: Route } | null {
  const path = pathname === '/' ? '/posyandu' : pathname;
  for (const mod of [...MODULES, COUNTY_MODULE]) {
    const route = mod.routes.find((r) => matchPath(r.path, path));
    if (route) return { mod, route };
  }
  return null;
}

/**
 * Starts loading the page for the address the app opens at, before React first renders. Without
 * this the page's chunks are requested only once Ionic's outlet is up, one round of requests after
 * another, while the main thread sits idle between them (issue 2: cold start).
 */
export function preloadRoute(pathname: string): Promise<unknown> {
  const at = routeAt(pathname);
  return at ? preload(at.route) : Promise.resolve();
}

/**
 * After the first screen, loads the other pages of the module the app opened in, then the first
 * page of every other tab, one per idle moment: the next tap (the day's weighing, a child's card,
 * the Sinkron tab) then renders at once instead of showing a spinner React keeps up for 300 ms.
 */
export function preloadModuleLater(pathname: string): void {
  const at = routeAt(pathname);
  if (!at || typeof requestIdleCallback !== 'function') return;
  const tabHomes = MODULES.filter((m) => m !== at.mod).map((m) => m.routes.find((r) => r.path === m.tab?.path) ?? m.routes[0]);
  const pages = [...new Set([...at.mod.routes, ...tabHomes])];
  const next = () => {
    const page = pages.shift();
    if (page) void preload(page).then(() => requestIdleCallback(next, { timeout: 5000 }));
  };
  requestIdleCallback(next, { timeout: 5000 });
}
