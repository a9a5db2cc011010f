import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { saveTemp, type TempResident } from '../../../data/rt';
import type { TempResidentData } from '../../../domain/records/rt';
import { todayIso } from '../../../domain/dates';
import { useT } from '../../i18n';
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
  const unit = useRt((s) => s.unit)!;
  const { write, saving } = useWriter();
  const init = Object.fromEntries(KEYS.map((k) => [k, rec?.data[k] === undefined ? '' : String(rec.data[k])])) as Form;
  const draft = useDraft<Form>(`rt.temp.${rec?.id ?? 'baru'}`, { ...init, citizenship: init.citizenship || 'WNI', arrivalDate: init.arrivalDate || todayIso() });
  const f = draft.value;
  const [tried, setTried] = useState(false);
  const field = (k: keyof Form) => ({ name: `tmp-${k}`, value: f[k], onChange: (v: string) => draft.update({ ...f, [k]: v }) });
  const req = (k: keyof Form) => (tried && !f[k].trim() ? t('common.required') : null);
  const o = (k: keyof Form) => f[k].trim() || undefined;

  const submit = async () => {
    setTried(true);
    if (!f.name.trim() || !f.sex || !f.arrivalDate) return;
    const data: TempResidentData = {
      name: f.name.trim(), sex: f.sex as TempResidentData['sex'], citizenship: f.citizenship as TempResidentData['citizenship'],
      idNumber: o('idNumber'), birthPlace: o('birthPlace'), birthDate: o('birthDate'), age: f.age.trim() ? Number(f.age) : undefined,
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
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <TextField label={t('rt.p.name')} {...field('name')} error={req('name')} />
      <div className="rt-row">
        <SelectField label={t('rt.p.sex')} {...field('sex')} empty={t('rt.p.pick')} error={req('sex')}
          options={[{ value: 'L', label: t('rt.p.sex.L') }, { value: 'P', label: t('rt.p.sex.P') }]} />
        <SelectField label={t('rt.p.citizenship')} {...field('citizenship')} options={[{ value: 'WNI', label: 'WNI' }, { value: 'WNA', label: 'WNA' }]} />
      </div>
      <TextField label={t('rt.tmp.idNumber')} {...field('idNumber')} />
      <div className="rt-row">
        <TextField label={t('rt.p.birthPlace')} {...field('birthPlace')} />
        <DateField label={t('rt.p.birthDate')} {...field('birthDate')} />
      </div>
      <TextField label={t('rt.tmp.age')} {...field('age')} inputMode="numeric" />
      <TextField label={t('rt.p.occupation')} {...field('occupation')} />
      <TextField label={t('rt.tmp.descent')} {...field('descent')} />
      <TextField label={t('rt.tmp.arrivedFrom')} {...field('arrivedFrom')} />
      <TextField label={t('rt.tmp.purpose')} {...field('purpose')} />
      <TextField label={t('rt.tmp.hostName')} {...field('hostName')} />
      <TextField label={t('rt.tmp.hostAddress')} {...field('hostAddress')} />
      <div className="rt-row">
        <DateField label={t('rt.tmp.arrivalDate')} {...field('arrivalDate')} error={req('arrivalDate')} />
        <DateField label={t('rt.tmp.departureDate')} {...field('departureDate')} />
      </div>
      <TextField label={t('rt.p.notes')} {...field('notes')} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
