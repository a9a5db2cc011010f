import { useEffect, useState } from 'react';
import { IonButton, IonInput, IonItem, IonLabel, IonList, IonListHeader } from '@ionic/react';
import { getDb } from '../../data/storage';
import { useT } from '../i18n';
import { useSaver } from '../shell/useSaver';
import { EMPTY_PROFILE, getProfile, setProfile, type Profile } from './profile';

export function ProfileSection() {
  const t = useT();
  const { save, saving } = useSaver();
  const [profile, setLocal] = useState<Profile>(EMPTY_PROFILE);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    void getProfile(getDb())
      .then((p) => live && setLocal(p))
      .catch(() => undefined)
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, []);

  return (
    <IonList inset>
      <IonListHeader>
        <IonLabel>{t('settings.profile')}</IonLabel>
      </IonListHeader>
      <IonItem>
        <IonInput
          label={t('settings.kaderName')}
          labelPlacement="stacked"
          helperText={t('settings.kaderName.help')}
          value={profile.kaderName}
          autocomplete="name"
          disabled={!loaded}
          onIonInput={(e) => setLocal((p) => ({ ...p, kaderName: String(e.detail.value ?? '') }))}
          data-testid="kader-name"
        />
      </IonItem>
      <IonItem>
        <IonInput
          label={t('settings.deviceName')}
          labelPlacement="stacked"
          helperText={t('settings.deviceName.help')}
          value={profile.deviceName}
          disabled={!loaded}
          onIonInput={(e) => setLocal((p) => ({ ...p, deviceName: String(e.detail.value ?? '') }))}
          data-testid="device-name"
        />
      </IonItem>
      <div className="ion-padding-horizontal ion-padding-bottom">
        <IonButton
          expand="block"
          disabled={!loaded || saving}
          onClick={() => void save(() => setProfile(getDb(), profile)).then((r) => r.ok && setLocal(r.value))}
          data-testid="save-profile"
        >
          {t('common.save')}
        </IonButton>
      </div>
    </IonList>
  );
}
