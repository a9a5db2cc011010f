import { useEffect, useRef, useState } from 'react';
import { getDb } from '../../data';

/**
 * Form state kept in db.drafts as the user types, so a long form survives a reload or an app
 * update. `clear()` after a successful save.
 */
export function useDraft<T extends object>(key: string, initial: T) {
  const [value, setValue] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  const touched = useRef(false);
  useEffect(() => {
    let live = true;
    void getDb().drafts.get(key).then((d) => {
      if (live && d && !touched.current) setValue({ ...initial, ...(d.value as T) });
      if (live) setRestored(true);
    }).catch(() => setRestored(true));
    return () => { live = false; };
    // The draft is read once per key; `initial` changes identity on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const update = (next: T) => {
    touched.current = true;
    setValue(next);
    void getDb().drafts.put({ key, value: next, updatedAt: new Date().toISOString() }).catch(() => undefined);
  };
  const clear = () => getDb().drafts.delete(key).catch(() => undefined);
  return { value, update, clear, restored };
}
