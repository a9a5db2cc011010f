import { IonButton } from '@ionic/react';
import { writeCsv, type CsvSection } from '../../domain/csv';
import { useT } from '../i18n';
import { shareCsv } from '../shell/shareFile';
import { useToast } from '../shell/overlays';

/**
 * "Cetak" and "Bagikan CSV" under every report: print the page's PrintSheet (the browser's print,
 * "Save as PDF" too), share or download the same table as CSV (src/domain/csv.ts).
 */
export function ExportButtons({ filename, csv, className }: {
  filename: string;
  /** built only when tapped */
  csv?: () => CsvSection | CsvSection[];
  className?: string;
}) {
  const t = useT();
  const [toast] = useToast();
  const share = async () => {
    if (!csv) return;
    const how = await shareCsv(safeName(filename), writeCsv(csv()));
    if (how !== 'cancelled') void toast({ message: t(how === 'shared' ? 'export.shared' : 'export.downloaded'), duration: 1500, position: 'top' });
  };
  return (
    <div className={`kd-export no-print${className ? ` ${className}` : ''}`}>
      <IonButton size="small" fill="outline" data-action="print" onClick={() => window.print()}>{t('common.print')}</IonButton>
      {csv && <IonButton size="small" fill="outline" data-action="csv" onClick={() => void share()}>{t('common.shareCsv')}</IonButton>}
    </div>
  );
}

/** A file name without spaces or characters a phone's file system refuses. */
export function safeName(name: string): string {
  return name.replace(/[^\w.-]+/g, '_').replace(/_+/g, '_');
}
