import { useState } from 'react';
import { IonButton, IonItem, IonList, IonNote, IonSelect, IonSelectOption } from '@ionic/react';
import { REGISTER_TYPES, type RegisterData } from '../../../domain/records/dasawisma';
import { useT } from '../../i18n';
import { isDateValue } from '../../ui/date-text';
import { ChoiceChips, FlagChips } from '../ui/Chips';
import { DateField } from '../ui/DateField';
import { TextField } from '../ui/TextField';
import { today } from '../ui/enrolment';

export interface MemberChoice {
  memberId: string;
  familyId: string;
  name: string;
  personId?: string;
  nik?: string;
}

const CHILD_TYPES = new Set(['kelahiran-bayi', 'kematian-bayi', 'kematian-balita', 'melahirkan']);
const SEXES = ['L', 'P'] as const;

/** A new 4.18 entry; picking the member links the same person the RT books and Posyandu hold. */
export function RegisterForm({ members, saving, onSave }: { members: MemberChoice[]; saving: boolean; onSave(data: RegisterData, familyId: string | undefined): void }) {
  const t = useT();
  const [d, setD] = useState<RegisterData>({ type: 'hamil', date: today(), name: '' });
  const [familyId, setFamilyId] = useState<string>();
  const set = (p: Partial<RegisterData>) => setD((x) => ({ ...x, ...p }));
  const pick = (id: string) => {
    const m = members.find((x) => x.memberId === id);
    setFamilyId(m?.familyId);
    set({ memberId: m?.memberId, personId: m?.personId, nik: m?.nik, name: m?.name ?? d.name });
  };
  return (
    <IonList>
      <ChoiceChips field="registerType" label={t('dasawisma.registerType')} options={REGISTER_TYPES} value={d.type} onChange={(v) => v && set({ type: v })} />
      <DateField name="regDate" label={t('dasawisma.registerDate')} value={d.date} onChange={(v) => set({ date: v })} />
      {members.length > 0 && (
        <IonItem lines="full">
          <IonSelect label={t('dasawisma.registerMother')} labelPlacement="stacked" interface="popover" placeholder={t('dasawisma.pickMember')} value={d.memberId ?? ''} onIonChange={(e) => pick(String(e.detail.value))}>
            {members.map((m) => (
              <IonSelectOption key={m.memberId} value={m.memberId}>
                {m.name}
              </IonSelectOption>
            ))}
          </IonSelect>
        </IonItem>
      )}
      <TextField name="regName" label={t('dasawisma.registerName')} value={d.name} onChange={(v) => set({ name: v })} />
      {CHILD_TYPES.has(d.type) && (
        <>
          <TextField name="childName" label={t('dasawisma.childName')} value={d.childName} onChange={(v) => set({ childName: v })} />
          <ChoiceChips field="sex" label={t('dasawisma.childSex')} options={SEXES} value={d.childSex} onChange={(v) => set({ childSex: v })} />
          <DateField name="childBirthDate" label={t('dasawisma.childBirthDate')} value={d.childBirthDate} onChange={(v) => set({ childBirthDate: v || undefined })} />
          <FlagChips group="reg" keys={['hasBirthCertificate'] as const} value={d} onChange={(_k, v) => set({ hasBirthCertificate: v })} />
        </>
      )}
      {d.type.startsWith('kematian') || d.type === 'ibu-meninggal' ? <TextField name="cause" label={t('dasawisma.cause')} value={d.cause} onChange={(v) => set({ cause: v })} /> : null}
      <TextField name="regNotes" label={t('dasawisma.notes')} value={d.notes} onChange={(v) => set({ notes: v })} />
      {d.personId && <IonNote className="dw-muted">{t('dasawisma.linkedPeople', { what: t('dasawisma.linkRtPerson') })}</IonNote>}
      <IonButton expand="block" disabled={saving || !d.name.trim() || !isDateValue(d.date) || (!!d.childBirthDate && !isDateValue(d.childBirthDate))} onClick={() => onSave(d, familyId)}>
        {t('common.save')}
      </IonButton>
    </IonList>
  );
}
