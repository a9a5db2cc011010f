import { useRef, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate } from 'react-router-dom';
import { recordArrival, type ArrivalInput } from '../../../data/rt';
import { isValidIsoDate } from '../../../domain/dates';
import { beforeBirth, futureDate } from '../../../domain/records/date-order';
import { useT } from '../../i18n';
import { localTodayIso } from '../../ui/DateInput';
import { NikField } from '../../ui/NikField';
import { useKkCheck } from '../../ui/useNikCheck';
import { useIssueWords } from '../../ui/useIssueWords';
import { scrollToFirstProblem } from '../../ui/scrollToProblem';
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

/**
 * An arrival: one person joining a household, or a whole household with its members, in one go.
 * What stops the save is said at its field (a missing KK note too), and the form scrolls there.
 */
export function ArrivalForm() {
  const t = useT();
  const words = useIssueWords();
  const navigate = useNavigate();
  const unit = useRt((s) => s.unit)!;
  const reg = useRt((s) => s.reg)!;
  const { write, saving } = useWriter();
  const form = useRef<HTMLFormElement>(null);
  const today = localTodayIso();
  const draft = useDraft<ArrivalDraft>('rt.arrival', {
    date: today, place: '', notes: '', newHousehold: true, householdId: '', noKk: '', kkNote: '', address: '', people: [emptyPersonForm()],
  });
  const v = draft.value;
  const set = (patch: Partial<ArrivalDraft>) => draft.update({ ...v, ...patch });
  const [tried, setTried] = useState(false);
  const kk = useKkCheck(v.noKk, unit.data.desaCode);
  const problems = v.people.map((p) => personProblems(p, today));
  const hhBad = v.newHousehold ? !v.address.trim() || !!kk.blocks(v.kkNote) : !v.householdId;
  // Not after today, and nobody arrives before being born.
  const order = isValidIsoDate(v.date)
    ? futureDate('rt.mutation', 'date', v.date, today)
      ?? v.people.map((p) => (isValidIsoDate(p.birthDate) ? beforeBirth('rt.mutation', 'date', v.date, { name: p.name.trim(), birthDate: p.birthDate }) : null)).find(Boolean) ?? null
    : null;
  const dateError = !v.date ? (tried ? t('common.required') : null) : words(order);

  const submit = async () => {
    setTried(true);
    if (hhBad || !isValidIsoDate(v.date) || order || problems.some((p) => Object.keys(p).length)) return scrollToFirstProblem(form.current);
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
    <form ref={form} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <DateField label={t('rt.m.date')} name="m-date" value={v.date} max={today} onChange={(x) => set({ date: x })} error={dateError} />
      <TextField label={t('rt.m.from')} name="m-place" value={v.place} onChange={(x) => set({ place: x })} />
      <CheckField name="m-newHousehold" label={t('rt.m.newHousehold')} checked={v.newHousehold} onChange={(x) => set({ newHousehold: x })} />
      {v.newHousehold ? (
        <>
          <NikField label={t('rt.hh.noKk')} name="m-noKk" value={v.noKk} onChange={(x) => set({ noKk: x })}
            note={v.kkNote} noteName="m-kkNote" onNoteChange={(x) => set({ kkNote: x })} nik={kk} tried={tried} />
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
