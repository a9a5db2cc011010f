import type { ReactNode } from 'react';
import { IonBackButton, IonButtons, IonContent, IonHeader, IonPage, IonTitle, IonToolbar } from '@ionic/react';
import '../dasawisma.css';

/** A dasawisma page: header with back button and title, padded content. */
export function Page({ title, back = '/dasawisma', end, children }: { title: string; back?: string | null; end?: ReactNode; children: ReactNode }) {
  return (
    <IonPage>
      <IonHeader className="dw-noprint">
        <IonToolbar>
          {back && (
            <IonButtons slot="start">
              <IonBackButton defaultHref={back} />
            </IonButtons>
          )}
          <IonTitle>{title}</IonTitle>
          {end && <IonButtons slot="end">{end}</IonButtons>}
        </IonToolbar>
      </IonHeader>
      <IonContent className="ion-padding">{children}</IonContent>
    </IonPage>
  );
}
