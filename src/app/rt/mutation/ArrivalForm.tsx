import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate } from 'react-router-dom';
import { recordArrival, type ArrivalInput } from '../../../data/rt';
import { checkKk } from '../../../domain/nik/input';
import { todayIso } from '../../../domain/dates';
import { useT, type MessageKey } from '../../i18n';
import { PersonFields } from '../register/PersonFields';
import { emptyPersonForm, personProblems, toPersonData, type PersonForm } from '../register/personForm';
import { CheckField, DateField, SelectField, TextField } from '../ui/Field';
import { useRt } from '../store';
import { useDraft } from '../useDraft';
import { useWriter } from '../useWriter';
import { householdOptions } from './householdOptions';

interface ArrivalDraft {
  date: string; place: string; notes: string; newHousehold: boolean; householdId: string;
  noKk: string; kkNote: string; address: string; people: PersonForm[];
}

/** An arrival: one person joining a household, or a whole household with its members, in one go. */
export function ArrivalForm() {
  const t = useT();
  const navigate = useNavigate();
  const unit = useRt((s) => s.unit)!;
  const reg = useRt((s) => s.reg)!;
  const { write, saving } = useWriter();
  const draft = useDraft<ArrivalDraft>('rt.arrival', {
    date: todayIso(), place: '', notes: '', newHousehold: true, householdId: '', noKk: '', kkNote: '', address: '', people: [emptyPersonForm()],
  });
  const v = draft.value;
  const set = (patch: Partial<ArrivalDraft>) => draft.update({ ...v, ...patch });
  const [tried, setTried] = useState(false);
  const kk = checkKk(v.noKk, unit.data.desaCode);
  const problems = v.people.map(personProblems);
  const hhBad = v.newHousehold ? !v.address.trim() || !!kk.blocking || (kk.warnings.length > 0 && !v.kkNote.trim()) : !v.householdId;

  const submit = async () => {
    setTried(true);
    if (hhBad || !v.date || problems.some((p) => Object.keys(p).length)) return;
    const input: ArrivalInput = {
      date: v.date, place: v.place.trim(), notes: v.notes.trim(),
      household: v.newHousehold
        ? { data: { address: v.address.trim(), noKk: v.noKk.trim() || undefined, kkNote: v.noKk.trim() ? v.kkNote.trim() || undefined : undefined } }
        : { id: v.householdId },
      people: v.people.map((p) => ({ data: toPersonData(p) })),
    };
    const r = await write((db, ctx) => recordArrival(db, unit.addr, input, ctx));
    if (r.ok) {
      await draft.clear();
      navigate(`/warga/kk/${r.value.household.id}`, { replace: true });
    }
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <DateField label={t('rt.m.date')} name="m-date" value={v.date} max={todayIso()} onChange={(x) => set({ date: x })} />
      <TextField label={t('rt.m.from')} name="m-place" value={v.place} onChange={(x) => set({ place: x })} />
      <CheckField name="m-newHousehold" label={t('rt.m.newHousehold')} checked={v.newHousehold} onChange={(x) => set({ newHousehold: x })} />
      {v.newHousehold ? (
        <>
          <TextField label={t('rt.hh.noKk')} name="m-noKk" value={v.noKk} inputMode="numeric" maxLength={16} onChange={(x) => set({ noKk: x })}
            error={v.noKk && kk.blocking ? t(`rt.check.${kk.blocking}` as MessageKey) : null} />
          {kk.warnings.map((w) => <p key={w} className="rt-warn">{t(`rt.check.${w}` as MessageKey)}</p>)}
          {kk.warnings.length > 0 && <TextField label={t('rt.hh.kkNote')} name="m-kkNote" value={v.kkNote} onChange={(x) => set({ kkNote: x })} />}
          <TextField label={t('rt.hh.address')} name="m-address" value={v.address} onChange={(x) => set({ address: x })}
            error={tried && !v.address.trim() ? t('common.required') : null} />
        </>
      ) : (
        <SelectField label={t('rt.m.existingHousehold')} name="m-household" value={v.householdId} empty={t('rt.p.pick')}
          onChange={(x) => set({ householdId: x })} options={householdOptions(reg, t('rt.hh.headless'))}
          error={tried && !v.householdId ? t('common.required') : null} />
      )}
      {v.people.map((p, i) => (
        <fieldset key={i} className="rt-card" data-testid={`arrival-person-${i}`}>
          <legend>{t('rt.m.personN', { n: i + 1 })}</legend>
          <PersonFields f={p} prefix={`a${i}-`} problems={problems[i]} tried={tried}
            set={(f) => set({ people: v.people.map((q, j) => (j === i ? f : q)) })} />
          {v.people.length > 1 && (
            <IonButton size="small" fill="clear" color="danger" onClick={() => set({ people: v.people.filter((_, j) => j !== i) })}>{t('rt.m.removePerson')}</IonButton>
          )}
        </fieldset>
      ))}
      <IonButton size="small" fill="outline" id="m-addPerson" onClick={() => set({ people: [...v.people, emptyPersonForm()] })}>{t('rt.m.addPerson')}</IonButton>
      <TextField label={t('rt.m.notes')} name="m-notes" value={v.notes} onChange={(x) => set({ notes: x })} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
