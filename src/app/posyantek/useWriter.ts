import { useCallback } from 'react';
import { getDb, type KaderDb } from '../../data';
import { writeContext } from '../../data/lkd';
import type { WriteContext } from '../../data/records';
import { useSaver, type SaveOptions } from '../shell/useSaver';
import { usePosyantek } from './store';

/** One write through useSaver (the user's words for a refusal or a full phone), then a reload. */
export function useWriter() {
  const { save, saving } = useSaver();
  const reload = usePosyantek((s) => s.reload);
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
