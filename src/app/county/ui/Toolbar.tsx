import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { formatPercent, useT } from '../../i18n';
import { CountyApiError, downloadCsv } from '../api';
import { useToast } from '../../shell/overlays';

/** Month (and year) pickers, CSV downloads and print: above every report. */
export function Toolbar({ month, onMonth, csv }: { month?: string; onMonth?: (m: string) => void; csv: { label: string; path: string }[] }) {
  const t = useT();
  const [toast] = useToast();
  const [busy, setBusy] = useState(false);
  const get = async (path: string) => {
    setBusy(true);
    try {
      await downloadCsv(path);
    } catch (e) {
      const kind = e instanceof CountyApiError ? e.info.kind : 'server';
      void toast({ message: kind === 'offline' ? t('county.offline') : t('county.serverError', { reason: String(e) }), duration: 3000 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="kab-toolbar kab-noprint">
      {month && onMonth && (
        <label>
          {t('county.month')}{' '}
          <input type="month" value={month} onChange={(e) => e.target.value && onMonth(e.target.value)} data-testid="county-month" />
        </label>
      )}
      {csv.map((c) => (
        <IonButton key={c.path} size="small" fill="outline" disabled={busy} onClick={() => void get(c.path)}>
          {t('county.csv', { label: c.label })}
        </IonButton>
      ))}
      <IonButton size="small" fill="outline" data-action="print" onClick={() => window.print()}>
        {t('common.print')}
      </IonButton>
    </div>
  );
}

export const pct = (x: number | null | undefined) => formatPercent(x, 0);
