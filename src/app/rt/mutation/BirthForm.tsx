import { useRef, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate } from 'react-router-dom';
import { recordBirth } from '../../../data/rt';
import { useT } from '../../i18n';
import { localTodayIso } from '../../ui/DateInput';
import { scrollToFirstProblem } from '../../ui/scrollToProblem';
import { PersonFields } from '../register/PersonFields';
import { emptyPersonForm, personProblems, toPersonData } from '../register/personForm';
import { SelectField, TextField } from '../ui/Field';
import { useRt } from '../store';
import { useDraft } from '../useDraft';
import { useWriter } from '../useWriter';
import { householdOptions } from './householdOptions';

/** A birth: the baby is created in the household together with the 'lahir' entry (one transaction). */
export function BirthForm({ householdId }: { householdId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const unit = useRt((s) => s.unit)!;
  const reg = useRt((s) => s.reg)!;
  const { write, saving } = useWriter();
  const form = useRef<HTMLFormElement>(null);
  const draft = useDraft('rt.birth', {
    form: emptyPersonForm({ familyPosition: 'anak', canRead: false, kk: false, akta: false, maritalStatus: 'belum_kawin', religion: '' }),
    householdId, notes: '',
  });
  const v = draft.value;
  const hh = v.householdId || householdId;
  const [tried, setTried] = useState(false);
  // A birth date after today is refused at the field, in words (personProblems).
  const problems = personProblems(v.form, localTodayIso());

  const submit = async () => {
    setTried(true);
    if (Object.keys(problems).length || !hh) return scrollToFirstProblem(form.current);
    const r = await write((db, ctx) => recordBirth(db, unit.addr, hh, toPersonData(v.form), ctx, { notes: v.notes.trim() || undefined }));
    if (r.ok) {
      await draft.clear();
      navigate(`/warga/kk/${hh}`, { replace: true });
    }
  };

  return (
    <form ref={form} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <SelectField label={t('rt.m.household')} name="m-household" value={hh} empty={t('rt.p.pick')}
        onChange={(x) => draft.update({ ...v, householdId: x })} options={householdOptions(reg, t('rt.hh.headless'))}
        error={tried && !hh ? t('common.required') : null} />
      <PersonFields f={v.form} set={(f) => draft.update({ ...v, householdId: hh, form: f })} problems={problems} tried={tried} />
      <TextField label={t('rt.m.notes')} name="m-notes" value={v.notes} onChange={(x) => draft.update({ ...v, notes: x })} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('rt.m.saveBirth')}</IonButton>
    </form>
  );
}
