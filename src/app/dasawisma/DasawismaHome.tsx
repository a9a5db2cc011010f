import { IonButton, IonIcon, IonItem, IonLabel, IonList, IonListHeader, IonNote } from '@ionic/react';
import { addOutline, barChartOutline, listOutline } from 'ionicons/icons';
import { Navigate } from 'react-router-dom';
import { getDb } from '../../data';
import { listGroups } from '../../data/dasawisma';
import { parseAddr } from '../../domain/records';
import { useT } from '../i18n';
import { Page } from './ui/Page';
import { useLoad } from '../shell/useLoad';
import { currentMonth, useEnrolment } from './ui/enrolment';

export default function DasawismaHome() {
  const t = useT();
  const enrol = useEnrolment();
  const prefix = enrol?.scope.modules.includes('dasawisma') ? enrol.scope.prefix : undefined;
  const { data: groups } = useLoad(() => listGroups(getDb(), prefix), [prefix]);
  if (enrol === undefined || !groups) return <Page title={t('dasawisma.title')} back={null}>{t('common.loading')}</Page>;
  // A kader enrolled for one group goes straight to it.
  if (enrol?.role === 'dasawisma' && parseAddr(enrol.scope.prefix).group && groups.length === 1) {
    return <Navigate to={`/dasawisma/kelompok/${groups[0].id}`} replace />;
  }
  const desas = [...new Set(groups.map((g) => g.desaCode))];
  return (
    <Page title={t('dasawisma.title')} back={null}>
      <IonButton routerLink="/dasawisma/kelompok-baru" expand="block">
        <IonIcon slot="start" icon={addOutline} />
        {t('dasawisma.newGroup')}
      </IonButton>
      <IonButton routerLink="/dasawisma/status" expand="block" fill="outline">
        <IonIcon slot="start" icon={listOutline} />
        {t('dasawisma.status')}
      </IonButton>
      {desas.map((d) => (
        <IonButton key={d} routerLink={`/dasawisma/rekap-pkk/${d}/${currentMonth()}`} expand="block" fill="outline">
          <IonIcon slot="start" icon={barChartOutline} />
          {t('dasawisma.rollup')} {desas.length > 1 ? d : ''}
        </IonButton>
      ))}
      <IonList>
        <IonListHeader>{t('dasawisma.groups')}</IonListHeader>
        {groups.length === 0 && <IonItem lines="none">{t('dasawisma.noGroups')}</IonItem>}
        {groups.map((g) => (
          <IonItem key={g.id} routerLink={`/dasawisma/kelompok/${g.id}`} detail>
            <IonLabel>
              <h2>{g.data.name}</h2>
              <p>
                {t('dasawisma.rt', { rt: g.rtNo })} · {g.data.desaName ?? g.desaCode}
              </p>
            </IonLabel>
            {!g.data.coordinatorName && <IonNote slot="end">{t('dasawisma.noCoordinator')}</IonNote>}
          </IonItem>
        ))}
      </IonList>
    </Page>
  );
}
