import { createElement, type ComponentType } from 'react';
import { loadStrings, useLang, type ModuleStrings } from '../i18n';

const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 0));

export type LazyPage<P extends object = object> = ComponentType<P> & {
  /** Starts loading the page's code and strings now (the same load the page waits for). */
  preload(): Promise<unknown>;
};

/**
 * A page loaded on demand together with its module's strings (and, for a page that prints, the
 * 'print' strings), so it never renders raw keys.
 * Unlike React.lazy, a page already loaded (preloadRoute at start, or an earlier visit) renders
 * in the same pass: no spinner frame and no second render on a cold start.
 */
export function lazyPage<P extends object = object>(strings: ModuleStrings | ModuleStrings[], load: () => Promise<{ default: ComponentType<P> }>): LazyPage<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<unknown> | null = null;
  let failed: { error: unknown } | null = null;
  const start = () =>
    (loading ??= Promise.all([load(), ...[strings].flat().map((s) => loadStrings(s, useLang.getState().lang))]).then(
      ([m]) => {
        loaded = m.default;
        // The words for refused records (shared by every module) follow once the main thread is
        // idle: they never hold up a page, nor the first screen.
        idle(() => void loadStrings('records', useLang.getState().lang).catch(() => undefined));
      },
      (error: unknown) => void (failed = { error }),
    ));
  function Page(props: P) {
    if (loaded) return createElement(loaded, props);
    if (failed) {
      // To the error boundary; the next render (its retry) loads again.
      const { error } = failed;
      failed = null;
      loading = null;
      throw error;
    }
    // Suspense waits for it, then renders again.
    throw start();
  }
  Page.preload = start;
  return Page as LazyPage<P>;
}
