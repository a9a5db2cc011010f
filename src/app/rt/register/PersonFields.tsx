import { EDUCATION, FAMILY_POSITION, MARITAL, RELIGIONS } from '../../../domain/records/rt';
import { useT, type MessageKey } from '../../i18n';
import { NikField } from '../../ui/NikField';
import { useIssueWords } from '../../ui/useIssueWords';
import { useNikCheck } from '../../ui/useNikCheck';
import { CheckField, DateField, SelectField, TextField } from '../ui/Field';
import type { PersonForm, PersonProblems } from './personForm';

/**
 * Every B1 column plus documents held. The NIK is the shared field (checked as it is typed, a
 * warning asks for a note, another person with the same NIK is named); dates are typed the
 * app's way. `personId`: the person being edited, so their own NIK is not "someone else's".
 */
export function PersonFields({ f, set, problems, prefix = '', tried, personId }: {
  f: PersonForm; set(f: PersonForm): void; problems: PersonProblems; prefix?: string; tried: boolean; personId?: string;
}) {
  const t = useT();
  const words = useIssueWords();
  const field = <K extends keyof PersonForm>(k: K) => ({ name: `${prefix}${k}`, value: f[k] as string, onChange: (v: string) => set({ ...f, [k]: v }) });
  const err = (k: 'name' | 'sex' | 'birthDate') => {
    const p = problems[k];
    // A date in the wrong order shows at once; the rest after a save was tried (not mid-typing).
    if (!tried && !(p && 'issue' in p && p.issue.rule.startsWith('order.'))) return null;
    return !p ? null : 'required' in p ? t('common.required') : 'issue' in p ? words(p.issue) : null;
  };
  const nik = useNikCheck(f.nik, { birthDate: f.birthDate, sex: f.sex }, { id: personId, personId, name: f.name });
  const opts = (group: string, xs: readonly string[]) => xs.map((x) => ({ value: x, label: t(`rt.opt.${group}.${x}` as MessageKey) }));
  return (
    <>
      <TextField label={t('rt.p.name')} {...field('name')} error={err('name')} />
      <div className="rt-row">
        <SelectField label={t('rt.p.sex')} {...field('sex')} empty={t('rt.p.pick')} error={err('sex')}
          options={[{ value: 'L', label: t('rt.p.sex.L') }, { value: 'P', label: t('rt.p.sex.P') }]} />
        <SelectField label={t('rt.p.citizenship')} {...field('citizenship')} options={opts('cit', ['WNI', 'WNA'])} />
      </div>
      <TextField label={t('rt.p.birthPlace')} {...field('birthPlace')} />
      <DateField label={t('rt.p.birthDate')} {...field('birthDate')} error={err('birthDate')} />
      <NikField label={t('rt.p.nik')} name={`${prefix}nik`} value={f.nik} onChange={(v) => set({ ...f, nik: v })}
        note={f.nikNote} noteName={`${prefix}nikNote`} onNoteChange={(v) => set({ ...f, nikNote: v })} nik={nik} tried={tried} />
      <div className="rt-row">
        <SelectField label={t('rt.p.religion')} {...field('religion')} empty={t('rt.p.pick')} options={opts('religion', RELIGIONS)} />
        <SelectField label={t('rt.p.marital')} {...field('maritalStatus')} empty={t('rt.p.pick')} options={opts('marital', MARITAL)} />
      </div>
      <div className="rt-row">
        <SelectField label={t('rt.p.education')} {...field('education')} empty={t('rt.p.pick')} options={opts('education', EDUCATION)} />
        <TextField label={t('rt.p.occupation')} {...field('occupation')} />
      </div>
      <div className="rt-row">
        <SelectField label={t('rt.p.position')} {...field('familyPosition')} empty={t('rt.p.pick')} options={opts('position', FAMILY_POSITION)} />
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
