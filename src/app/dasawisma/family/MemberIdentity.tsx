import { EDUCATIONS, FAMILY_STATUSES, MARITAL_STATUSES, OCCUPATIONS, RELIGIONS, type MemberData } from '../../../domain/records/dasawisma';
import { useT } from '../../i18n';
import { ChoiceChips } from '../ui/Chips';
import { SelectField } from '../ui/SelectField';
import { DateField } from '../ui/DateField';
import { TextField } from '../ui/TextField';

const SEXES = ['L', 'P'] as const;

/** Identity columns of data warga 4.14.1a; read-only when they come from the RT books. */
export function MemberIdentity({ data, readOnly, onChange }: { data: MemberData; readOnly: boolean; onChange(p: Partial<MemberData>): void }) {
  const t = useT();
  return (
    <>
      {!readOnly && (
        <>
          <TextField name="memberName" label={t('dasawisma.name')} value={data.name} onChange={(v) => onChange({ name: v })} />
          <ChoiceChips field="sex" label={t('dasawisma.sex')} options={SEXES} value={data.sex} onChange={(v) => v && onChange({ sex: v })} />
          <DateField name="birthDate" label={t('dasawisma.birthDate')} value={data.birthDate} onChange={(v) => onChange({ birthDate: v || undefined })} />
          {!data.birthDate && (
            <TextField name="ageYears" type="number" inputmode="numeric" label={t('dasawisma.ageYears')} value={data.ageYears === undefined ? '' : String(data.ageYears)} onChange={(v) => onChange({ ageYears: v ? Number(v) : undefined })} />
          )}
          <TextField name="birthPlace" label={t('dasawisma.birthPlace')} value={data.birthPlace} onChange={(v) => onChange({ birthPlace: v })} />
          <TextField name="nik" inputmode="numeric" label={t('dasawisma.nik')} value={data.nik} onChange={(v) => onChange({ nik: v || undefined })} />
          <SelectField field="familyStatus" options={FAMILY_STATUSES} value={data.familyStatus} onChange={(v) => onChange({ familyStatus: v })} />
          <ChoiceChips field="maritalStatus" options={MARITAL_STATUSES} value={data.maritalStatus} onChange={(v) => onChange({ maritalStatus: v })} />
          <SelectField field="religion" options={RELIGIONS} value={data.religion} onChange={(v) => onChange({ religion: v })} />
          <SelectField field="education" options={EDUCATIONS} value={data.education} onChange={(v) => onChange({ education: v })} />
        </>
      )}
      <SelectField field="occupation" options={OCCUPATIONS} value={data.occupation} onChange={(v) => onChange({ occupation: v })} />
      <TextField name="regNo" label={t('dasawisma.regNo')} value={data.regNo} onChange={(v) => onChange({ regNo: v })} />
      <TextField name="position" label={t('dasawisma.position')} value={data.position} onChange={(v) => onChange({ position: v })} />
    </>
  );
}
