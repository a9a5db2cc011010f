import { useMemo } from 'react';
import { IonButton, IonSpinner } from '@ionic/react';
import { ageInDays, completedMonths } from '../../../domain';
import { getDb, getRecord } from '../../../data';
import type { Recorder } from '../../../data/recorder';
import { assessWeighing, checkVisitDate, saveVisit, type Child, type Visit, type VisitData } from '../../../data/posyandu';
import { assessCircumferences, weighingAlerts } from '../../../data/posyandu/circumference';
import { useSaver } from '../../shell/useSaver';
import { useLang, useT, formatDate } from '../../i18n';
import { CheckField, DecimalField, SelectField, TextField, parseDecimal } from '../ui/Field';
import { usePosyandu } from '../store';
import { ResultPanel } from './ResultPanel';
import { ServicesForm } from './ServicesForm';
import { DateProblemNote } from './DateProblemNote';
import { emptyWeighForm, useWeighDraft, visitToForm } from './useWeighDraft';

interface Props {
  unitId: string;
  child: Child;
  date: string;
  sessionId?: string;
  /** who is recording (useRecorder); saving waits for it */
  recorder: Recorder | null;
  /** the child's weighing of this day, when there is one: this form corrects it */
  replaces?: Visit;
  /** antigens the schedule says are due (work list), shown beside the immunisation boxes */
  due?: string[];
  /** after the save: the alerts the kader saw (weighing, head, LiLA) */
  onSaved(child: Child, alerts: readonly string[]): void;
}

/**
 * Meja 2–3: weight, length/height with position, instant assessment, then meja 4–5 services.
 * A child already weighed that day opens that weighing, every field filled in, and saving it is a
 * correction (a new row replacing the old one). The save button stays on screen (sticky).
 */
export function WeighPanel({ unitId, child, date, sessionId, recorder, replaces, due, onSaved }: Props) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { reg, putVisit } = usePosyandu();
  const ageDays = ageInDays(child.data.birthDate, date);
  const months = Math.max(0, completedMonths(child.data.birthDate, date));
  const position = ageDays < 731 ? 'lying' : 'standing';
  const { form, update, clear, restored } = useWeighDraft(
    `posyandu.weigh:${unitId}:${date}:${child.id}${replaces ? ':' + replaces.id : ''}`,
    async () => {
      if (!replaces) return emptyWeighForm(position);
      // The register keeps growth fields only: the correction reads the saved row's every field.
      const full = await getRecord<VisitData>(getDb(), replaces.id);
      return visitToForm(full?.data ?? replaces.data, lang, position);
    },
  );
  const { save, saving } = useSaver();

  const weightKg = parseDecimal(form?.weight ?? '');
  const lengthCm = parseDecimal(form?.length ?? '');
  const headCm = parseDecimal(form?.head ?? '');
  const muacCm = parseDecimal(form?.muac ?? '');
  const bad = (x: number | undefined) => Number.isNaN(x);
  const dateProblem = checkVisitDate(child, date);
  const visits = useMemo<Visit[]>(() => (reg?.visitsByChild.get(child.id) ?? []).filter((v) => v.id !== replaces?.id), [reg, child.id, replaces]);
  const pos = form?.position ?? position;
  const result = useMemo(() => {
    if (dateProblem || bad(weightKg) || bad(lengthCm) || (weightKg === undefined && lengthCm === undefined)) return null;
    return assessWeighing(child, visits, { date, weightKg, lengthCm, position: lengthCm === undefined ? undefined : pos }, reg?.kbm);
  }, [child, visits, date, weightKg, lengthCm, pos, dateProblem, reg?.kbm]);
  const circ = useMemo(
    () => (dateProblem || bad(headCm) || bad(muacCm) ? null : assessCircumferences(child.data, date, { headCm, muacCm })),
    [child.data, date, headCm, muacCm, dateProblem],
  );
  if (!form) return <IonSpinner aria-label={t('posyandu.weigh.loading')} />;

  // A WHO flag on the head or LiLA needs the same confirmation as one on weight or length.
  const implausible = (result?.alerts.includes('implausible') ?? false) || (circ?.alerts.includes('implausibleCirc') ?? false);
  const canSave = !!recorder && !dateProblem && result !== null && !bad(headCm) && !bad(muacCm) && (!implausible || form.confirm);

  const submit = async () => {
    if (!canSave || !recorder) return;
    const r = await save(
      () => saveVisit(getDb(), child, {
        date, weightKg, lengthCm, position: lengthCm === undefined ? undefined : form.position, headCm, muacCm,
        services: form.services, notes: form.notes.trim() || undefined, sessionId, kaderId: recorder.kaderId, kaderName: recorder.name,
        implausibleConfirmed: implausible ? true : undefined, replaces: replaces?.id,
      }),
      { success: t('posyandu.weigh.saved', { name: child.data.name }) },
    );
    if (r.ok) {
      putVisit(r.value);
      await clear();
      onSaved(child, result ? weighingAlerts(result.alerts, circ) : []);
    }
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }} aria-label={t('posyandu.day.meja2')} className="pd-weigh">
      <section className="pd-card">
        <h3>{child.data.name}</h3>
        <p className="pd-muted">
          {ageDays >= 0 && <>{t('posyandu.weigh.age', { months, days: ageDays })} · </>}{t(child.data.sex === 'L' ? 'posyandu.sex.L' : 'posyandu.sex.P')}
          {recorder && <> · {t('posyandu.weigh.by', { name: recorder.name })}</>}
        </p>
        {replaces && <p className="pd-alert warn" data-correcting={replaces.id}>{t('posyandu.weigh.correcting', { date: formatDate(date, lang) })}</p>}
        {restored && <p className="pd-muted">{t('posyandu.weigh.draft')}</p>}
        {dateProblem && <DateProblemNote child={child} date={date} problem={dateProblem} />}
        {!recorder && <p className="pd-alert warn" role="alert">{t('posyandu.recorder.needed')}</p>}
        <div className="pd-row">
          <DecimalField label={t('posyandu.weigh.weight')} name="weight" value={form.weight} onChange={(v) => update({ weight: v })} autoFocus
            error={bad(weightKg) ? t('posyandu.weigh.needWeight') : null} />
          <DecimalField label={t('posyandu.weigh.length')} name="length" value={form.length} onChange={(v) => update({ length: v })}
            error={bad(lengthCm) ? t('posyandu.weigh.needWeight') : null} />
        </div>
        <SelectField label={t('posyandu.weigh.position')} name="position" value={form.position} onChange={(v) => update({ position: v as 'lying' | 'standing' })}
          options={[{ value: 'lying', label: t('posyandu.weigh.lying') }, { value: 'standing', label: t('posyandu.weigh.standing') }]} />
        <details open={!!(form.head || form.muac)}>
          <summary>{t('posyandu.weigh.head')} · {t('posyandu.weigh.muac')}</summary>
          <div className="pd-row">
            <DecimalField label={t('posyandu.weigh.head')} name="head" value={form.head} onChange={(v) => update({ head: v })}
              error={bad(headCm) ? t('posyandu.weigh.badNumber') : null} />
            <DecimalField label={t('posyandu.weigh.muac')} name="muac" value={form.muac} onChange={(v) => update({ muac: v })}
              error={bad(muacCm) ? t('posyandu.weigh.badNumber') : null} />
          </div>
        </details>
      </section>
      {result && <ResultPanel result={result} circ={circ ?? undefined} lengthBased={ageDays < 731} />}
      {implausible && (
        <div className="pd-alert warn">
          <CheckField name="confirmImplausible" label={t('posyandu.weigh.confirmImplausible')} checked={form.confirm} onChange={(v) => update({ confirm: v })} />
          {!form.confirm && <span className="pd-muted">{t('posyandu.weigh.mustConfirm')}</span>}
        </div>
      )}
      <ServicesForm value={form.services} onChange={(s) => update({ services: s })} ageMonths={months} due={due}
        referSuggested={(result?.alerts.includes('refer') ?? false) || (circ?.refer ?? false)} />
      <TextField label={t('posyandu.weigh.notes')} name="notes" value={form.notes} onChange={(v) => update({ notes: v })} />
      <div className="pd-savebar">
        <IonButton expand="block" type="submit" disabled={saving || !canSave}>{t('posyandu.weigh.save')}</IonButton>
      </div>
    </form>
  );
}
