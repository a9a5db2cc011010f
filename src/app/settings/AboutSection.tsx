import { IonButton, IonItem, IonLabel, IonList, IonListHeader } from '@ionic/react';
import { useT } from '../i18n';
import { APP_VERSION } from '../shell/version';
import { useUpdate } from '../shell/update';

export function AboutSection() {
  const t = useT();
  const available = useUpdate((s) => s.available);
  return (
    <IonList inset>
      <IonListHeader>
        <IonLabel>{t('settings.about')}</IonLabel>
      </IonListHeader>
      <IonItem>
        <IonLabel className="ion-text-wrap">
          <p>{t('settings.about.text')}</p>
        </IonLabel>
      </IonItem>
      <IonItem lines="none">
        <IonLabel>{t('settings.about.version')}</IonLabel>
        <span slot="end" data-testid="app-version">
          {APP_VERSION}
        </span>
      </IonItem>
      {available && (
        <div className="ion-padding-horizontal ion-padding-bottom">
          {/* "Nanti" on the banner only hides it; the update stays one tap away here. */}
          <IonButton expand="block" onClick={() => useUpdate.setState({ postponed: false })}>
            {t('settings.about.update')}
          </IonButton>
        </div>
      )}
    </IonList>
  );
}
