import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate } from 'react-router-dom';
import { recordDeparture } from '../../../data/rt';
import { todayIso } from '../../../domain/dates';
import { useT } from '../../i18n';
import { CheckField, DateField, SelectField, TextField } from '../ui/Field';
import { useRt } from '../store';
import { useWriter } from '../useWriter';
import { useDraft } from '../useDraft';
import { householdOptions } from './householdOptions';

/** A departure of some or all members of one household, same date and destination. */
export function DepartureForm({ householdId }: { householdId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const unit = useRt((s) => s.unit)!;
  const reg = useRt((s) => s.reg)!;
  const { write, saving } = useWriter();
  const membersOf = (id: string) => reg.households.find((h) => h.household.id === id)?.active.map((m) => m.person.id) ?? [];
  // Keyed by the household the form was opened for: a draft for another household is not mixed in.
  const draft = useDraft(`rt.departure.${householdId}`, { hh: householdId, picked: membersOf(householdId), date: todayIso(), place: '', notes: '' });
  const f = draft.value;
  const hh = f.hh;
  const row = reg.households.find((h) => h.household.id === hh);
  const picked = new Set(f.picked);
  const setPicked = (s: Set<string>) => draft.update({ ...f, picked: [...s] });
  const [tried, setTried] = useState(false);
  const field = (k: 'date' | 'place' | 'notes') => ({ name: `m-${k}`, value: f[k], onChange: (v: string) => draft.update({ ...f, [k]: v }) });

  const chooseHousehold = (id: string) => {
    draft.update({ ...f, hh: id, picked: membersOf(id) });
  };
  const submit = async () => {
    setTried(true);
    if (!picked.size || !f.date) return;
    const r = await write((db, ctx) => recordDeparture(db, unit.addr, [...picked], { date: f.date, place: f.place.trim(), notes: f.notes.trim() }, ctx));
    if (r.ok) {
      await draft.clear();
      navigate('/warga/mutasi', { replace: true });
    }
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <SelectField label={t('rt.m.household')} name="m-household" value={hh} onChange={chooseHousehold} empty={t('rt.p.pick')}
        options={householdOptions(reg, t('rt.hh.headless'))} />
      {row && (
        <fieldset className="rt-card">
          <legend>{t('rt.m.people')}</legend>
          {row.active.map((m) => (
            <CheckField key={m.person.id} name={`m-who-${m.person.id}`} label={m.person.data.name} checked={picked.has(m.person.id)}
              onChange={(on) => { const s = new Set(picked); if (on) s.add(m.person.id); else s.delete(m.person.id); setPicked(s); }} />
          ))}
          {tried && !picked.size && <p className="rt-error" role="alert">{t('common.required')}</p>}
        </fieldset>
      )}
      <DateField label={t('rt.m.date')} {...field('date')} max={todayIso()} />
      <TextField label={t('rt.m.to')} {...field('place')} />
      <TextField label={t('rt.m.notes')} {...field('notes')} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
