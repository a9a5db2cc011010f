import { useEffect } from 'react';
import { IonContent, IonHeader, IonPage, IonTitle, IonToolbar } from '@ionic/react';
import { useT } from '../i18n';
import { EnrolCard } from './EnrolCard';
import { StatusCard } from './StatusCard';
import { ConflictsList } from './ConflictsList';
import { RejectionsList } from './RejectionsList';
import { NoticesList } from './NoticesList';
import { startSync } from './service';

export default function SyncHome() {
  const t = useT();
  // main.tsx starts sync at app start; opening this tab makes sure of it (startSync is idempotent).
  useEffect(() => startSync(), []);
  return (
    <IonPage>
      <IonHeader>
        <IonToolbar>
          <IonTitle>{t('tab.sinkron')}</IonTitle>
        </IonToolbar>
      </IonHeader>
      <IonContent className="ion-padding">
        <StatusCard />
        <NoticesList />
        <ConflictsList />
        <RejectionsList />
        <EnrolCard />
      </IonContent>
    </IonPage>
  );
}
