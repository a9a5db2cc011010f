import type { ReactNode } from 'react';
import { IonBackButton, IonButtons, IonContent, IonHeader, IonPage, IonSpinner, IonTitle, IonToolbar } from '@ionic/react';
import { useT } from '../../i18n';
import { describeSaveError } from '../../shell/save-errors';
import { useLoaded } from '../useLoaded';
import '../posyandu.css';

/** Header with back button, and the loading/error states every Posyandu page shares. */
export function PageShell({ title, back = '/posyandu', children, end }: { title: string; back?: string | null; children: ReactNode; end?: ReactNode }) {
  const t = useT();
  const { status, error } = useLoaded();
  return (
    <IonPage>
      <IonHeader className="pd-noprint">
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
      <IonContent className="ion-padding pd-content">
        {status === 'error' ? (
          <p className="pd-error" role="alert">{t('posyandu.loadError', { detail: describeSaveError(error).message })}</p>
        ) : status !== 'ready' ? (
          <IonSpinner aria-label={t('common.loading')} />
        ) : (
          children
        )}
      </IonContent>
    </IonPage>
  );
}
