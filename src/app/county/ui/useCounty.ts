import { useCallback, useEffect, useState } from 'react';
import { CountyApiError, getJson, type CountyError } from '../api';

/** Loads a county endpoint; reloads when the path changes; `reload` after a change. */
export function useCounty<T>(path: string | null): { data: T | null; error: CountyError | null; loading: boolean; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<CountyError | null>(null);
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!path) return;
    let live = true;
    setLoading(true);
    setError(null);
    getJson<T>(path).then(
      (d) => live && (setData(d), setLoading(false)),
      (e) => live && (setError(e instanceof CountyApiError ? e.info : { kind: 'server', reason: String(e) }), setLoading(false)),
    );
    return () => {
      live = false;
    };
  }, [path, tick]);
  const reload = useCallback(() => setTick((x) => x + 1), []);
  return { data, error, loading, reload };
}
