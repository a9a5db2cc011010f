import { useCallback } from 'react';
import { getDb, type KaderDb } from '../../data';
import { writeContext } from '../../data/rt';
import type { WriteContext } from '../../data/records';
import { useSaver, type SaveOptions } from '../shell/useSaver';
import { useRt } from './store';

/**
 * Runs one book write through useSaver (toasts for invalid data and storage errors; the form keeps
 * its values on failure) with this device's write context, then reloads the books.
 */
export function useWriter() {
  const { save, saving } = useSaver();
  const reload = useRt((s) => s.reload);
  const write = useCallback(
    async <T,>(fn: (db: KaderDb, ctx: WriteContext) => Promise<T>, options?: SaveOptions) => {
      const r = await save(async () => {
        const db = getDb();
        return fn(db, await writeContext(db));
      }, options);
      if (r.ok) await reload();
      return r;
    },
    [save, reload],
  );
  return { write, saving };
}
