import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { getDb } from '../../../data';
import { savePerson, type Person } from '../../../data/posyandu/ilp';
import { useSaver } from '../../shell/useSaver';
import { useT } from '../../i18n';
import { DateField, SelectField, TextField } from '../ui/Field';

/** Registers a person from usia sekolah to lansia at the Posyandu: name, sex, birth date, RT/dusun. */
export function PersonForm({ addr, today, byName, onSaved }: { addr: string; today: string; byName?: string; onSaved(p: Person): void }) {
  const t = useT();
  const { save, saving } = useSaver();
  const [name, setName] = useState('');
  const [sex, setSex] = useState<'L' | 'P'>('P');
  const [birthDate, setBirthDate] = useState('');
  const [area, setArea] = useState('');
  const submit = async () => {
    const r = await save(() => savePerson(getDb(), { addr }, { name: name.trim(), sex, birthDate, area: area.trim() || undefined, registeredOn: today }, undefined, byName),
      { success: t('ilp.person.saved', { name: name.trim() }) });
    if (r.ok) onSaved(r.value);
  };
  return (
    <form className="pd-card" data-person-form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <TextField label={t('ilp.person.name')} name="personName" value={name} onChange={setName} autoFocus />
      <div className="pd-row">
        <SelectField label={t('ilp.person.sex')} name="personSex" value={sex} onChange={(v) => setSex(v as 'L' | 'P')}
          options={[{ value: 'P', label: t('ilp.P') }, { value: 'L', label: t('ilp.L') }]} />
        <DateField label={t('ilp.person.birthDate')} name="personBirthDate" value={birthDate} max={today} onChange={setBirthDate} />
      </div>
      <TextField label={t('ilp.person.area')} name="personArea" value={area} onChange={setArea} />
      <IonButton expand="block" type="submit" disabled={saving || !name.trim() || !birthDate}>{t('ilp.person.save')}</IonButton>
    </form>
  );
}
