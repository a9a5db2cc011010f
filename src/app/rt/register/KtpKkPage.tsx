import { useT } from '../../i18n';
import { ExportButtons } from '../../print/ExportButtons';
import { PageShell } from '../ui/PageShell';
import { useRt } from '../store';
import { B5Sheet } from '../print/RtSheets';
import { b5Csv } from '../print/csv';
import { b5Rows } from '../print/b5';

/** '/warga/ktp-kk' — B5 buku KTP dan KK: the residents living here with their KK and NIK, to print or share. */
export default function KtpKkPage() {
  const t = useT();
  const { unit, reg } = useRt();
  return (
    <PageShell title={t('rt.b5.open')}>
      {unit && reg && (
        <>
          <p data-testid="rt-b5-summary">{t('rt.b5.summary', { n: b5Rows(reg).length, kk: reg.households.length })}</p>
          <ExportButtons filename={`B5-buku-ktp-kk-RT${unit.data.rtNo}.csv`} csv={() => b5Csv(t, unit, reg)} />
          <B5Sheet unit={unit} reg={reg} />
        </>
      )}
    </PageShell>
  );
}
