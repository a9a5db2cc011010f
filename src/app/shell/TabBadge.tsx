import { IonBadge } from '@ionic/react';
import { useSyncStatus } from '../sync/status-store';
import { useT } from '../i18n';

const SYNC_TAB = '/sinkron';

/** Count of changes waiting to sync, on the Sinkron tab (kept live by startSync()). */
function PendingBadge() {
  const t = useT();
  const n = useSyncStatus((s) => s.pending);
  if (n === 0) return null;
  return (
    <IonBadge color="warning" aria-label={t('shell.pendingBadge', { n })} data-testid="pending-badge">
      {n > 99 ? '99+' : n}
    </IonBadge>
  );
}

export function TabBadge({ tabPath }: { tabPath: string }) {
  return tabPath === SYNC_TAB ? <PendingBadge /> : null;
}
