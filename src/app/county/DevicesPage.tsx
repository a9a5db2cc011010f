import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { formatDateTime, useLang, useT } from '../i18n';
import type { CountyCode } from '../../server/county/admin';
import type { DeviceInfo } from '../../server/admin/devices';
import { postJson } from './api';
import { Page } from './ui/Page';
import { Toolbar } from './ui/Toolbar';
import { useCounty } from './ui/useCounty';
import { useAlert } from '../shell/overlays';
import { NewCodeForm, useCodeError } from './codes/NewCodeForm';
import { roleWords } from '../sync/words';

/** Devices and enrolment codes of the kabupaten: make a code for a place, revoke a code or a phone. */
export default function DevicesPage() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [confirm] = useAlert();
  const codeError = useCodeError();
  const codes = useCounty<{ codes: CountyCode[] }>('codes');
  const devices = useCounty<{ configVersion: number; self: string; devices: DeviceInfo[] }>('devices');
  const [message, setMessage] = useState<string | null>(null);
  const kab = devices.data?.devices.find((d) => d.id === devices.data?.self)?.scope.kabupaten ?? '';

  const reload = () => {
    codes.reload();
    devices.reload();
  };
  const revoke = (what: string, path: string) =>
    void confirm({
      message: t('county.dev.confirmRevoke', { what }),
      buttons: [
        t('common.cancel'),
        {
          text: t('county.dev.revoke'),
          role: 'destructive',
          handler: () => void postJson(path).then(() => setMessage(null), (e: unknown) => setMessage(codeError(e))).finally(reload),
        },
      ],
    });

  return (
    <Page title={t('county.menu.devices')} error={codes.error ?? devices.error} loading={codes.loading || devices.loading}>
      <Toolbar csv={[]} />
      <h2>{t('county.dev.newCode')}</h2>
      {kab && <NewCodeForm kab={kab} onCreated={reload} onMessage={setMessage} />}
      {message && <p className="kab-chips" role="status" data-testid="dev-message"><span>{message}</span></p>}

      <h2>{t('county.dev.devices')}</h2>
      <div className="kab-wrap">
        <table className="kab-table" data-testid="devices">
          <thead>
            <tr><th>{t('county.dev.label')}</th><th className="kab-left">{t('county.dev.role')}</th><th>{t('county.lastSync')}</th><th>{t('county.dev.appVersion')}</th><th>{t('county.dev.pending')}</th><th>{t('county.dev.config')}</th><th /></tr>
          </thead>
          <tbody>
            {devices.data?.devices.map((d) => (
              <tr key={d.id}>
                <td>{d.deviceName ? `${d.deviceName} · ` : ''}{d.scope.label}</td>
                <td className="kab-left">{roleWords(d.role)}</td>
                <td>{d.lastSyncAt ? formatDateTime(d.lastSyncAt, lang) : t('county.never')}</td>
                <td>{d.appVersion ?? '–'}</td><td>{d.pending ?? '–'}</td>
                <td className={d.configVersion !== null && d.configVersion !== devices.data!.configVersion ? 'kab-flag' : ''}>{d.configVersion ?? '–'}</td>
                <td>{d.revokedAt ? t('county.dev.revoked') : d.id !== devices.data!.self && <IonButton size="small" color="danger" fill="clear" onClick={() => revoke(d.scope.label, `devices/${encodeURIComponent(d.id)}/revoke`)}>{t('county.dev.revoke')}</IonButton>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('county.dev.codes')}</h2>
      <div className="kab-wrap">
        <table className="kab-table" data-testid="codes">
          <thead><tr><th>{t('county.dev.code')}</th><th className="kab-left">{t('county.dev.role')}</th><th className="kab-left">{t('county.dev.place')}</th><th>{t('county.dev.usesLeft')}</th><th /></tr></thead>
          <tbody>
            {codes.data?.codes.map((c) => (
              <tr key={c.id}>
                <td>{c.hint}</td><td className="kab-left">{roleWords(c.role)}</td><td className="kab-left">{c.scope.label}</td><td>{c.usesLeft ?? '∞'}</td>
                <td>{c.revokedAt ? t('county.dev.revoked') : <IonButton size="small" color="danger" fill="clear" onClick={() => revoke(c.hint, `codes/${c.id}/revoke`)}>{t('county.dev.revoke')}</IonButton>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Page>
  );
}
