import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate } from 'react-router-dom';
import { recordDeath } from '../../../data/rt';
import { todayIso } from '../../../domain/dates';
import { useT } from '../../i18n';
import { DateField, SelectField, TextField } from '../ui/Field';
import { useRt } from '../store';
import { useWriter } from '../useWriter';
import { useDraft } from '../useDraft';
import { residentOptions } from './householdOptions';

/** A death closes the person's residence; the person and their history stay in the books. */
export function DeathForm() {
  const t = useT();
  const navigate = useNavigate();
  const unit = useRt((s) => s.unit)!;
  const reg = useRt((s) => s.reg)!;
  const { write, saving } = useWriter();
  const draft = useDraft('rt.death', { personId: '', date: todayIso(), cause: '', notes: '' });
  const f = draft.value;
  const [tried, setTried] = useState(false);
  const field = (k: keyof typeof f) => ({ name: `m-${k}`, value: f[k], onChange: (v: string) => draft.update({ ...f, [k]: v }) });

  const submit = async () => {
    setTried(true);
    if (!f.personId || !f.date) return;
    const r = await write((db, ctx) => recordDeath(db, unit.addr, f.personId, { date: f.date, cause: f.cause.trim(), notes: f.notes.trim() }, ctx));
    if (r.ok) {
      await draft.clear();
      navigate('/warga/mutasi', { replace: true });
    }
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <SelectField label={t('rt.m.person')} {...field('personId')} empty={t('rt.p.pick')} options={residentOptions(reg)}
        error={tried && !f.personId ? t('common.required') : null} />
      <DateField label={t('rt.m.date')} {...field('date')} max={todayIso()} error={tried && !f.date ? t('common.required') : null} />
      <TextField label={t('rt.m.cause')} {...field('cause')} />
      <TextField label={t('rt.m.notes')} {...field('notes')} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
