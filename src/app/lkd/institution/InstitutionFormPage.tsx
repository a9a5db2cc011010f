import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { createInstitution, findInstitution, posyanduCodeOf, saveInstitution } from '../../../data/lkd';
import { INSTITUTION_TYPES, RULES, type InstitutionType } from '../../../domain/lkd';
import type { InstitutionData } from '../../../domain/records/lkd';
import { useT } from '../../i18n';
import { SelectField, TextField } from '../../rt/ui/Field';
import { Page } from '../ui/Page';
import { useLkd } from '../store';
import { useWriter } from '../useWriter';
import { typeLabel } from '../ui/words';

const DESA = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

export default function InstitutionFormPage() {
  const t = useT();
  const { id } = useParams();
  return (
    <Page title={id ? t('lkd.inst.editTitle') : t('lkd.inst.newTitle')} back={id ? `/desa/lembaga/${id}` : '/desa'}>
      <InstitutionForm id={id} />
    </Page>
  );
}

function InstitutionForm({ id }: { id?: string }) {
  const t = useT();
  const navigate = useNavigate();
  const { ctx, books } = useLkd();
  const { write, saving } = useWriter();
  const existing = id && books ? findInstitution(books, id) : undefined;
  const base = existing?.record.data;
  const [f, setF] = useState({
    type: (base?.type ?? 'rt') as InstitutionType, name: base?.name ?? '', rtNo: '', posyandu: '', area: base?.area ?? '', areaName: base?.areaName ?? '',
    notes: base?.notes ?? '', desaCode: '', desaName: '',
  });
  const [tried, setTried] = useState(false);
  if (id && !existing) return <p>{t('lkd.notFound')}</p>;
  if (ctx && !ctx.canWrite) return <p>{t('lkd.readOnly')}</p>;
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const unit = RULES[f.type].unit;
  const rtNo = /^\d{1,3}$/.test(f.rtNo.trim()) ? f.rtNo.trim().padStart(3, '0') : '';
  const desaCode = ctx?.desaCode ?? (DESA.test(f.desaCode.trim()) ? f.desaCode.trim() : '');
  const defaultName = unit === 'rt' ? (rtNo ? `RT ${rtNo}` : '') : unit === 'posyandu' ? f.posyandu.trim() : typeLabel(t, f.type);
  const name = f.name.trim() || defaultName;
  const problems = {
    desa: !existing && !desaCode,
    rt: !existing && unit === 'rt' && !rtNo,
    posyandu: !existing && unit === 'posyandu' && !f.posyandu.trim(),
    name: !name,
  };
  const opt = (s: string) => s.trim() || undefined;

  const submit = async () => {
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    const data: InstitutionData = {
      type: f.type, name,
      ...(f.type === 'pkk-kelompok' && f.area ? { area: f.area as InstitutionData['area'] } : {}),
      ...(f.type === 'pkk-kelompok' && opt(f.areaName) ? { areaName: opt(f.areaName) } : {}),
      ...(opt(f.notes) ? { notes: opt(f.notes) } : {}),
      ...((ctx?.desaName ?? opt(f.desaName)) ? { desaName: ctx?.desaName ?? opt(f.desaName) } : {}),
    };
    const r = await write((db, wctx) =>
      existing
        ? saveInstitution(db, existing.record, data, wctx)
        : createInstitution(db, { desaCode, type: f.type, rtNo, posyanduId: posyanduCodeOf(f.posyandu) }, data, wctx),
    );
    if (r.ok) navigate(`/desa/lembaga/${r.value.id}`, { replace: true });
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      {!ctx?.desaCode && !existing && (
        <fieldset className="lkd-card">
          <p className="lkd-muted">{t('lkd.inst.desaIntro')}</p>
          <TextField label={t('lkd.inst.desaCode')} name="desaCode" value={f.desaCode} onChange={set('desaCode')} inputMode="decimal"
            hint={t('lkd.inst.desaCodeHint')} error={tried && problems.desa ? t('lkd.inst.desaCodeBad') : null} />
          <TextField label={t('lkd.inst.desaName')} name="desaName" value={f.desaName} onChange={set('desaName')} />
        </fieldset>
      )}
      <SelectField label={t('lkd.inst.type')} name="type" value={f.type} onChange={(v) => setF({ ...f, type: v as InstitutionType })}
        options={INSTITUTION_TYPES.map((x) => ({ value: x, label: `${typeLabel(t, x)} (${RULES[x].basis})` }))} />
      {existing && <p className="lkd-muted">{t('lkd.inst.typeLocked')}</p>}
      {!existing && unit === 'rt' && (
        <TextField label={t('lkd.inst.rtNo')} name="rtNo" value={f.rtNo} onChange={set('rtNo')} inputMode="numeric" maxLength={3}
          hint={books?.rts.length ? t('lkd.inst.rtKnown', { rts: books.rts.join(', ') }) : null} error={tried && problems.rt ? t('lkd.inst.rtNoBad') : null} />
      )}
      {!existing && unit === 'posyandu' && (
        <TextField label={t('lkd.inst.posyandu')} name="posyandu" value={f.posyandu} onChange={set('posyandu')}
          hint={f.posyandu.trim() ? t('lkd.inst.posyanduCode', { code: posyanduCodeOf(f.posyandu) }) : t('lkd.inst.posyanduHint')}
          error={tried && problems.posyandu ? t('common.required') : null} />
      )}
      <TextField label={t('lkd.inst.name')} name="name" value={f.name} onChange={set('name')} hint={defaultName && !f.name ? t('lkd.inst.nameDefault', { name: defaultName }) : null}
        error={tried && problems.name ? t('common.required') : null} />
      {f.type === 'pkk-kelompok' && (
        <div className="rt-row">
          <SelectField label={t('lkd.inst.area')} name="area" value={f.area} onChange={set('area')} empty="—"
            options={(['dusun', 'rw', 'rt'] as const).map((a) => ({ value: a, label: t(`lkd.area.${a}`) }))} />
          <TextField label={t('lkd.inst.areaName')} name="areaName" value={f.areaName} onChange={set('areaName')} />
        </div>
      )}
      <TextField label={t('lkd.inst.notes')} name="notes" value={f.notes} onChange={set('notes')} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
