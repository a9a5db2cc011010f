import { useState } from 'react';
import { IonButton, IonItem, IonLabel, IonList, IonListHeader } from '@ionic/react';
import { useParams } from 'react-router-dom';
import { getDb } from '../../../data';
import { effectiveMembers, findLinksByNik, getGroup, listFamilies, listRegister, recapYear, saveRegisterEntry } from '../../../data/dasawisma';
import type { RegisterData } from '../../../domain/records/dasawisma';
import { useSaver } from '../../shell/useSaver';
import { formatDate, useLang, useT } from '../../i18n';
import { Page } from '../ui/Page';
import { useLoad } from '../../shell/useLoad';
import { useOptLabel } from '../ui/Chips';
import { currentMonth } from '../ui/enrolment';
import { RegisterForm, type MemberChoice } from './RegisterForm';

async function load(groupId: string) {
  const db = getDb();
  const group = await getGroup(db, groupId);
  if (!group) return null;
  const families = await listFamilies(db, group.addr);
  const year = recapYear(families, currentMonth());
  const members: MemberChoice[] = [];
  for (const f of families.filter((x) => x.data.year === year)) {
    for (const m of await effectiveMembers(db, f)) {
      if (m.memberId) members.push({ memberId: m.memberId, familyId: f.id, name: m.data.name, personId: m.personId ?? m.data.personId, nik: m.data.nik });
    }
  }
  return { group, members, entries: await listRegister(db, group.addr) };
}

/** Registers 4.18 of a group: pregnancies, births, post-natal mothers, deaths of mothers, babies and balita. */
export default function RegisterPage() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const opt = useOptLabel();
  const { id = '' } = useParams();
  const { save, saving } = useSaver();
  const [adding, setAdding] = useState(false);
  const { data, reload } = useLoad(() => load(id), [id]);
  if (data === undefined) return <Page title={t('dasawisma.registers')}>{t('common.loading')}</Page>;
  if (!data) return <Page title={t('dasawisma.registers')}>{t('common.none')}</Page>;

  const group = data.group;
  async function onSave(d: RegisterData, familyId: string | undefined) {
    const db = getDb();
    const r = await save(async () => {
      // Same person as in the RT books / Posyandu, found by NIK when the member was not linked.
      const links = d.nik ? await findLinksByNik(db, d.nik) : {};
      const data = { ...d, personId: d.personId ?? links.rtPersonId };
      return saveRegisterEntry(db, group.addr, data, { familyId });
    });
    if (r.ok) {
      setAdding(false);
      reload();
    }
  }

  return (
    <Page title={`${t('dasawisma.registers')} · ${data.group.data.name}`} back={`/dasawisma/kelompok/${id}`}>
      {adding ? (
        <RegisterForm members={data.members} saving={saving} onSave={(d, f) => void onSave(d, f)} />
      ) : (
        <IonButton expand="block" onClick={() => setAdding(true)}>
          {t('dasawisma.registerNew')}
        </IonButton>
      )}
      <IonList>
        <IonListHeader>{t('dasawisma.registers')}</IonListHeader>
        {data.entries.length === 0 && <IonItem lines="none">{t('dasawisma.registerEmpty')}</IonItem>}
        {data.entries.map((e) => (
          <IonItem key={e.id}>
            <IonLabel>
              <h3>
                {opt('registerType', e.data.type)} · {formatDate(e.data.date, lang)}
              </h3>
              <p>
                {e.data.name}
                {e.data.childName ? ` · ${e.data.childName}` : ''}
                {e.data.personId ? ` · ${t('dasawisma.linkedPeople', { what: t('dasawisma.linkRtPerson') })}` : ''}
              </p>
            </IonLabel>
          </IonItem>
        ))}
      </IonList>
    </Page>
  );
}
