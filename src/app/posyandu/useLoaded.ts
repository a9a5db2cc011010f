import { useEffect } from 'react';
import { usePosyandu } from './store';

/** Loads the open Posyandu once per app run; every page calls it and reads the same memory copy. */
export function useLoaded() {
  const state = usePosyandu();
  const load = state.load;
  useEffect(() => {
    void load();
  }, [load]);
  return state;
}
