import type { ReactNode } from 'react';
import { IonBackButton, IonButtons, IonContent, IonHeader, IonPage, IonTitle, IonToolbar } from '@ionic/react';
import { useT } from '../i18n';

/**
 * The frame every module page shares: a header with back button, title and optional end buttons
 * (hidden when printing), and padded content. Modules add their own loading and error states.
 */
export function ModulePage({ title, back, end, className, children }: {
  title: string;
  /** Where the back button goes when there is no history (deep link); null hides it. */
  back: string | null;
  end?: ReactNode;
  /** Extra class on the content, for the module's own layout and print styles. */
  className?: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <IonPage>
      <IonHeader className="no-print">
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
      <IonContent className={className ? `ion-padding ${className}` : 'ion-padding'}>{children}</IonContent>
    </IonPage>
  );
}
