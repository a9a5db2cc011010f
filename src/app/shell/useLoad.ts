import type { StoreApi, UseBoundStore } from 'zustand';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { onDataChanged } from './data-changed';

/**
 * Loads async data for a screen; `reload()` after a save. Ionic keeps visited pages mounted, so the
 * data is read again each time the page comes back into view (after editing a family, say), and
 * when sync changed records underneath it (shell/data-changed.ts). A form that copies the loaded
 * data into what the user is typing passes `{ live: false }`, so a sync never resets the typing.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[], opts: { live?: boolean } = {}): { data: T | undefined; error: unknown; reload(): void } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [tick, setTick] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    run().then(
      (d) => live && setData(d),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [run, tick]);
  // Ionic keeps earlier pages mounted: coming back to one (after saving a member, say) must show
  // what changed meanwhile. The route's path changes on every navigation, also for the pages
  // Ionic keeps hidden, so a new path is the moment to read again (Ionic's view-enter hooks did
  // not fire through the lazy page wrapper).
  const { pathname } = useLocation();
  const seen = useRef(pathname);
  useEffect(() => {
    if (seen.current !== pathname) {
      seen.current = pathname;
      setTick((n) => n + 1);
    }
  }, [pathname]);
  const live = opts.live !== false;
  useEffect(() => (live ? onDataChanged(() => setTick((n) => n + 1)) : undefined), [live]);
  return { data, error, reload: () => setTick((n) => n + 1) };
}

/**
 * A module's shared store (the open Posyandu's register, the RT books): its `load()` reads the
 * database once per app run and is a no-op after that, so calling it through `useLoad` on every
 * page and every return to a page costs nothing; pages then read the store, which saves update.
 */
export function useStoreLoad<S extends { load(): Promise<unknown> }>(useStore: UseBoundStore<StoreApi<S>>): S {
  // The stores follow sync changes themselves (without a spinner), so no live re-run here.
  useLoad(() => useStore.getState().load(), [], { live: false });
  return useStore();
}
