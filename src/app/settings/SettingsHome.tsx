import { IonContent, IonHeader, IonPage, IonTitle, IonToolbar } from '@ionic/react';
import { useT } from '../i18n';
import { LanguageSection } from './LanguageSection';
import { ProfileSection } from './ProfileSection';
import { StorageSection } from './StorageSection';
import { AboutSection } from './AboutSection';

export default function SettingsHome() {
  const t = useT();
  return (
    <IonPage>
      <IonHeader>
        <IonToolbar color="primary">
          <IonTitle>{t('settings.title')}</IonTitle>
        </IonToolbar>
      </IonHeader>
      <IonContent color="light">
        <ProfileSection />
        <LanguageSection />
        <StorageSection />
        <AboutSection />
      </IonContent>
    </IonPage>
  );
}
