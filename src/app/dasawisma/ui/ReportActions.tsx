import { IonButton, IonIcon } from '@ionic/react';
import { printOutline, shareSocialOutline } from 'ionicons/icons';
import { useT } from '../../i18n';
import { shareCsv, toCsv } from './csv';

/** Print (the browser's "save as PDF" too) and CSV share for a report table. */
export function ReportActions({ filename, rows }: { filename: string; rows: () => (string | number | null | undefined)[][] }) {
  const t = useT();
  return (
    <div className="dw-noprint">
      <IonButton fill="outline" size="small" onClick={() => window.print()}>
        <IonIcon slot="start" icon={printOutline} />
        {t('dasawisma.print')}
      </IonButton>
      <IonButton fill="outline" size="small" onClick={() => void shareCsv(filename, toCsv(rows()))}>
        <IonIcon slot="start" icon={shareSocialOutline} />
        {t('dasawisma.csv')}
      </IonButton>
    </div>
  );
}
