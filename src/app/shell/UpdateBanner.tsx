import { useState } from 'react';
import { useT } from '../i18n';
import { applyUpdate, beforeReloadFacts, useUpdate } from './update';

/**
 * "Versi baru tersedia — Muat ulang / Nanti". Never reloads by itself. When forms are half-filled
 * or changes wait for sync, it says so first (both survive a reload) and asks once more.
 */
export function UpdateBanner() {
  const t = useT();
  const { available, postponed, postpone } = useUpdate();
  const [facts, setFacts] = useState<{ drafts: number; pending: number } | null>(null);
  if (!available || postponed) return null;

  async function reload() {
    const f = await beforeReloadFacts();
    if (facts === null && (f.drafts > 0 || f.pending > 0)) setFacts(f);
    else applyUpdate();
  }

  return (
    <div className="kd-banner kd-banner-update" role="status" data-testid="update-banner">
      <div className="kd-banner-text">
        <strong>{t('update.available')}</strong>
        {facts && facts.drafts > 0 && <p>{t('update.drafts', { n: facts.drafts })}</p>}
        {facts && facts.pending > 0 && <p>{t('update.pending', { n: facts.pending })}</p>}
      </div>
      <div className="kd-banner-actions">
        <button type="button" className="kd-btn kd-btn-quiet" onClick={() => { setFacts(null); postpone(); }}>
          {t('update.later')}
        </button>
        <button type="button" className="kd-btn" onClick={() => void reload()} data-testid="update-reload">
          {facts ? t('update.confirm') : t('update.reload')}
        </button>
      </div>
    </div>
  );
}
