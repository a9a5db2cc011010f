import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate } from 'react-router-dom';
import { saveRtUnit } from '../../../data/rt';
import type { RtUnitData } from '../../../domain/records/rt';
import { todayIso } from '../../../domain/dates';
import { useT } from '../../i18n';
import { DateField, TextField } from '../ui/Field';
import { PageShell } from '../ui/PageShell';
import { useRt } from '../store';
import { useWriter } from '../useWriter';

const DESA = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

export default function SetupPage() {
  const t = useT();
  return (
    <PageShell title={t('rt.setup.title')}>
      <SetupForm />
    </PageShell>
  );
}

/** The RT's identity (which fixes the address of every record) and its board. */
export function SetupForm() {
  const t = useT();
  const navigate = useNavigate();
  const unit = useRt((s) => s.unit);
  const { write, saving } = useWriter();
  const base: Partial<RtUnitData> = unit?.data ?? {};
  const [f, setF] = useState({
    desaCode: base.desaCode ?? '', desaName: base.desaName ?? '', kecamatan: base.kecamatan ?? '', rw: base.rw ?? '',
    dusun: base.dusun ?? '', rtNo: base.rtNo ?? '', ketua: base.ketua ?? '', sekretaris: base.sekretaris ?? '',
    bendahara: base.bendahara ?? '', termStart: base.termStart ?? '', bookStart: base.bookStart ?? `${todayIso().slice(0, 7)}-01`,
  });
  const [tried, setTried] = useState(false);
  const field = (k: keyof typeof f) => ({ name: k, value: f[k], onChange: (v: string) => setF({ ...f, [k]: v }) });
  const rtNo = /^\d{1,3}$/.test(f.rtNo.trim()) ? f.rtNo.trim().padStart(3, '0') : '';
  const desaBad = !DESA.test(f.desaCode.trim());
  const opt = (s: string) => s.trim() || undefined;

  const submit = async () => {
    setTried(true);
    if (desaBad || !rtNo) return;
    const data: RtUnitData = {
      desaCode: f.desaCode.trim(), desaName: opt(f.desaName), kecamatan: opt(f.kecamatan), rw: opt(f.rw), dusun: opt(f.dusun), rtNo,
      ketua: opt(f.ketua), sekretaris: opt(f.sekretaris), bendahara: opt(f.bendahara),
      termStart: opt(f.termStart), bookStart: opt(f.bookStart),
    };
    const r = await write((db, ctx) => saveRtUnit(db, data, ctx, unit?.id));
    if (r.ok) navigate('/warga', { replace: true });
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      {!unit && <p>{t('rt.setup.intro')}</p>}
      {unit && <p className="rt-muted">{t('rt.setup.locked')}</p>}
      <TextField label={t('rt.setup.desaCode')} {...field('desaCode')} inputMode="decimal" disabled={!!unit}
        hint={t('rt.setup.desaCodeHint')} error={tried && desaBad ? t('rt.setup.desaCodeBad') : null} />
      <TextField label={t('rt.setup.desaName')} {...field('desaName')} />
      <TextField label={t('rt.setup.kecamatan')} {...field('kecamatan')} />
      <div className="rt-row">
        <TextField label={t('rt.setup.rtNo')} {...field('rtNo')} inputMode="numeric" maxLength={3} disabled={!!unit}
          error={tried && !rtNo ? t('rt.setup.rtNoBad') : null} />
        <TextField label={t('rt.setup.rw')} {...field('rw')} inputMode="numeric" />
      </div>
      <TextField label={t('rt.setup.dusun')} {...field('dusun')} />
      <fieldset className="rt-card">
        <TextField label={t('rt.setup.ketua')} {...field('ketua')} />
        <TextField label={t('rt.setup.sekretaris')} {...field('sekretaris')} />
        <TextField label={t('rt.setup.bendahara')} {...field('bendahara')} />
        <DateField label={t('rt.setup.termStart')} {...field('termStart')} />
      </fieldset>
      <DateField label={t('rt.setup.bookStart')} {...field('bookStart')} hint={t('rt.setup.bookStartHint')} />
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
