import { Suspense } from 'react';
import { IonContent, IonHeader, IonPage, IonTitle, IonToolbar } from '@ionic/react';
import { useT } from '../i18n';
import { LanguageSection } from './LanguageSection';
import { ProfileSection } from './ProfileSection';
import { StorageSection } from './StorageSection';
import { AboutSection } from './AboutSection';
import { lazyPage } from '../shell/lazyPage';

// The people on the phone and their PINs (issue 17): its own chunk with its strings.
const PeopleSection = lazyPage(['security'], () => import('../security/PeopleSection'));

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
        <Suspense fallback={null}>
          <PeopleSection />
        </Suspense>
        <LanguageSection />
        <StorageSection />
        <AboutSection />
      </IonContent>
    </IonPage>
  );
}
