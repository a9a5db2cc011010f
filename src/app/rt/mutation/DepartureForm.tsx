import { useRef, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate } from 'react-router-dom';
import { recordDeparture, type Register } from '../../../data/rt';
import { isValidIsoDate } from '../../../domain/dates';
import { personEventProblem } from '../../../domain/records/rt-dates';
import type { RecordIssue } from '../../../domain/records/issues';
import { useT } from '../../i18n';
import { localTodayIso } from '../../ui/DateInput';
import { useIssueWords } from '../../ui/useIssueWords';
import { scrollToFirstProblem } from '../../ui/scrollToProblem';
import { CheckField, DateField, SelectField, TextField } from '../ui/Field';
import { useRt } from '../store';
import { useWriter } from '../useWriter';
import { useDraft } from '../useDraft';
import { residentOptions } from './householdOptions';
import { timelineOf } from './timeline';

interface DepartureDraft { personId: string; picked: string[]; date: string; place: string; notes: string }

const activeOf = (reg: Register, householdId: string | null | undefined) =>
  reg.households.find((h) => h.household.id === householdId)?.active.map((m) => m.person.id) ?? [];

/**
 * A departure of one person, or of more members of the same household on the same date to the
 * same place. Only the person chosen is ticked: the whole household is an explicit choice (the
 * box "Seluruh anggota KK ikut pindah", or the KK page's "Seluruh KK pindah", which opens this
 * form with everyone ticked). `personId`/`householdId`/`whole` come from the address.
 */
export function DepartureForm({ personId, householdId, whole }: { personId: string; householdId: string; whole: boolean }) {
  const t = useT();
  const words = useIssueWords();
  const navigate = useNavigate();
  const unit = useRt((s) => s.unit)!;
  const reg = useRt((s) => s.reg)!;
  const { write, saving } = useWriter();
  const form = useRef<HTMLFormElement>(null);
  const today = localTodayIso();
  const startHh = householdId || reg.byPerson.get(personId)?.household?.id || '';
  const everyone = activeOf(reg, startHh);
  const first = personId || (whole ? reg.households.find((h) => h.household.id === startHh)?.head?.id ?? everyone[0] ?? '' : '');
  // Keyed by what the form was opened for: a draft for another person or household is not mixed in.
  const draft = useDraft<DepartureDraft>(`rt.departure.${personId || householdId || 'baru'}${whole ? '.semua' : ''}`, {
    personId: first, picked: whole ? everyone : first ? [first] : [], date: today, place: '', notes: '',
  });
  const f = draft.value;
  const chosen = reg.byPerson.get(f.personId);
  const hh = chosen?.household?.id ?? startHh;
  const members = reg.households.find((h) => h.household.id === hh)?.active ?? [];
  const picked = new Set(f.picked);
  const all = members.length > 0 && members.every((m) => picked.has(m.person.id));
  const [tried, setTried] = useState(false);
  const field = (k: 'date' | 'place' | 'notes') => ({ name: `m-${k}`, value: f[k], onChange: (v: string) => draft.update({ ...f, [k]: v }) });
  const choose = (id: string) => draft.update({ ...f, personId: id, picked: id ? [id] : [] });
  const tick = (id: string, on: boolean) => {
    const s = new Set(picked);
    if (on) s.add(id);
    else s.delete(id);
    draft.update({ ...f, picked: [...s] });
  };
  // Each person who leaves: not before their birth, not on or after their death, not after today.
  let order: RecordIssue | null = null;
  if (isValidIsoDate(f.date)) {
    for (const id of f.picked) {
      const p = reg.byPerson.get(id)?.person;
      order = p ? personEventProblem({ name: p.data.name, birthDate: p.data.birthDate }, timelineOf(reg, id), { type: 'pindah', date: f.date }, today) : null;
      if (order) break;
    }
  }
  const dateError = !f.date ? (tried ? t('common.required') : null) : words(order);

  const submit = async () => {
    setTried(true);
    if (!picked.size || !isValidIsoDate(f.date) || order) return scrollToFirstProblem(form.current);
    const r = await write((db, ctx) => recordDeparture(db, unit.addr, [...picked], { date: f.date, place: f.place.trim(), notes: f.notes.trim() }, ctx));
    if (r.ok) {
      await draft.clear();
      navigate('/warga/mutasi', { replace: true });
    }
  };

  return (
    <form ref={form} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <SelectField label={t('rt.m.person')} name="m-personId" value={f.personId} onChange={choose} empty={t('rt.p.pick')}
        options={residentOptions(reg)} error={tried && !picked.size ? t('common.required') : null} />
      {members.length > 1 && (
        <fieldset className="rt-card">
          <legend>{t('rt.m.others')}</legend>
          <CheckField name="m-whole" label={t('rt.m.whole')} checked={all}
            onChange={(on) => draft.update({ ...f, picked: on ? members.map((m) => m.person.id) : f.personId ? [f.personId] : [] })} />
          {members.map((m) => (
            <CheckField key={m.person.id} name={`m-who-${m.person.id}`} label={m.person.data.name} checked={picked.has(m.person.id)}
              onChange={(on) => tick(m.person.id, on)} />
          ))}
        </fieldset>
      )}
      <DateField label={t('rt.m.date')} {...field('date')} max={today} error={dateError} />
      <TextField label={t('rt.m.to')} {...field('place')} />
      <TextField label={t('rt.m.notes')} {...field('notes')} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
