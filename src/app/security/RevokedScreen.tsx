import { IonButton } from '@ionic/react';
import { useT } from '../i18n';
import { REVOKED_MARK } from './wipe-app';

/** Shown once after a revoked phone wiped itself (sync/engine.ts retire, wipe-app.ts). */
export default function RevokedScreen({ onClose }: { onClose(): void }) {
  const t = useT();
  return (
    <div className="ion-padding" style={{ maxWidth: 420, margin: '0 auto', padding: 16 }} role="alert" data-testid="revoked-screen">
      <h1>{t('security.revoked.title')}</h1>
      <p>{t('security.revoked.text')}</p>
      <IonButton
        expand="block"
        onClick={() => {
          try {
            localStorage.removeItem(REVOKED_MARK);
          } catch {
            /* nothing to clear */
          }
          onClose();
        }}
        data-testid="revoked-ok"
      >
        {t('security.revoked.ok')}
      </IonButton>
    </div>
  );
}
