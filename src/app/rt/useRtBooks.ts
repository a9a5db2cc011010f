import { useEffect } from 'react';
import { useRt } from './store';

/** Every RT page calls this; the first call loads the books, later ones read the same copy. */
export function useRtBooks() {
  const state = useRt();
  const load = state.load;
  useEffect(() => {
    void load();
  }, [load]);
  return state;
}
