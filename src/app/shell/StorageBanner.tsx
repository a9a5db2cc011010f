import { t as tNow, useT, type MessageKey } from '../i18n';
import { clearStorageProblem, useStorageNotice } from './storage-notice';

/** A storage problem the user must act on (close the old tab, reload, free space), above every tab. */
export function StorageBanner() {
  const t = useT();
  const problem = useStorageNotice((s) => s.problem);
  if (!problem) return null;
  const needsReload = problem === 'versionTooNew';
  return (
    <div className="kd-banner kd-banner-danger" role="alert" data-testid="storage-banner">
      <div className="kd-banner-text">{t(`storage.${problem}` as MessageKey, { detail: '' })}</div>
      <div className="kd-banner-actions">
        {needsReload ? (
          <button type="button" className="kd-btn" onClick={() => window.location.reload()}>
            {t('storage.reload')}
          </button>
        ) : (
          <button type="button" className="kd-btn kd-btn-quiet" onClick={clearStorageProblem} aria-label={tNow('storage.dismiss')}>
            {t('storage.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
