import { useCallback, useRef, useState } from 'react';
import { t } from '../i18n';
import { explainSaveError, type SaveFailure } from './save-errors';
import { reportStorageProblem } from './storage-notice';
import { useToast } from './overlays';

export type SaveResult<T> = ({ ok: true; value: T }) | ({ ok: false } & SaveFailure);

export interface SaveOptions {
  /** Toast after a successful save: text, or false for none. Default: 'Tersimpan'. */
  success?: string | false;
}

/**
 * Runs a save and tells the user what happened. Modules use it for every write:
 *
 *   const { save, saving } = useSaver();
 *   const r = await save(() => saveRecord(getDb(), input, ctx));
 *   if (r.ok) navigate(...);
 *
 * An invalid record or a storage failure (quota full, database blocked by an old tab, ...) shows
 * a toast in the user's language and resolves `{ ok: false }`; it never throws and never deletes
 * anything, so what was saved before stays saved and the form keeps its values for a retry.
 */
export function useSaver() {
  const [present] = useToast();
  const [saving, setSaving] = useState(false);
  // Guards against double taps: a second save while one runs is ignored, not queued.
  const busy = useRef(false);

  const save = useCallback(
    async <T,>(fn: () => Promise<T>, options: SaveOptions = {}): Promise<SaveResult<T>> => {
      if (busy.current) return { ok: false, problem: 'busy', message: '', error: null };
      busy.current = true;
      setSaving(true);
      try {
        const value = await fn();
        const success = options.success ?? t('common.saved');
        if (success) void present({ message: success, duration: 1500, position: 'top', color: 'success' });
        return { ok: true, value };
      } catch (err) {
        const failure = await explainSaveError(err);
        if (failure.problem !== 'invalid' && failure.problem !== 'busy') reportStorageProblem(failure.problem);
        void present({
          message: failure.message,
          duration: failure.problem === 'invalid' ? 4000 : 8000,
          position: 'top',
          color: failure.problem === 'invalid' ? 'warning' : 'danger',
          buttons: [{ text: t('common.ok'), role: 'cancel' }],
        });
        return { ok: false, ...failure };
      } finally {
        busy.current = false;
        setSaving(false);
      }
    },
    [present],
  );

  return { save, saving };
}
