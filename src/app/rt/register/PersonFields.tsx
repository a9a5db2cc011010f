import { EDUCATION, FAMILY_POSITION, MARITAL, RELIGIONS } from '../../../domain/records/rt';
import { useT, type MessageKey } from '../../i18n';
import { CheckField, DateField, SelectField, TextField } from '../ui/Field';
import { nikCheckOf, type PersonForm, type PersonProblems } from './personForm';

const label = (s: string) => s.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
const opts = (xs: readonly string[]) => xs.map((x) => ({ value: x, label: label(x) }));

/** Every B1 column plus documents held; the NIK is checked as it is typed (warn, ask a note, never block). */
export function PersonFields({ f, set, problems, prefix = '', tried }: {
  f: PersonForm; set(f: PersonForm): void; problems: PersonProblems; prefix?: string; tried: boolean;
}) {
  const t = useT();
  const field = <K extends keyof PersonForm>(k: K) => ({ name: `${prefix}${k}`, value: f[k] as string, onChange: (v: string) => set({ ...f, [k]: v }) });
  const err = (k: keyof PersonProblems) => (tried && problems[k] ? t(problems[k] as MessageKey) : null);
  const nik = nikCheckOf(f);
  return (
    <>
      <TextField label={t('rt.p.name')} {...field('name')} error={err('name')} />
      <div className="rt-row">
        <SelectField label={t('rt.p.sex')} {...field('sex')} empty={t('rt.p.pick')} error={err('sex')}
          options={[{ value: 'L', label: t('rt.p.sex.L') }, { value: 'P', label: t('rt.p.sex.P') }]} />
        <SelectField label={t('rt.p.citizenship')} {...field('citizenship')} options={[{ value: 'WNI', label: 'WNI' }, { value: 'WNA', label: 'WNA' }]} />
      </div>
      <div className="rt-row">
        <TextField label={t('rt.p.birthPlace')} {...field('birthPlace')} />
        <DateField label={t('rt.p.birthDate')} {...field('birthDate')} error={err('birthDate')} />
      </div>
      <TextField label={t('rt.p.nik')} {...field('nik')} inputMode="numeric" maxLength={16}
        error={f.nik && nik.blocking ? t(`rt.check.${nik.blocking}` as MessageKey) : null} />
      {nik.warnings.map((w) => <p key={w} className="rt-warn" role="status">{t(`rt.check.${w}` as MessageKey)}</p>)}
      {(nik.warnings.length > 0 || f.nikNote) && <TextField label={t('rt.p.nikNote')} {...field('nikNote')} error={err('nikNote')} />}
      <div className="rt-row">
        <SelectField label={t('rt.p.religion')} {...field('religion')} empty={t('rt.p.pick')} options={opts(RELIGIONS)} />
        <SelectField label={t('rt.p.marital')} {...field('maritalStatus')} empty={t('rt.p.pick')} options={opts(MARITAL)} />
      </div>
      <div className="rt-row">
        <SelectField label={t('rt.p.education')} {...field('education')} empty={t('rt.p.pick')} options={opts(EDUCATION)} />
        <TextField label={t('rt.p.occupation')} {...field('occupation')} />
      </div>
      <div className="rt-row">
        <SelectField label={t('rt.p.position')} {...field('familyPosition')} empty={t('rt.p.pick')} options={opts(FAMILY_POSITION)} />
        <SelectField label={t('rt.p.residency')} {...field('residency')}
          options={[{ value: 'tetap', label: t('rt.p.residency.tetap') }, { value: 'nonpermanen', label: t('rt.p.residency.nonpermanen') }]} />
      </div>
      <CheckField name={`${prefix}canRead`} label={t('rt.p.canRead')} checked={f.canRead} onChange={(v) => set({ ...f, canRead: v })} />
      <fieldset className="rt-card">
        <legend>{t('rt.p.docs')}</legend>
        {(['kk', 'akta', 'ktpEl'] as const).map((d) => (
          <CheckField key={d} name={`${prefix}doc-${d}`} label={t(`rt.p.doc.${d}`)} checked={f[d]} onChange={(v) => set({ ...f, [d]: v })} />
        ))}
      </fieldset>
      <TextField label={t('rt.p.notes')} {...field('notes')} />
    </>
  );
}
