import { IonButton, IonIcon, IonItem, IonLabel, IonList, IonListHeader, IonNote } from '@ionic/react';
import { addOutline } from 'ionicons/icons';
import type { EffectiveMember } from '../../../data/dasawisma';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/dates';
import { useOptLabel } from '../ui/Chips';

export function MemberList({ familyId, members }: { familyId: string; members: EffectiveMember[] }) {
  const t = useT();
  const opt = useOptLabel();
  return (
    <IonList>
      <IonListHeader>{t('dasawisma.members')} ({members.length})</IonListHeader>
      {members.map((m, i) => (
        <IonItem key={m.memberId ?? m.personId ?? i} routerLink={m.memberId ? `/dasawisma/anggota/${m.memberId}` : undefined} detail={!!m.memberId}>
          <IonLabel>
            <h3>{m.data.name}</h3>
            <p>
              {opt('sex', m.data.sex)}
              {m.data.birthDate ? ` · ${formatDate(m.data.birthDate)}` : m.data.ageYears !== undefined ? ` · ${t('dasawisma.ageYearsShort', { n: m.data.ageYears })}` : ''}
              {m.data.familyStatus ? ` · ${opt('familyStatus', m.data.familyStatus)}` : ''}
            </p>
          </IonLabel>
          {m.fromRt && <IonNote slot="end">{t('dasawisma.fromRt')}</IonNote>}
        </IonItem>
      ))}
      <IonButton expand="block" fill="outline" routerLink={`/dasawisma/keluarga/${familyId}/anggota-baru`}>
        <IonIcon slot="start" icon={addOutline} />
        {t('dasawisma.addMember')}
      </IonButton>
    </IonList>
  );
}
