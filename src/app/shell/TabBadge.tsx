import { useEffect, useState } from 'react';
import { IonBadge } from '@ionic/react';
import { liveQuery } from 'dexie';
import { getDb } from '../../data/storage';
import { useT } from '../i18n';

const SYNC_TAB = '/sinkron';

/** Count of changes waiting to sync, shown on the Sinkron tab; live from the outbox table. */
function usePendingCount(): number {
  const [n, setN] = useState(0);
  useEffect(() => {
    const sub = liveQuery(() => getDb().outbox.count()).subscribe({ next: setN, error: () => setN(0) });
    return () => sub.unsubscribe();
  }, []);
  return n;
}

function PendingBadge() {
  const t = useT();
  const n = usePendingCount();
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
