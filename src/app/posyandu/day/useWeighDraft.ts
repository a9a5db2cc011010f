import { useEffect, useState } from 'react';
import { getDb } from '../../../data';
import { clearDraft, loadDraft, saveDraft, type Services } from '../../../data/posyandu';

export interface WeighForm {
  weight: string;
  length: string;
  position: 'lying' | 'standing';
  head: string;
  muac: string;
  notes: string;
  services: Services;
  confirm: boolean;
}

export const emptyWeighForm = (position: WeighForm['position']): WeighForm => ({
  weight: '', length: '', position, head: '', muac: '', notes: '', services: {}, confirm: false,
});

/**
 * The weighing form state, mirrored into db.drafts on every change: a reload, a crash or an app
 * update in the middle of the Posyandu day gives the kader back exactly what was typed.
 */
export function useWeighDraft(key: string, initial: () => WeighForm) {
  const [form, setForm] = useState<WeighForm>(initial);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    let live = true;
    void loadDraft<WeighForm>(getDb(), key).then((d) => {
      if (live && d) {
        setForm(d);
        setRestored(true);
      }
    });
    return () => { live = false; };
  }, [key]);
  const update = (patch: Partial<WeighForm>) => {
    setForm((f) => {
      const next = { ...f, ...patch };
      void saveDraft(getDb(), key, next);
      return next;
    });
  };
  const clear = async () => {
    await clearDraft(getDb(), key);
    setRestored(false);
  };
  return { form, update, clear, restored };
}
