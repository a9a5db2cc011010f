import { useState } from 'react';
import { useT, formatDateTime, useLang, type MessageKey } from '../i18n';
import type { SyncIssues } from '../../server/reports/sync-issues';
import type { DeviceRef } from '../../sync/protocol';
import { Page } from './ui/Page';
import { Toolbar } from './ui/Toolbar';
import { useCounty } from './ui/useCounty';

// Conflicts and refused records per unit and per phone, and the latest of each (issue 14): where
// two kaders should talk, and which phone keeps sending what the server refuses.

const PERIODS = [7, 30, 90, 365];

/** A record kind in words (the record strings' 'kind.<kind>' once loaded), never the schema key. */
function kindWords(t: ReturnType<typeof useT>, kind: string): string {
  const w = t(`kind.${kind}` as MessageKey);
  return w === `kind.${kind}` ? t('county.sync.record') : w;
}

function reasonWords(t: ReturnType<typeof useT>, reason: string): string {
  const head = reason.split(':')[0].trim();
  return t(`county.sync.reason.${head === 'scope' || head === 'invalid' ? head : 'other'}` as MessageKey) + (head === 'scope' ? '' : ` (${reason})`);
}

export default function SyncIssuesPage() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [days, setDays] = useState(30);
  const r = useCounty<SyncIssues & { days: number }>(`reports/sync?days=${days}`);
  const s = r.data;
  const who = (d: DeviceRef) => [d.kaderName, d.deviceName, d.label || d.deviceId].filter(Boolean).join(' · ');
  const csv = (['units', 'devices', 'conflicts', 'rejections'] as const).map((table) => ({
    label: t(`county.sync.csv.${table}`),
    path: `reports/sync?days=${days}&format=csv&table=${table}`,
  }));
  return (
    <Page title={t('county.menu.sync')} error={r.error} loading={r.loading}>
      <Toolbar csv={csv} />
      <label className="kab-noprint">
        {t('county.sync.days')}{' '}
        <select value={days} onChange={(e) => setDays(+e.target.value)} data-testid="sync-days">
          {PERIODS.map((n) => <option key={n} value={n}>{t('county.sync.daysN', { n })}</option>)}
        </select>
      </label>
      <p>{t('county.sync.help')}</p>
      {s && (
        <>
          <p data-testid="sync-totals">
            {s.totals.conflicts + s.totals.rejections === 0 ? t('county.sync.none') : t('county.sync.totals', { conflicts: s.totals.conflicts, rejections: s.totals.rejections, days: s.days })}
          </p>
          <h2>{t('county.sync.units')}</h2>
          <div className="kab-wrap">
            <table className="kab-table" data-testid="sync-units">
              <thead><tr><th className="kab-left">{t('county.sync.unit')}</th><th>{t('county.sync.conflicts')}</th><th>{t('county.sync.rejections')}</th></tr></thead>
              <tbody>
                {s.units.map((u) => <tr key={u.addr}><td className="kab-left">{u.label}</td><td>{u.conflicts}</td><td>{u.rejections}</td></tr>)}
              </tbody>
            </table>
          </div>
          <h2>{t('county.sync.devices')}</h2>
          <div className="kab-wrap">
            <table className="kab-table" data-testid="sync-devices">
              <thead><tr><th className="kab-left">{t('county.sync.device')}</th><th>{t('county.sync.lost')}</th><th>{t('county.sync.won')}</th><th>{t('county.sync.rejections')}</th><th>{t('county.lastSync')}</th></tr></thead>
              <tbody>
                {s.devices.map((d) => (
                  <tr key={d.deviceId}>
                    <td className="kab-left">{who(d)}{d.revoked ? ` (${t('county.dev.revoked')})` : ''}</td><td>{d.lost}</td><td>{d.won}</td><td>{d.rejected}</td>
                    <td>{d.lastSyncAt ? formatDateTime(d.lastSyncAt, lang) : t('county.never')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('county.sync.latestConflicts')}</h2>
          <div className="kab-wrap">
            <table className="kab-table" data-testid="sync-conflicts">
              <thead><tr><th>{t('county.sync.when')}</th><th className="kab-left">{t('county.sync.unit')}</th><th className="kab-left">{t('county.sync.kind')}</th><th className="kab-left">{t('county.sync.loser')}</th><th className="kab-left">{t('county.sync.winner')}</th></tr></thead>
              <tbody>
                {s.conflicts.map((c) => (
                  <tr key={c.id}>
                    <td>{formatDateTime(c.at, lang)}</td><td className="kab-left">{c.unit}</td><td className="kab-left">{kindWords(t, c.kind)}</td>
                    <td className="kab-left">{who(c.loser)}</td><td className="kab-left">{who(c.winner)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('county.sync.latestRejections')}</h2>
          <div className="kab-wrap">
            <table className="kab-table" data-testid="sync-rejections">
              <thead><tr><th>{t('county.sync.when')}</th><th className="kab-left">{t('county.sync.unit')}</th><th className="kab-left">{t('county.sync.device')}</th><th className="kab-left">{t('county.sync.reason')}</th></tr></thead>
              <tbody>
                {s.rejections.map((x) => (
                  <tr key={`${x.device.deviceId}:${x.seq}`}>
                    <td>{formatDateTime(x.at, lang)}</td><td className="kab-left">{x.unit}</td><td className="kab-left">{who(x.device)}</td><td className="kab-left">{reasonWords(t, x.reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Page>
  );
}
