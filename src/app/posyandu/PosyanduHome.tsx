import { IonContent, IonHeader, IonPage, IonTitle, IonToolbar } from '@ionic/react';
import { useT } from '../i18n';

export default function PosyanduHome() {
  const t = useT();
  return (
    <IonPage>
      <IonHeader>
        <IonToolbar>
          <IonTitle>{t('tab.posyandu')}</IonTitle>
        </IonToolbar>
      </IonHeader>
      <IonContent className="ion-padding">{t('common.none')}</IonContent>
    </IonPage>
  );
}
