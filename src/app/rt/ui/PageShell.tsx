import type { ReactNode } from 'react';
import { IonBackButton, IonButtons, IonContent, IonHeader, IonPage, IonSpinner, IonTitle, IonToolbar } from '@ionic/react';
import { useT } from '../../i18n';
import { describeSaveError } from '../../shell/save-errors';
import { useRtBooks } from '../useRtBooks';
import '../rt.css';

/** Header with back button and the loading/error states every RT page shares. */
export function PageShell({ title, back = '/warga', children, end }: { title: string; back?: string | null; children: ReactNode; end?: ReactNode }) {
  const t = useT();
  const { status, error } = useRtBooks();
  return (
    <IonPage>
      <IonHeader className="rt-noprint">
        <IonToolbar>
          {back && (
            <IonButtons slot="start">
              <IonBackButton defaultHref={back} text={t('common.back')} />
            </IonButtons>
          )}
          <IonTitle>{title}</IonTitle>
          {end && <IonButtons slot="end">{end}</IonButtons>}
        </IonToolbar>
      </IonHeader>
      <IonContent className="ion-padding rt-content">
        {status === 'error' ? (
          <p className="rt-error" role="alert">{t('rt.loadError', { detail: describeSaveError(error).message })}</p>
        ) : status !== 'ready' ? (
          <IonSpinner aria-label={t('common.loading')} />
        ) : (
          children
        )}
      </IonContent>
    </IonPage>
  );
}
