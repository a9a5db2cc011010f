import { IonButton } from '@ionic/react';
import { useT } from '../../i18n';
import { ExportButtons } from '../../print/ExportButtons';
import { PageShell } from '../ui/PageShell';
import { useRt } from '../store';
import { B1Sheet } from '../print/RtSheets';
import { b1Csv } from '../print/csv';

/** '/warga/induk' — B1 buku induk penduduk: the whole book to print or share (the screen lists it by household). */
export default function IndukPage() {
  const t = useT();
  const { unit, reg } = useRt();
  return (
    <PageShell title={t('rt.b1.open')}>
      {unit && reg && (
        <>
          <p data-testid="rt-b1-summary">
            {t('rt.b1.summary', { n: reg.rows.length, active: reg.rows.filter((r) => r.residence.state === 'aktif').length, kk: reg.households.length })}
          </p>
          <IonButton size="small" fill="clear" routerLink="/warga/ktp-kk" data-go="b5">{t('rt.b5.open')}</IonButton>
          <ExportButtons filename={`B1-buku-induk-RT${unit.data.rtNo}.csv`} csv={() => b1Csv(t, unit, reg)} />
          <B1Sheet unit={unit} reg={reg} />
        </>
      )}
    </PageShell>
  );
}
