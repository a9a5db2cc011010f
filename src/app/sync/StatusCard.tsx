import { IonButton, IonCard, IonCardContent, IonCardHeader, IonCardTitle, IonProgressBar, IonText } from '@ionic/react';
import { formatDateTime, useLang, useT } from '../i18n';
import type { SyncProgress } from '../../sync';
import { syncNow } from './service';
import { useSyncStatus } from './status-store';

function progressText(t: ReturnType<typeof useT>, p: SyncProgress | null): string {
  if (!p || p.phase === 'check') return t('sync.status.check');
  if (p.phase === 'push') return t('sync.status.push', { done: p.pushed, total: p.toPush });
  return t('sync.status.pull', { n: p.pulled });
}

/** Records waiting, last successful sync, progress, the last error in words, and the button. */
export function StatusCard() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const s = useSyncStatus();
  const ratio = s.progress?.phase === 'push' && s.progress.toPush > 0 ? s.progress.pushed / s.progress.toPush : undefined;
  return (
    <IonCard data-testid="sync-status">
      <IonCardHeader>
        <IonCardTitle>{t('sync.status.title')}</IonCardTitle>
      </IonCardHeader>
      <IonCardContent>
        <p data-testid="sync-pending">{s.pending > 0 ? t('sync.status.pending', { n: s.pending }) : t('sync.status.pendingNone')}</p>
        <p data-testid="sync-last-success">
          {s.lastSuccessAt ? t('sync.status.lastSuccess', { when: formatDateTime(s.lastSuccessAt, lang) }) : t('sync.status.never')}
        </p>
        {s.running && (
          <>
            <p data-testid="sync-progress">{progressText(t, s.progress)}</p>
            {ratio === undefined ? <IonProgressBar type="indeterminate" /> : <IonProgressBar value={ratio} />}
          </>
        )}
        {!s.running && s.lastOk && s.pending === 0 && (
          <IonText color="success">
            <p data-testid="sync-done">{t('sync.status.done')}</p>
          </IonText>
        )}
        {!s.running && s.lastError && (
          <IonText color="danger">
            <p data-testid="sync-error">{s.lastError}</p>
          </IonText>
        )}
        {!s.running && s.nextRetryAt && s.lastError && (
          <p>{t('sync.status.nextTry', { time: formatDateTime(new Date(s.nextRetryAt).toISOString(), lang).slice(-5) })}</p>
        )}
        <IonButton expand="block" data-testid="sync-now" disabled={s.running || !s.enrolled} onClick={() => void syncNow()}>
          {s.running ? t('sync.running') : t('sync.now')}
        </IonButton>
      </IonCardContent>
    </IonCard>
  );
}
