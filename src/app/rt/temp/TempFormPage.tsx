import { useRef, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { saveTemp, type TempResident } from '../../../data/rt';
import type { TempResidentData } from '../../../domain/records/rt';
import { isValidIsoDate } from '../../../domain/dates';
import { tempStayProblem } from '../../../domain/records/rt-dates';
import { useT, type MessageKey } from '../../i18n';
import { localTodayIso } from '../../ui/DateInput';
import { useIssueWords } from '../../ui/useIssueWords';
import { scrollToFirstProblem } from '../../ui/scrollToProblem';
import { DateField, SelectField, TextField } from '../ui/Field';
import { PageShell } from '../ui/PageShell';
import { useRt } from '../store';
import { useWriter } from '../useWriter';
import { useDraft } from '../useDraft';

const KEYS = ['name', 'sex', 'idNumber', 'birthPlace', 'birthDate', 'age', 'occupation', 'citizenship', 'descent', 'arrivedFrom', 'purpose', 'hostName', 'hostAddress', 'arrivalDate', 'departureDate', 'notes'] as const;
type Form = Record<(typeof KEYS)[number], string>;

/** Every B4 column; the departure date is added later by editing the same record. */
export default function TempFormPage() {
  const t = useT();
  const { id = 'baru' } = useParams();
  const temps = useRt((s) => s.books?.temps);
  const rec = temps?.find((x) => x.id === id);
  return (
    <PageShell title={rec?.data.name ?? t('rt.tmp.new')} back="/warga/nonpermanen">
      {id !== 'baru' && !rec ? <p>{t('rt.notFound')}</p> : <TempForm key={id} rec={rec} />}
    </PageShell>
  );
}

function TempForm({ rec }: { rec: TempResident | undefined }) {
  const t = useT();
  const navigate = useNavigate();
  const words = useIssueWords();
  const unit = useRt((s) => s.unit)!;
  const { write, saving } = useWriter();
  const ref = useRef<HTMLFormElement>(null);
  const today = localTodayIso();
  const init = Object.fromEntries(KEYS.map((k) => [k, rec?.data[k] === undefined ? '' : String(rec.data[k])])) as Form;
  const draft = useDraft<Form>(`rt.temp.${rec?.id ?? 'baru'}`, { ...init, citizenship: init.citizenship || 'WNI', arrivalDate: init.arrivalDate || today });
  const f = draft.value;
  const [tried, setTried] = useState(false);
  const field = (k: keyof Form) => ({ name: `tmp-${k}`, value: f[k], onChange: (v: string) => draft.update({ ...f, [k]: v }) });
  const req = (k: keyof Form) => (tried && !f[k].trim() ? t('common.required') : null);
  const o = (k: keyof Form) => f[k].trim() || undefined;
  const age = f.age.trim() ? Number(f.age.trim()) : undefined;
  const ageBad = age !== undefined && !(Number.isInteger(age) && age >= 0 && age <= 130);
  const datesOk = isValidIsoDate(f.arrivalDate) && (!f.birthDate || isValidIsoDate(f.birthDate)) && (!f.departureDate || isValidIsoDate(f.departureDate));
  // A departure before the arrival, an arrival before the birth or after today: said at the date.
  const order = datesOk ? tempStayProblem({ arrivalDate: f.arrivalDate, departureDate: o('departureDate'), birthDate: o('birthDate'), name: f.name.trim() }, today) : null;
  const orderAt = (k: 'arrivalDate' | 'departureDate') => (order?.path === k ? words(order) : null);

  const submit = async () => {
    setTried(true);
    if (!f.name.trim() || !f.sex || !f.arrivalDate || !datesOk || order || ageBad) return scrollToFirstProblem(ref.current);
    const data: TempResidentData = {
      name: f.name.trim(), sex: f.sex as TempResidentData['sex'], citizenship: f.citizenship as TempResidentData['citizenship'],
      idNumber: o('idNumber'), birthPlace: o('birthPlace'), birthDate: o('birthDate'), age,
      occupation: o('occupation'), descent: o('descent'), arrivedFrom: o('arrivedFrom'), purpose: o('purpose'), hostName: o('hostName'),
      hostAddress: o('hostAddress'), arrivalDate: f.arrivalDate, departureDate: o('departureDate'), notes: o('notes'),
    };
    const r = await write((db, ctx) => saveTemp(db, unit.addr, data, ctx, rec?.id));
    if (r.ok) {
      await draft.clear();
      navigate('/warga/nonpermanen', { replace: true });
    }
  };

  return (
    <form ref={ref} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <TextField label={t('rt.p.name')} {...field('name')} error={req('name')} />
      <div className="rt-row">
        <SelectField label={t('rt.p.sex')} {...field('sex')} empty={t('rt.p.pick')} error={req('sex')}
          options={[{ value: 'L', label: t('rt.p.sex.L') }, { value: 'P', label: t('rt.p.sex.P') }]} />
        <SelectField label={t('rt.p.citizenship')} {...field('citizenship')} options={(['WNI', 'WNA'] as const).map((c) => ({ value: c, label: t(`rt.opt.cit.${c}` as MessageKey) }))} />
      </div>
      <TextField label={t('rt.tmp.idNumber')} {...field('idNumber')} />
      <TextField label={t('rt.p.birthPlace')} {...field('birthPlace')} />
      <DateField label={t('rt.p.birthDate')} {...field('birthDate')} max={today} />
      <TextField label={t('rt.tmp.age')} {...field('age')} inputMode="numeric"
        error={ageBad ? words({ kind: 'rt.temp', path: 'age', rule: age !== undefined && Number.isInteger(age) ? (age < 0 ? 'min' : 'max') : 'integer', arg: age !== undefined && age > 130 ? '130' : '0' }) : null} />
      <TextField label={t('rt.p.occupation')} {...field('occupation')} />
      <TextField label={t('rt.tmp.descent')} {...field('descent')} />
      <TextField label={t('rt.tmp.arrivedFrom')} {...field('arrivedFrom')} />
      <TextField label={t('rt.tmp.purpose')} {...field('purpose')} />
      <TextField label={t('rt.tmp.hostName')} {...field('hostName')} />
      <TextField label={t('rt.tmp.hostAddress')} {...field('hostAddress')} />
      <DateField label={t('rt.tmp.arrivalDate')} {...field('arrivalDate')} max={today} error={req('arrivalDate') ?? orderAt('arrivalDate')} />
      <DateField label={t('rt.tmp.departureDate')} {...field('departureDate')} min={isValidIsoDate(f.arrivalDate) ? f.arrivalDate : undefined} max={today} error={orderAt('departureDate')} />
      <TextField label={t('rt.p.notes')} {...field('notes')} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
