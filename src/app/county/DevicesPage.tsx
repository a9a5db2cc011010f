import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useT } from '../i18n';
import type { CountyCode } from '../../server/county/admin';
import type { DeviceInfo } from '../../server/admin/devices';
import { CountyApiError, postJson } from './api';
import { Page } from './ui/Page';
import { Toolbar } from './ui/Toolbar';
import { useCounty } from './ui/useCounty';
import { useAlert } from '../shell/overlays';

const ROLES = ['kader', 'ketua-rt', 'dasawisma', 'pkk', 'desa', 'county'] as const;

export default function DevicesPage() {
  const t = useT();
  const [confirm] = useAlert();
  const codes = useCounty<{ codes: CountyCode[] }>('codes');
  const devices = useCounty<{ configVersion: number; self: string; devices: DeviceInfo[] }>('devices');
  const [form, setForm] = useState({ role: 'kader', prefix: '', label: '', uses: 1 });
  const [message, setMessage] = useState<string | null>(null);

  const act = async (fn: () => Promise<unknown>, done?: (r: any) => void) => {
    setMessage(null);
    try {
      const r = await fn();
      done?.(r);
    } catch (e) {
      setMessage(e instanceof CountyApiError ? (e.info.kind === 'offline' ? t('county.offline') : t('county.serverError', { reason: e.info.reason ?? '' })) : String(e));
    }
    codes.reload();
    devices.reload();
  };
  const revoke = (what: string, path: string) =>
    void confirm({
      message: t('county.dev.confirmRevoke', { what }),
      buttons: [t('common.cancel'), { text: t('county.dev.revoke'), role: 'destructive', handler: () => void act(() => postJson(path)) }],
    });

  return (
    <Page title={t('county.menu.devices')} error={codes.error ?? devices.error} loading={codes.loading || devices.loading}>
      <Toolbar csv={[]} />
      <h2>{t('county.dev.newCode')}</h2>
      <form
        className="kab-form kab-noprint"
        onSubmit={(e) => {
          e.preventDefault();
          void act(
            () => postJson<{ code: string }>('codes', { role: form.role, prefix: form.prefix.trim(), label: form.label || undefined, uses: form.uses }),
            (r) => setMessage(t('county.dev.created', { code: r.code })),
          );
        }}
      >
        <label>{t('county.dev.role')} <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>{ROLES.map((r) => <option key={r}>{r}</option>)}</select></label>
        <label>{t('county.dev.scope')} <input value={form.prefix} placeholder="64.11/64.11.05.2003/posyandu:mawar" onChange={(e) => setForm({ ...form, prefix: e.target.value })} data-testid="code-prefix" /></label>
        <label>{t('county.dev.label')} <input value={form.label} onChange={(e) => setForm({ ...form, label: e.target.value })} /></label>
        <label>{t('county.dev.uses')} <input type="number" min={1} value={form.uses} onChange={(e) => setForm({ ...form, uses: Math.max(1, +e.target.value) })} /></label>
        <IonButton type="submit" size="small">{t('county.dev.newCode')}</IonButton>
      </form>
      {message && <p className="kab-chips" role="status" data-testid="dev-message"><span>{message}</span></p>}

      <h2>{t('county.dev.devices')}</h2>
      <div className="kab-wrap">
        <table className="kab-table" data-testid="devices">
          <thead>
            <tr><th>{t('county.dev.label')}</th><th className="kab-left">{t('county.dev.role')}</th><th className="kab-left">{t('county.dev.scope')}</th><th>{t('county.lastSync')}</th><th>{t('county.dev.appVersion')}</th><th>{t('county.dev.pending')}</th><th>{t('county.dev.config')}</th><th /></tr>
          </thead>
          <tbody>
            {devices.data?.devices.map((d) => (
              <tr key={d.id}>
                <td>{d.deviceName ? `${d.deviceName} · ` : ''}{d.label}</td>
                <td className="kab-left">{d.role}</td><td className="kab-left">{d.scope.prefix}</td>
                <td>{d.lastSyncAt ? d.lastSyncAt.slice(0, 16).replace('T', ' ') : t('county.never')}</td>
                <td>{d.appVersion ?? '–'}</td><td>{d.pending ?? '–'}</td>
                <td className={d.configVersion !== null && d.configVersion !== devices.data!.configVersion ? 'kab-flag' : ''}>{d.configVersion ?? '–'}</td>
                <td>{d.revokedAt ? t('county.dev.revoked') : d.id !== devices.data!.self && <IonButton size="small" color="danger" fill="clear" onClick={() => revoke(d.label, `devices/${encodeURIComponent(d.id)}/revoke`)}>{t('county.dev.revoke')}</IonButton>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('county.dev.codes')}</h2>
      <div className="kab-wrap">
        <table className="kab-table" data-testid="codes">
          <thead><tr><th>Kode</th><th className="kab-left">{t('county.dev.role')}</th><th className="kab-left">{t('county.dev.scope')}</th><th>{t('county.dev.usesLeft')}</th><th /></tr></thead>
          <tbody>
            {codes.data?.codes.map((c) => (
              <tr key={c.id}>
                <td>{c.hint}</td><td className="kab-left">{c.role}</td><td className="kab-left">{c.scope.label}</td><td>{c.usesLeft ?? '∞'}</td>
                <td>{c.revokedAt ? t('county.dev.revoked') : <IonButton size="small" color="danger" fill="clear" onClick={() => revoke(c.hint, `codes/${c.id}/revoke`)}>{t('county.dev.revoke')}</IonButton>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Page>
  );
}
