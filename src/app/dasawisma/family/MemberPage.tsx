import { useEffect, useState } from 'react';
import { IonButton, IonList, IonNote, useIonRouter } from '@ionic/react';
import { useNavigate, useParams } from 'react-router-dom';
import { getDb, getRecord } from '../../../data';
import { deleteMember, getFamily, linkedHousehold, saveMember, type MemberRecord } from '../../../data/dasawisma';
import type { MemberData } from '../../../domain/records/dasawisma';
import { useSaver } from '../../shell/useSaver';
import { useT } from '../../i18n';
import { isDateValue } from '../../ui/date-text';
import { Page } from '../ui/Page';
import { useLoad } from '../../shell/useLoad';
import { MemberIdentity } from './MemberIdentity';
import { MemberPkk } from './MemberPkk';
import { PersonLinks } from './PersonLinks';

async function load(familyId: string | undefined, memberId: string | undefined) {
  const db = getDb();
  const member = memberId ? await getRecord<MemberData>(db, memberId) as MemberRecord | undefined : undefined;
  const family = await getFamily(db, member?.parent ?? familyId ?? '');
  if (!family) return null;
  // Identity of a member linked to the RT books is kept there; shown read-only here.
  const fromRt = !!member?.data.personId && !!(await linkedHousehold(db, family));
  return { family, member, fromRt };
}

/** One member of a catatan keluarga: identity (4.14.1a) and PKK details (4.15). */
export default function MemberPage() {
  const t = useT();
  const { familyId, memberId } = useParams();
  const navigate = useNavigate();
  const router = useIonRouter();
  const { save, saving } = useSaver();
  const { data: loaded } = useLoad(() => load(familyId, memberId), [familyId, memberId], { live: false });
  const [form, setForm] = useState<MemberData>({ name: '', sex: 'P' });
  useEffect(() => {
    if (loaded?.member) setForm(loaded.member.data);
  }, [loaded]);
  if (loaded === undefined) return <Page title={t('dasawisma.member')}>{t('common.loading')}</Page>;
  if (!loaded) return <Page title={t('dasawisma.member')}>{t('common.none')}</Page>;
  const { family, member, fromRt } = loaded;
  const back = `/dasawisma/keluarga/${family.id}`;
  // A birth date typed that is no date stays in the field, which says so; it is not saved.
  const badDate = !!form.birthDate && !isDateValue(form.birthDate);
  const change = (patch: Partial<MemberData>) => setForm((f) => ({ ...f, ...patch }));

  // Back to the family page already in the stack (it reloads when it enters again); pushing it
  // anew left a stale copy in Ionic's stack. With no history (a deep link), replace instead.
  const done = () => (router.canGoBack() ? router.goBack() : navigate(back, { replace: true }));
  async function onSave() {
    const r = await save(() => saveMember(getDb(), family, form, member?.id));
    if (r.ok) done();
  }
  async function onDelete() {
    const r = await save(() => deleteMember(getDb(), member!.id));
    if (r.ok) done();
  }

  return (
    <Page title={form.name || t('dasawisma.member')} back={back}>
      {fromRt && <IonNote>{t('dasawisma.fromRt')}</IonNote>}
      {member && <PersonLinks who={{ personId: member.data.personId, nik: member.data.nik }} />}
      <IonList>
        <MemberIdentity data={form} readOnly={fromRt} onChange={change} />
        <MemberPkk data={form} onChange={change} />
      </IonList>
      <IonButton expand="block" onClick={() => void onSave()} disabled={saving || badDate}>
        {t('common.save')}
      </IonButton>
      {member && !fromRt && (
        <IonButton expand="block" fill="clear" color="danger" onClick={() => void onDelete()}>
          {t('common.delete')}
        </IonButton>
      )}
    </Page>
  );
}
