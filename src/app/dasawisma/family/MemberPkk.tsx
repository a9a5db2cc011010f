import { KB_METHODS, PKK_ACTIVITIES, SPECIAL_NEEDS, STUDY_GROUPS, type MemberData } from '../../../domain/records/dasawisma';
import { useT } from '../../i18n';
import { ChoiceChips, FlagChips, MultiChips } from '../ui/Chips';
import { TextField } from '../ui/TextField';

const FLAGS = ['kbAcceptor', 'activePosyandu', 'bkb', 'savings', 'paud', 'cooperative', 'illiterate', 'pregnant', 'breastfeeding'] as const;
type Flag = (typeof FLAGS)[number];

/** Per-member PKK columns: KB, Posyandu, BKB, savings, study group, PAUD, cooperative, special needs, activities. */
export function MemberPkk({ data, onChange }: { data: MemberData; onChange(p: Partial<MemberData>): void }) {
  const t = useT();
  // Pregnancy and breast-feeding only make sense for women.
  const flags = data.sex === 'P' ? FLAGS : FLAGS.filter((f) => f !== 'pregnant' && f !== 'breastfeeding');
  return (
    <div className="ion-padding-horizontal">
      <FlagChips<Flag> group="member" keys={flags} value={data} onChange={(k, v) => onChange({ [k]: v })} />
      {data.kbAcceptor && <ChoiceChips field="kbMethod" options={KB_METHODS} value={data.kbMethod} onChange={(v) => onChange({ kbMethod: v })} />}
      <ChoiceChips field="studyGroup" options={STUDY_GROUPS} value={data.studyGroup} onChange={(v) => onChange({ studyGroup: v })} />
      <ChoiceChips field="specialNeeds" options={SPECIAL_NEEDS} value={data.specialNeeds} onChange={(v) => onChange({ specialNeeds: v })} />
      <MultiChips field="pkkActivities" label={t('dasawisma.pkkActivities')} options={PKK_ACTIVITIES} value={data.pkkActivities} onChange={(v) => onChange({ pkkActivities: v })} />
      <TextField name="memberNotes" label={t('dasawisma.notes')} value={data.notes} onChange={(v) => onChange({ notes: v })} />
    </div>
  );
}
