import { useEffect, useState } from 'react';
import { getDb } from '../../../data';
import { clearDraft, loadDraft, saveDraft, type Services, type Visit } from '../../../data/posyandu';

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

/** A saved weighing as the form shows it, every field (a correction starts from all of it). */
export function visitToForm(v: Visit['data'], lang: 'id' | 'en', fallback: WeighForm['position']): WeighForm {
  // The kader types a decimal comma in Indonesian; show what she would type.
  const num = (x: number | undefined) => (x === undefined ? '' : lang === 'id' ? String(x).replace('.', ',') : String(x));
  return {
    weight: num(v.weightKg), length: num(v.lengthCm), position: v.position ?? fallback, head: num(v.headCm), muac: num(v.muacCm),
    notes: v.notes ?? '', services: v.services ?? {}, confirm: !!v.implausibleConfirmed,
  };
}

/**
 * The weighing form state, mirrored into db.drafts on every change: a reload, a crash or an app
 * update in the middle of the Posyandu day gives the kader back exactly what was typed. Without a
 * draft the form starts from `initial` (empty, or the saved weighing being corrected); `form` is
 * null until that is known, so nothing typed is overwritten by a late load.
 */
export function useWeighDraft(key: string, initial: () => WeighForm | Promise<WeighForm>) {
  const [form, setForm] = useState<WeighForm | null>(null);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    let live = true;
    setForm(null);
    void (async () => {
      const d = await loadDraft<WeighForm>(getDb(), key);
      const f = d ?? (await initial());
      if (!live) return;
      setForm(f);
      setRestored(!!d);
    })();
    return () => { live = false; };
    // `initial` is read once per key: the draft key names what is being weighed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const update = (patch: Partial<WeighForm>) => {
    setForm((f) => {
      if (!f) return f;
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
