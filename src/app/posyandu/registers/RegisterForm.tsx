import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { getDb, saveRecord } from '../../../data';
import type { SyncRecord } from '../../../domain';
import { localToday, writeContext } from '../../../data/posyandu';
import { useSaver } from '../../shell/useSaver';
import { useT, type MessageKey } from '../../i18n';
import { CheckField, DateField, DecimalField, SelectField, TextField } from '../ui/Field';
import { REGISTER_FIELDS, type RegisterKind } from './fields';
import { fromValues, toValues, type FormValues } from './values';

/** Add or edit one entry of a register; the form is built from the register's field list. */
export function RegisterForm({ kind, addr, record, onSaved }: { kind: RegisterKind; addr: string; record?: SyncRecord; onSaved(r: SyncRecord): void }) {
  const t = useT();
  const fields = REGISTER_FIELDS[kind];
  const [values, setValues] = useState<FormValues>(() => {
    const v = toValues(fields, record?.data as Record<string, unknown>);
    // New dated entries default to today: most are written right after the activity (Pasal 86 ayat 1).
    if (!record) for (const f of fields) if (f.type === 'date' && (f.key === 'date' || f.key === 'registeredOn')) v[f.key] = localToday();
    return v;
  });
  const [errors, setErrors] = useState<string[]>([]);
  const { save, saving } = useSaver();
  const set = (k: string, v: string | boolean) => setValues({ ...values, [k]: v });

  const submit = async () => {
    const { data, errors: errs } = fromValues(fields, values);
    setErrors(errs);
    if (errs.length) return;
    const r = await save(async () =>
      saveRecord(getDb(), { id: record?.id, kind: `posyandu.${kind}`, addr, data }, await writeContext(getDb())),
    );
    if (r.ok) onSaved(r.value);
  };

  return (
    <form className="pd-card" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      {fields.map((f) => {
        const label = t(`posyandu.f.${f.key}` as MessageKey);
        const err = errors.includes(f.key) ? t('common.required') : null;
        const p = { name: f.key, label, error: err, value: String(values[f.key] ?? ''), onChange: (v: string) => set(f.key, v) };
        switch (f.type) {
          case 'bool': return <CheckField key={f.key} name={f.key} label={label} checked={values[f.key] === true} onChange={(v) => set(f.key, v)} />;
          case 'date': return <DateField key={f.key} {...p} />;
          case 'decimal': return <DecimalField key={f.key} {...p} />;
          case 'int': return <TextField key={f.key} {...p} inputMode="numeric" />;
          case 'select':
            return <SelectField key={f.key} {...p} options={(f.options ?? []).map((o) => ({ value: o, label: o ? t(`posyandu.opt.${o}` as MessageKey) : '—' }))} />;
          default: return <TextField key={f.key} {...p} />;
        }
      })}
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
