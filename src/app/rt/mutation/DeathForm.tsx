import { useRef, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate } from 'react-router-dom';
import { recordDeath } from '../../../data/rt';
import { isValidIsoDate } from '../../../domain/dates';
import { personEventProblem } from '../../../domain/records/rt-dates';
import { useT } from '../../i18n';
import { localTodayIso } from '../../ui/DateInput';
import { useIssueWords } from '../../ui/useIssueWords';
import { scrollToFirstProblem } from '../../ui/scrollToProblem';
import { DateField, SelectField, TextField } from '../ui/Field';
import { useRt } from '../store';
import { useWriter } from '../useWriter';
import { useDraft } from '../useDraft';
import { residentOptions } from './householdOptions';
import { timelineOf } from './timeline';

/** A death closes the person's residence; the person and their history stay in the books. */
export function DeathForm() {
  const t = useT();
  const words = useIssueWords();
  const navigate = useNavigate();
  const unit = useRt((s) => s.unit)!;
  const reg = useRt((s) => s.reg)!;
  const { write, saving } = useWriter();
  const form = useRef<HTMLFormElement>(null);
  const today = localTodayIso();
  const draft = useDraft('rt.death', { personId: '', date: today, cause: '', notes: '' });
  const f = draft.value;
  const [tried, setTried] = useState(false);
  const field = (k: keyof typeof f) => ({ name: `m-${k}`, value: f[k], onChange: (v: string) => draft.update({ ...f, [k]: v }) });
  const person = f.personId ? reg.byPerson.get(f.personId)?.person : undefined;
  // Before the birth, before an entry already in the books, after today: said at the date.
  const order = person && isValidIsoDate(f.date)
    ? personEventProblem({ name: person.data.name, birthDate: person.data.birthDate }, timelineOf(reg, person.id), { type: 'mati', date: f.date }, today)
    : null;
  const dateError = !f.date ? (tried ? t('common.required') : null) : words(order);

  const submit = async () => {
    setTried(true);
    if (!f.personId || !isValidIsoDate(f.date) || order) return scrollToFirstProblem(form.current);
    const r = await write((db, ctx) => recordDeath(db, unit.addr, f.personId, { date: f.date, cause: f.cause.trim(), notes: f.notes.trim() }, ctx));
    if (r.ok) {
      await draft.clear();
      navigate('/warga/mutasi', { replace: true });
    }
  };

  return (
    <form ref={form} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <SelectField label={t('rt.m.person')} {...field('personId')} empty={t('rt.p.pick')} options={residentOptions(reg)}
        error={tried && !f.personId ? t('common.required') : null} />
      <DateField label={t('rt.m.date')} {...field('date')} max={today} error={dateError} />
      <TextField label={t('rt.m.cause')} {...field('cause')} />
      <TextField label={t('rt.m.notes')} {...field('notes')} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
