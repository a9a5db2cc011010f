import { useCallback, useEffect, useState } from 'react';
import { IonButton, IonItem, IonLabel, IonList, IonListHeader, IonNote, IonProgressBar } from '@ionic/react';
import { requestPersistence, storageEstimate, type StorageEstimate } from '../../data/storage';
import { useLang, useT } from '../i18n';
import { formatBytes } from './format-bytes';

export function StorageSection() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [est, setEst] = useState<StorageEstimate | null | undefined>(undefined);
  const [denied, setDenied] = useState(false);

  const refresh = useCallback(() => {
    void storageEstimate()
      .then(setEst)
      .catch(() => setEst(null));
  }, []);
  useEffect(refresh, [refresh]);

  async function ask() {
    const granted = await requestPersistence().catch(() => false);
    setDenied(!granted);
    refresh();
  }

  return (
    <IonList inset>
      <IonListHeader>
        <IonLabel>{t('settings.storage')}</IonLabel>
      </IonListHeader>
      {est === null && (
        <IonItem lines="none">
          <IonNote>{t('settings.storage.unknown')}</IonNote>
        </IonItem>
      )}
      {est && (
        <>
          <IonItem>
            <IonLabel>
              <h3>{t('settings.storage.used')}</h3>
              <p data-testid="storage-usage">
                {t('settings.storage.usedOf', { used: formatBytes(est.usage, lang), quota: formatBytes(est.quota, lang) })}
              </p>
              {est.quota > 0 && <IonProgressBar value={Math.min(1, est.usage / est.quota)} />}
            </IonLabel>
          </IonItem>
          <IonItem lines="none">
            <IonLabel className="ion-text-wrap">
              <h3>{t('settings.storage.persisted')}</h3>
              <p data-testid="storage-persisted">
                {est.persisted ? t('settings.storage.persisted.yes') : t('settings.storage.persisted.no')}
              </p>
            </IonLabel>
          </IonItem>
          {!est.persisted && (
            <div className="ion-padding-horizontal ion-padding-bottom">
              <IonButton expand="block" fill="outline" onClick={() => void ask()}>
                {t('settings.storage.ask')}
              </IonButton>
              {denied && <IonNote color="medium">{t('settings.storage.denied')}</IonNote>}
            </div>
          )}
        </>
      )}
    </IonList>
  );
}
