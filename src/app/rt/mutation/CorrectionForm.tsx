import { useRef, useState } from 'react';
import { IonButton } from '@ionic/react';
import { correctEntry, type EffectiveEntry } from '../../../data/rt';
import { useT } from '../../i18n';
import { isValidIsoDate } from '../../../domain/dates';
import { personEventProblem } from '../../../domain/records/rt-dates';
import { localTodayIso } from '../../ui/DateInput';
import { useIssueWords } from '../../ui/useIssueWords';
import { scrollToFirstProblem } from '../../ui/scrollToProblem';
import { timelineOf } from './timeline';
import { CheckField, DateField, TextField } from '../ui/Field';
import { useRt } from '../store';
import { useWriter } from '../useWriter';
import { useDraft } from '../useDraft';

/** Writes a correcting entry: new date/place/notes, or a cancel; the corrected entry stays as it was. */
export function CorrectionForm({ entry, onDone }: { entry: EffectiveEntry; onDone(): void }) {
  const t = useT();
  const words = useIssueWords();
  const unit = useRt((s) => s.unit)!;
  const reg = useRt((s) => s.reg)!;
  const { write, saving } = useWriter();
  const ref = useRef<HTMLFormElement>(null);
  const d = entry.data;
  const draft = useDraft(`rt.correction.${entry.entry.id}`, { date: d.date, place: d.place ?? '', cause: d.cause ?? '', notes: d.notes ?? '', reason: '', cancel: false });
  const f = draft.value;
  const setF = draft.update;
  const [tried, setTried] = useState(false);
  const text = (k: 'date' | 'place' | 'cause' | 'notes' | 'reason') => ({ name: `c-${k}`, value: f[k], onChange: (v: string) => setF({ ...f, [k]: v }) });

  // The corrected date in the person's book: same rules as a new entry, this entry left out.
  const order = !f.cancel && isValidIsoDate(f.date)
    ? personEventProblem({ name: d.name, birthDate: d.birthDate }, timelineOf(reg, d.personId), { type: d.type, date: f.date, replaces: entry.entry.id }, localTodayIso())
    : null;
  const dateError = !f.cancel && !f.date ? (tried ? t('common.required') : null) : words(order);

  const submit = async () => {
    setTried(true);
    if (!f.reason.trim() || order || (!f.cancel && !isValidIsoDate(f.date))) return scrollToFirstProblem(ref.current);
    const r = await write((db, ctx) => correctEntry(db, unit.addr, entry.entry.id, f.cancel
      ? { cancel: true, reason: f.reason.trim() }
      : { reason: f.reason.trim(), changes: { date: f.date, place: f.place.trim() || undefined, cause: f.cause.trim() || undefined, notes: f.notes.trim() || undefined } }, ctx));
    if (r.ok) {
      await draft.clear();
      onDone();
    }
  };

  return (
    <form ref={ref} className="rt-card" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h3>{t('rt.m.correction.title')}</h3>
      <p className="rt-muted">{t('rt.m.correction.explain')}</p>
      <CheckField name="c-cancel" label={t('rt.m.correction.cancel')} checked={f.cancel} onChange={(v) => setF({ ...f, cancel: v })} />
      {!f.cancel && (
        <>
          <DateField label={t('rt.m.date')} {...text('date')} max={localTodayIso()} error={dateError} />
          <TextField label={d.type === 'datang' ? t('rt.m.from') : t('rt.m.to')} {...text('place')} />
          {d.type === 'mati' && <TextField label={t('rt.m.cause')} {...text('cause')} />}
          <TextField label={t('rt.m.notes')} {...text('notes')} />
        </>
      )}
      <TextField label={t('rt.m.correction.reason')} {...text('reason')} error={tried && !f.reason.trim() ? t('common.required') : null} />
      <IonButton type="submit" size="small" disabled={saving}>{t('common.save')}</IonButton>
      <IonButton size="small" fill="clear" onClick={() => void draft.clear().then(onDone)}>{t('common.cancel')}</IonButton>
    </form>
  );
}
