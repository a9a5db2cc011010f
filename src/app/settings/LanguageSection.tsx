import { IonItem, IonLabel, IonList, IonListHeader, IonNote, IonSegment, IonSegmentButton } from '@ionic/react';
import { formatDate, useLang, useT, type Lang } from '../i18n';

export function LanguageSection() {
  const t = useT();
  const { lang, setLang } = useLang();
  return (
    <IonList inset>
      <IonListHeader>
        <IonLabel>{t('settings.language')}</IonLabel>
      </IonListHeader>
      <IonItem lines="none">
        <IonSegment
          value={lang}
          onIonChange={(e) => {
            const v = e.detail.value;
            if (v === 'id' || v === 'en') setLang(v as Lang);
          }}
          data-testid="language"
        >
          <IonSegmentButton value="id">
            <IonLabel>{t('settings.language.id')}</IonLabel>
          </IonSegmentButton>
          <IonSegmentButton value="en">
            <IonLabel>{t('settings.language.en')}</IonLabel>
          </IonSegmentButton>
        </IonSegment>
      </IonItem>
      <IonItem lines="none">
        <IonNote>{t('settings.dateExample', { date: formatDate(new Date().toISOString(), lang) })}</IonNote>
      </IonItem>
    </IonList>
  );
}
