import { IonButton, IonCard, IonCardContent, IonCardHeader, IonCardTitle, IonProgressBar, IonText } from '@ionic/react';
import { formatDateTime, useLang, useT } from '../i18n';
import type { SyncProgress } from '../../sync';
import { syncNow } from './service';
import { useSyncStatus } from './status-store';
import { errorWords } from './words';

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
  const error = s.lastErrorKind ? errorWords(s.lastErrorKind, s.lastErrorReason) : null;
  const unsettled = [
    s.conflicts > 0 ? t('sync.status.attention.conflicts', { n: s.conflicts }) : '',
    s.rejected > 0 ? t('sync.status.attention.rejected', { n: s.rejected }) : '',
  ].filter(Boolean).join('; ');
  const ratio = s.progress?.phase === 'push' && s.progress.toPush > 0 ? s.progress.pushed / s.progress.toPush : undefined;
  return (
    <IonCard data-testid="sync-status">
      <IonCardHeader>
        <IonCardTitle>{t('sync.status.title')}</IonCardTitle>
      </IonCardHeader>
      <IonCardContent>
        <p data-testid="sync-pending">
          {s.pending > 0 ? t('sync.status.pending', { n: s.pending }) : s.rejected > 0 ? t('sync.status.pendingNoneRefused', { n: s.rejected }) : t('sync.status.pendingNone')}
        </p>
        <p data-testid="sync-last-success">
          {s.lastSuccessAt ? t('sync.status.lastSuccess', { when: formatDateTime(s.lastSuccessAt, lang) }) : t('sync.status.never')}
        </p>
        {s.running && (
          <>
            <p data-testid="sync-progress">{progressText(t, s.progress)}</p>
            {ratio === undefined ? <IonProgressBar type="indeterminate" /> : <IonProgressBar value={ratio} />}
          </>
        )}
        {/* "The server has everything" only when nothing is left to settle (issue 13, Messages). */}
        {!s.running && s.lastOk && s.pending === 0 && !unsettled && (
          <IonText color="success">
            <p data-testid="sync-done">{t('sync.status.done')}</p>
          </IonText>
        )}
        {!s.running && s.lastOk && s.pending === 0 && unsettled && (
          <IonText color="warning">
            <p data-testid="sync-attention">{t('sync.status.attention', { what: unsettled })}</p>
          </IonText>
        )}
        {!s.running && error && (
          <IonText color="danger">
            <p data-testid="sync-error">{error}</p>
          </IonText>
        )}
        {!s.running && s.nextRetryAt && error && (
          <p>{t('sync.status.nextTry', { time: formatDateTime(new Date(s.nextRetryAt).toISOString(), lang).slice(-5) })}</p>
        )}
        <IonButton expand="block" data-testid="sync-now" disabled={s.running || !s.enrolled} onClick={() => void syncNow()}>
          {s.running ? t('sync.running') : t('sync.now')}
        </IonButton>
      </IonCardContent>
    </IonCard>
  );
}
