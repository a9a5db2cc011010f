import { useEffect, useState } from 'react';
import { IonButton } from '@ionic/react';
import { getDb } from '../../../data';
import { clearDraft, findDuplicates, loadDraft, localToday, saveChild, saveDraft, type Child, type ChildData } from '../../../data/posyandu';
import { useSaver } from '../../shell/useSaver';
import { useT, type MessageKey } from '../../i18n';
import { CheckField, DateField, DecimalField, SelectField, TextField, parseDecimal } from '../ui/Field';
import { usePosyandu } from '../store';

type Form = Record<'name' | 'sex' | 'birthDate' | 'nik' | 'motherName' | 'fatherName' | 'address' | 'area' | 'personId' | 'birthWeight' | 'leftDate' | 'leftReason', string> & {
  hasKms: boolean;
  immunisationComplete: boolean;
};

function toForm(d?: ChildData): Form {
  return {
    name: d?.name ?? '', sex: d?.sex ?? 'L', birthDate: d?.birthDate ?? '', nik: d?.nik ?? '',
    motherName: d?.motherName ?? '', fatherName: d?.fatherName ?? '', address: d?.address ?? '', area: d?.area ?? '',
    personId: d?.personId ?? '', birthWeight: d?.birthWeightKg?.toString() ?? '', leftDate: d?.leftDate ?? '',
    leftReason: d?.leftReason ?? 'pindah', hasKms: d?.hasKms ?? true, immunisationComplete: d?.immunisationComplete ?? false,
  };
}

const opt = (s: string) => s.trim() || undefined;

/** Register or edit a balita. Same name + birth date as a registered child needs an explicit "save anyway". */
export function ChildForm({ child, byName, onSaved }: { child?: Child; byName?: string; onSaved(c: Child): void }) {
  const t = useT();
  const { reg, putChild } = usePosyandu();
  const draftKey = `posyandu.childForm:${child?.id ?? 'new'}`;
  const [f, setF] = useState<Form>(() => toForm(child?.data));
  const [tried, setTried] = useState(false);
  const [allowDup, setAllowDup] = useState(false);
  const { save, saving } = useSaver();

  useEffect(() => {
    let live = true;
    void loadDraft<Form>(getDb(), draftKey).then((d) => { if (d && live) setF(d); });
    return () => { live = false; };
  }, [draftKey]);
  const update = (patch: Partial<Form>) => {
    const next = { ...f, ...patch };
    setF(next);
    void saveDraft(getDb(), draftKey, next);
  };
  const field = (k: keyof Form) => ({ name: k, value: f[k] as string, onChange: (v: string) => update({ [k]: v }) });

  const today = localToday();
  const dups = reg && f.name.trim() && f.birthDate ? findDuplicates(reg.children, f.name, f.birthDate, child?.id) : [];
  const errors = {
    name: !f.name.trim() ? t('common.required') : null,
    birthDate: !f.birthDate ? t('common.required') : f.birthDate > today ? t('posyandu.child.birthFuture') : null,
    nik: f.nik && !/^\d{16}$/.test(f.nik) ? t('posyandu.child.nikBad') : null,
  };
  const bw = parseDecimal(f.birthWeight);

  const submit = async () => {
    setTried(true);
    if (!reg || errors.name || errors.birthDate || errors.nik || Number.isNaN(bw)) return;
    if (dups.length && !allowDup) return;
    const data: ChildData = {
      name: f.name.trim(), sex: f.sex as ChildData['sex'], birthDate: f.birthDate, hasKms: f.hasKms,
      nik: opt(f.nik), motherName: opt(f.motherName), fatherName: opt(f.fatherName), address: opt(f.address),
      area: opt(f.area), personId: opt(f.personId), birthWeightKg: bw, immunisationComplete: f.immunisationComplete,
      leftDate: opt(f.leftDate), leftReason: f.leftDate ? (f.leftReason as ChildData['leftReason']) : undefined,
      registeredOn: child?.data.registeredOn ?? today,
    };
    const r = await save(() => saveChild(getDb(), reg, data, { id: child?.id, allowDuplicate: allowDup, byName }));
    if (r.ok) {
      putChild(r.value);
      await clearDraft(getDb(), draftKey);
      if (!child) setF(toForm());
      setTried(false);
      setAllowDup(false);
      onSaved(r.value);
    }
  };

  return (
    <form className="pd-card" onSubmit={(e) => { e.preventDefault(); void submit(); }} aria-label={t(child ? 'posyandu.child.edit' : 'posyandu.child.new')}>
      <TextField label={t('posyandu.child.name')} {...field('name')} error={tried ? errors.name : null} />
      <div className="pd-row">
        <SelectField label={t('posyandu.child.sex')} {...field('sex')} options={['L', 'P'].map((s) => ({ value: s, label: t(`posyandu.sex.${s}` as MessageKey) }))} />
        <DateField label={t('posyandu.child.birthDate')} {...field('birthDate')} max={today} error={tried || f.birthDate ? errors.birthDate : null} />
      </div>
      {dups.length > 0 && (
        <div className="pd-alert warn" role="alert">
          {t('posyandu.child.duplicate', { names: dups.map((d) => `${d.data.name} (${d.data.motherName ?? '-'})`).join(', ') })}
          <CheckField name="allowDup" label={t('posyandu.child.saveAnyway')} checked={allowDup} onChange={setAllowDup} />
        </div>
      )}
      <CheckField name="hasKms" label={t('posyandu.child.hasKms')} checked={f.hasKms} onChange={(v) => update({ hasKms: v })} />
      <TextField label={t('posyandu.child.motherName')} {...field('motherName')} />
      <TextField label={t('posyandu.child.fatherName')} {...field('fatherName')} />
      <details>
        <summary>{t('posyandu.child.moreFields')}</summary>
        <TextField label={t('posyandu.child.nik')} {...field('nik')} inputMode="numeric" error={errors.nik} />
        <TextField label={t('posyandu.child.address')} {...field('address')} />
        <TextField label={t('posyandu.child.area')} {...field('area')} />
        <DecimalField label={t('posyandu.child.birthWeight')} {...field('birthWeight')} error={Number.isNaN(bw) ? t('common.required') : null} />
        <TextField label={t('posyandu.child.personId')} {...field('personId')} />
        <CheckField name="immComplete" label={t('posyandu.child.immComplete')} checked={f.immunisationComplete} onChange={(v) => update({ immunisationComplete: v })} />
        <div className="pd-row">
          <DateField label={t('posyandu.child.left')} {...field('leftDate')} max={today} />
          <SelectField label={t('posyandu.child.leftReason')} {...field('leftReason')}
            options={['pindah', 'meninggal', 'lainnya'].map((s) => ({ value: s, label: t(`posyandu.left.${s}` as MessageKey) }))} />
        </div>
      </details>
      <IonButton expand="block" type="submit" disabled={saving || (dups.length > 0 && !allowDup)}>{t('common.save')}</IonButton>
    </form>
  );
}
