import { useMemo, useState } from 'react';
import { IonButton } from '@ionic/react';
import { getDb } from '../../../data';
import type { Recorder } from '../../../data/recorder';
import { saveIlpVisit, type IlpRegister, type IlpSubject, type IlpVisit, type IlpVisitData } from '../../../data/posyandu/ilp';
import { DANGER_SIGN_CODES, SKILAS_CODES } from '../../../domain/records/ilp';
import { assessIlpVisit, ADL_BARTHEL_KEMENKES, NIFAS_DANGER_SIGNS, PREGNANCY_DANGER_SIGNS, type AdlItem, type IlpAssessment } from '../../../domain/ilp';
import type { SchoolAgeTables } from '../../../domain/growth';
import { useSaver } from '../../shell/useSaver';
import { formatDate, useLang, useT, type MessageKey } from '../../i18n';
import { CheckField, DecimalField, SelectField, TextField, parseDecimal } from '../ui/Field';
import { IlpResult } from './IlpResult';
import { formToVisit, visitToForm, parseBp, type IlpForm } from './form';

interface Props {
  subject: IlpSubject;
  reg: IlpRegister;
  tables: SchoolAgeTables | null;
  date: string;
  recorder: Recorder | null;
  /** the person's visit of this day, when there is one: this form corrects it */
  replaces?: IlpVisit;
  onSaved(v: IlpVisit, a: IlpAssessment): void;
}

const ADL_ITEMS = Object.keys(ADL_BARTHEL_KEMENKES.items) as AdlItem[];

/**
 * One visit of a person of any stage but balita: the fields their stage takes, the result as it is
 * typed (the same assessment is shown after saving), and the save button in the sticky bar.
 */
export function IlpVisitForm({ subject, reg, tables, date, recorder, replaces, onSaved }: Props) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { save, saving } = useSaver();
  const [form, setForm] = useState<IlpForm>(() => visitToForm(replaces?.data, lang));
  const update = (p: Partial<IlpForm>) => setForm((f) => ({ ...f, ...p }));
  const kind = subject.visitKind;
  const lansia = subject.group === 'lansia';
  const maternal = subject.maternal;
  const fields = useMemo(() => formToVisit(form), [form]);
  const bad = (s: string) => Number.isNaN(parseDecimal(s));
  const bpBad = [form.bp1, form.bp2].map((s) => s.trim() !== '' && parseBp(s) === null);
  const invalid = ['weight', 'height', 'muac', 'waist', 'hb', 'glucose', 'ttd'].some((k) => bad(form[k as keyof IlpForm] as string)) || bpBad.some(Boolean);

  const previous = useMemo(() => (reg.visitsBySubject.get(subject.id) ?? []).filter((v) => v.id !== replaces?.id && v.data.date < date), [reg, subject.id, replaces, date]);
  const assessment = useMemo(() => assessIlpVisit({ ...fields, date }, {
    sex: subject.sex, birthDate: subject.birthDate, maternal, hpht: subject.hpht,
    ancContacts: previous.filter((v) => 'anc' in v.data && v.data.anc).map((v) => ({ date: v.data.date, byDoctor: 'ancByDoctor' in v.data ? v.data.ancByDoctor : undefined })),
  }, tables), [fields, date, subject, maternal, previous, tables]);
  const referSuggested = assessment.referral.length > 0;

  const submit = async () => {
    if (!recorder || invalid) return;
    const data = {
      ...fields, date, kaderName: recorder.name, kaderId: recorder.kaderId, replaces: replaces?.id,
      referral: form.referral ?? (referSuggested || undefined),
      referralReason: (form.referral ?? referSuggested) && referSuggested ? assessment.referral.map((r) => t(`ilp.ref.${r}` as MessageKey)).join(', ') : undefined,
      ...(maternal ? { stage: maternal } : {}),
    } as Omit<IlpVisitData, 'subjectId'>;
    const r = await save(() => saveIlpVisit(getDb(), subject, data), { success: t('ilp.saved', { name: subject.name }) });
    if (r.ok) onSaved(r.value as IlpVisit, assessment);
  };

  const num = (key: 'weight' | 'height' | 'muac' | 'waist' | 'hb' | 'glucose' | 'ttd', label: MessageKey) => (
    <DecimalField label={t(label)} name={key} value={form[key]} onChange={(v) => update({ [key]: v })} error={bad(form[key]) ? t('ilp.needNumber') : null} />
  );
  const check = (key: keyof IlpForm, label: MessageKey) => (
    <CheckField name={key} label={t(label)} checked={!!form[key]} onChange={(v) => update({ [key]: v })} />
  );
  const signs = (maternal === 'hamil' ? PREGNANCY_DANGER_SIGNS : NIFAS_DANGER_SIGNS).signs.map((s) => s.code).filter((c) => (DANGER_SIGN_CODES as readonly string[]).includes(c));
  const toggle = (list: string[], code: string, on: boolean) => (on ? [...list, code] : list.filter((c) => c !== code));

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }} className="pd-weigh" data-ilp-form={kind}>
      <section className="pd-card">
        <h3>{subject.name}</h3>
        <p className="pd-muted">
          {t(`ilp.group.${subject.group}` as MessageKey)}{maternal && <> · {t(`ilp.maternal.${maternal}` as MessageKey)}</>}
          {assessment.ageMonths !== null && <> · {t('ilp.age', { years: Math.floor(assessment.ageMonths / 12) })}</>}
          {recorder && <> · {t('posyandu.weigh.by', { name: recorder.name })}</>}
        </p>
        {replaces && <p className="pd-alert warn" data-correcting={replaces.id}>{t('ilp.correcting', { date: formatDate(date, lang) })}</p>}
        {!recorder && <p className="pd-alert warn" role="alert">{t('posyandu.recorder.needed')}</p>}
        <div className="pd-row">
          {num('weight', 'ilp.weight')}
          {maternal ? num('muac', 'ilp.muac') : num('height', 'ilp.height')}
        </div>
        <div className="pd-row">
          <TextField label={t('ilp.bp1')} name="bp1" value={form.bp1} inputMode="numeric" placeholder={t('ilp.bpHint')} onChange={(v) => update({ bp1: v })} error={bpBad[0] ? t('ilp.bpBad') : null} />
          <TextField label={t('ilp.bp2')} name="bp2" value={form.bp2} inputMode="numeric" placeholder={t('ilp.bpHint')} onChange={(v) => update({ bp2: v })} error={bpBad[1] ? t('ilp.bpBad') : null} />
        </div>
        {kind === 'posyandu.youthVisit' && <div className="pd-row">{num('muac', 'ilp.muac')}{num('hb', 'ilp.hb')}</div>}
        {kind === 'posyandu.adultVisit' && (
          <>
            <div className="pd-row">{num('waist', 'ilp.waist')}{num('glucose', 'ilp.glucose')}</div>
            <SelectField label={t('ilp.glucoseKind')} name="glucoseKind" value={form.glucoseKind} onChange={(v) => update({ glucoseKind: v as 'sewaktu' | 'puasa' })}
              options={[{ value: 'sewaktu', label: t('ilp.sewaktu') }, { value: 'puasa', label: t('ilp.puasa') }]} />
          </>
        )}
        {maternal && <div className="pd-row">{num('hb', 'ilp.hb')}{num('ttd', 'ilp.ttd')}</div>}
        {kind === 'posyandu.youthVisit' && subject.sex === 'P' && num('ttd', 'ilp.ttd')}
      </section>
      <IlpResult a={assessment} />
      {maternal && (
        <details className="pd-card" open={form.dangerSigns.length > 0}>
          <summary>{t('ilp.dangerSigns')}</summary>
          {signs.map((c) => <CheckField key={c} name={`sign-${c}`} label={t(`ilp.sign.${c}` as MessageKey)} checked={form.dangerSigns.includes(c)} onChange={(on) => update({ dangerSigns: toggle(form.dangerSigns, c, on) })} />)}
        </details>
      )}
      {lansia && (
        <details className="pd-card" open={Object.keys(form.adl).length > 0}>
          <summary>{t('ilp.adl')}</summary>
          <div className="pd-row">
            {ADL_ITEMS.map((item) => (
              <TextField key={item} label={t(`ilp.adl.${item}` as MessageKey)} name={`adl-${item}`} inputMode="numeric" value={form.adl[item] ?? ''}
                onChange={(v) => update({ adl: { ...form.adl, [item]: v } })} />
            ))}
          </div>
        </details>
      )}
      {lansia && (
        <details className="pd-card" open={form.skilas.length > 0}>
          <summary>{t('ilp.skilas')}</summary>
          {SKILAS_CODES.map((c) => <CheckField key={c} name={`skilas-${c}`} label={t(`ilp.skilas.${c}` as MessageKey)} checked={form.skilas.includes(c)} onChange={(on) => update({ skilas: toggle(form.skilas, c, on) })} />)}
        </details>
      )}
      <section className="pd-card">
        {maternal === 'hamil' && check('anc', 'ilp.anc')}
        {maternal && maternal !== 'hamil' && <>{check('vitaminA', 'ilp.vitaminA')}{check('breastFeeding', 'ilp.breastFeeding')}{check('exclusiveBf', 'ilp.exclusiveBf')}</>}
        {!maternal && check('smoking', 'ilp.smoking')}
        {kind === 'posyandu.adultVisit' && <>{check('activeEnough', 'ilp.active')}{check('dietOk', 'ilp.diet')}</>}
        {check('counselling', 'ilp.counselling')}
        <CheckField name="referral" label={t('ilp.referral')} checked={form.referral ?? referSuggested} onChange={(v) => update({ referral: v })} />
        <TextField label={t('ilp.notes')} name="notes" value={form.notes} onChange={(v) => update({ notes: v })} />
      </section>
      <div className="pd-savebar">
        <IonButton expand="block" type="submit" disabled={saving || !recorder || invalid}>{t('ilp.save')}</IonButton>
      </div>
    </form>
  );
}
