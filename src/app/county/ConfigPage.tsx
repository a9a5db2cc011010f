import { useEffect, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useT, type MessageKey } from '../i18n';
import type { ActiveConfig } from '../../domain/records/config';
import { CountyApiError, postJson } from './api';
import { Page } from './ui/Page';
import { useCounty } from './ui/useCounty';

type Config = ActiveConfig & { profiles: string[]; devices: { total: number; current: number } };

export default function ConfigPage() {
  const t = useT();
  const { data, error, loading, reload } = useCounty<Config>('config');
  const [profile, setProfile] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (data) setProfile(data.strataProfile);
  }, [data]);
  const save = async () => {
    try {
      const r = await postJson<{ version: number }>('config', { strataProfile: profile });
      setMessage(t('county.cfg.saved', { version: r.version }));
      reload();
    } catch (e) {
      setMessage(e instanceof CountyApiError && e.info.kind === 'offline' ? t('county.offline') : t('county.serverError', { reason: String(e) }));
    }
  };
  return (
    <Page title={t('county.menu.config')} error={error} loading={loading}>
      {data && (
        <>
          <p data-testid="cfg-version">{t('county.cfg.version', { version: data.version })}</p>
          <p>{t('county.cfg.devices', data.devices)}</p>
          <p>{t('county.cfg.kbm', { id: data.kbm.id, version: data.kbm.version })}</p>
          <div className="kab-form">
            <label>
              {t('county.cfg.profile')}{' '}
              <select value={profile} onChange={(e) => setProfile(e.target.value)} data-testid="cfg-profile">
                {data.profiles.map((p) => <option key={p} value={p}>{t(`county.cfg.profile.${p}` as MessageKey)}</option>)}
              </select>
            </label>
            <IonButton onClick={() => void save()} data-testid="cfg-save">{t('common.save')}</IonButton>
          </div>
          {message && <p role="status" data-testid="cfg-message">{message}</p>}
        </>
      )}
    </Page>
  );
}
