import { matchPath } from 'react-router-dom';
import { COUNTY_MODULE, MODULES } from './modules';

/**
 * Starts loading the page for the address the app opens at, before React first renders. Without
 * this the page's chunks are requested only once Ionic's outlet is up, one round of requests after
 * another, while the main thread sits idle between them (issue 2: cold start).
 */
export function preloadRoute(pathname: string): Promise<unknown> {
  const path = pathname === '/' ? '/posyandu' : pathname;
  for (const m of [...MODULES, COUNTY_MODULE]) {
    for (const r of m.routes) {
      if (!matchPath(r.path, path)) continue;
      const c = r.component as { preload?: () => Promise<unknown> };
      return c.preload?.() ?? Promise.resolve();
    }
  }
  return Promise.resolve();
}
