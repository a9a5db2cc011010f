import { IonBadge } from '@ionic/react';
import { useSyncStatus } from '../sync/status-store';
import { useT } from '../i18n';

const SYNC_TAB = '/sinkron';

/** Count of changes waiting to sync, or "!" when sync has something to look at, on the Sinkron tab (kept live by startSync()). */
function PendingBadge() {
  const t = useT();
  const n = useSyncStatus((s) => s.pending);
  // Nothing waiting, but something to look at (a clash, a refusal, news of another phone's edit).
  const attention = useSyncStatus((s) => s.conflicts + s.rejected + s.notices);
  if (n === 0 && attention > 0) {
    return <IonBadge color="danger" aria-label={t('shell.attentionBadge')} data-testid="attention-badge">!</IonBadge>;
  }
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
