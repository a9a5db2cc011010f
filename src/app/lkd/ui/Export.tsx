import { IonButton, IonIcon } from '@ionic/react';
import { printOutline, shareSocialOutline } from 'ionicons/icons';
import { useT } from '../../i18n';
import { shareCsv } from '../../shell/shareFile';

// Print and CSV for the Desa reports, kept minimal until the app's one print mechanism and CSV
// writer (engineer "out", src/app/print, src/domain/csv.ts) are on main; then these switch to them.

export type Cell = string | number | null | undefined;

/** RFC 4180 with ';' between fields (a spreadsheet set to Indonesian reads it), BOM added by shareCsv. */
export function toCsv(rows: Cell[][]): string {
  const cell = (v: Cell) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[";\n\r]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

export function Export({ filename, rows }: { filename: string; rows: () => Cell[][] }) {
  const t = useT();
  return (
    <div className="lkd-noprint">
      <IonButton size="small" fill="outline" data-action="print" onClick={() => window.print()}>
        <IonIcon slot="start" icon={printOutline} />
        {t('common.print')}
      </IonButton>
      <IonButton size="small" fill="outline" data-action="csv" onClick={() => void shareCsv(filename, toCsv(rows()))}>
        <IonIcon slot="start" icon={shareSocialOutline} />
        {t('common.shareCsv')}
      </IonButton>
    </div>
  );
}
