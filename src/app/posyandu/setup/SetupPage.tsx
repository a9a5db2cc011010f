import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useLocation, useNavigate } from 'react-router-dom';
import { PROGRAMMES } from '../../../domain/records/posyandu';
import { getDb } from '../../../data';
import { isDesaCode, saveUnit, type Kader, type UnitData } from '../../../data/posyandu';
import { useSaver } from '../../shell/useSaver';
import { useT, type MessageKey } from '../../i18n';
import { CheckField, SelectField, TextField } from '../ui/Field';
import { PageShell } from '../ui/PageShell';
import { usePosyandu } from '../store';
import { KaderEditor } from './KaderEditor';

type Docs = NonNullable<UnitData['docs']>;
const DOCS: (keyof Docs)[] = ['building', 'land', 'sk', 'support', 'pokjanal'];

export default function SetupPage() {
  const t = useT();
  const editing = useLocation().pathname === '/posyandu/unit';
  return (
    <PageShell title={t('posyandu.setup.title')}>
      <SetupForm editing={editing} />
    </PageShell>
  );
}

function SetupForm({ editing }: { editing: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const { unit, setUnit } = usePosyandu();
  const base: Partial<UnitData> = editing && unit ? unit.data : {};
  const [f, setF] = useState({
    name: base.name ?? '',
    regNo: base.regNo ?? '',
    desaCode: base.desaCode ?? '',
    desaName: base.desaName ?? '',
    areas: (base.areas ?? []).join(', '),
    households: base.households?.toString() ?? '',
    danaSehat: base.danaSehatHouseholds?.toString() ?? '',
    otherProgramme: base.otherProgramme ?? '',
  });
  const [kaders, setKaders] = useState<Kader[]>(base.kaders ?? []);
  const [programmes, setProgrammes] = useState<string[]>(base.programmes ?? []);
  const [profile, setProfile] = useState<string>(base.strataProfile ?? 'nasional');
  const [docs, setDocs] = useState<Docs>(base.docs ?? {});
  const [tried, setTried] = useState(false);
  const { save, saving } = useSaver();
  const field = (k: keyof typeof f) => ({ name: k, value: f[k], onChange: (v: string) => setF({ ...f, [k]: v }) });
  const int = (s: string) => (s.trim() === '' ? undefined : Math.max(0, Math.floor(Number(s))));

  const desaBad = !isDesaCode(f.desaCode.trim());
  const submit = async () => {
    setTried(true);
    if (!f.name.trim() || desaBad) return;
    const data: UnitData = {
      name: f.name.trim(),
      regNo: f.regNo.trim() || undefined,
      desaCode: f.desaCode.trim(),
      desaName: f.desaName.trim() || undefined,
      areas: f.areas.split(',').map((s) => s.trim()).filter(Boolean),
      kaders: kaders.filter((k) => k.name.trim()).map((k) => ({ ...k, name: k.name.trim() })),
      programmes: programmes as UnitData['programmes'],
      otherProgramme: f.otherProgramme.trim() || undefined,
      strataProfile: profile as UnitData['strataProfile'],
      households: int(f.households),
      danaSehatHouseholds: int(f.danaSehat),
      docs,
    };
    const r = await save(() => saveUnit(getDb(), data, editing ? unit?.id : undefined));
    if (r.ok) {
      setUnit(r.value);
      navigate('/posyandu', { replace: true });
    }
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <TextField label={t('posyandu.setup.name')} {...field('name')} error={tried && !f.name.trim() ? t('common.required') : null} />
      <TextField label={t('posyandu.setup.regNo')} {...field('regNo')} />
      <TextField label={t('posyandu.setup.desaCode')} {...field('desaCode')} inputMode="decimal" hint={t('posyandu.setup.desaCodeHint')}
        error={tried && desaBad ? t('posyandu.setup.desaCodeBad') : null} />
      <TextField label={t('posyandu.setup.desaName')} {...field('desaName')} />
      <TextField label={t('posyandu.setup.areas')} {...field('areas')} />
      <KaderEditor kaders={kaders} onChange={setKaders} />
      <fieldset className="pd-card">
        <legend>{t('posyandu.setup.programmes')}</legend>
        {PROGRAMMES.map((p) => (
          <CheckField key={p} name={`prog-${p}`} label={t(`posyandu.prog.${p}` as MessageKey)} checked={programmes.includes(p)}
            onChange={(on) => setProgrammes(on ? [...programmes, p] : programmes.filter((x) => x !== p))} />
        ))}
        <TextField label={t('posyandu.setup.otherProgramme')} {...field('otherProgramme')} />
      </fieldset>
      <div className="pd-row">
        <TextField label={t('posyandu.setup.households')} {...field('households')} inputMode="numeric" />
        <TextField label={t('posyandu.setup.danaSehat')} {...field('danaSehat')} inputMode="numeric" />
      </div>
      <SelectField label={t('posyandu.setup.profile')} name="profile" value={profile} onChange={setProfile}
        options={['nasional', 'prangat-selatan-2025'].map((p) => ({ value: p, label: t(`posyandu.profile.${p}` as MessageKey) }))} />
      <fieldset className="pd-card">
        <legend>{t('posyandu.setup.docs')}</legend>
        {DOCS.map((d) => (
          <CheckField key={d} name={`doc-${d}`} label={t(`posyandu.doc.${d}` as MessageKey)} checked={!!docs[d]} onChange={(on) => setDocs({ ...docs, [d]: on })} />
        ))}
      </fieldset>
      <IonButton expand="block" type="submit" disabled={saving}>{t('common.save')}</IonButton>
    </form>
  );
}
