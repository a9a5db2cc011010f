import { useCallback, useEffect, useRef, useState } from 'react';
import { useIonViewWillEnter } from '@ionic/react';

/**
 * Loads async data for a screen; `reload()` after a save. Ionic keeps visited pages mounted, so the
 * data is read again each time the page comes back into view (after editing a family, say).
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { data: T | undefined; error: unknown; reload(): void } {
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
  const entered = useRef(false);
  useIonViewWillEnter(() => {
    // The first enter is the mount itself, already loading.
    if (entered.current) setTick((n) => n + 1);
    entered.current = true;
  });
  return { data, error, reload: () => setTick((n) => n + 1) };
}
