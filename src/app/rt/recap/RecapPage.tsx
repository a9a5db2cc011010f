import { IonButton } from '@ionic/react';
import { ExportButtons } from '../../print/ExportButtons';
import { B3Sheet } from '../print/RtSheets';
import { b3Csv } from '../print/csv';
import { useParams } from 'react-router-dom';
import { monthRecap } from '../../../data/rt';
import { addMonths, isValidMonth } from '../../../domain/dates';
import { formatDate, formatMonth, useLang, useT } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { BalanceLine, RecapTable } from './RecapTable';
import { useRecapInputs } from './useRecap';

/** '/warga/rekap/:month' — B3 of one month, computed from the books; printable. */
export default function RecapPage() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { month = '' } = useParams();
  const inputs = useRecapInputs();
  if (!isValidMonth(month)) return <PageShell title={t('rt.rk.title')}><p>{t('rt.notFound')}</p></PageShell>;
  const recap = inputs ? monthRecap(inputs.events, month) : null;
  const report = inputs?.books.reports.find((r) => r.data.month === month);
  const revised = inputs?.rev.months.includes(month);
  return (
    <PageShell title={t('rt.rk.title')}>
      {inputs && recap && (
        <section className="rt-card">
          <h2 data-testid="rt-recap-month">{t('rt.rk.title')} — {t('rt.rtNo', { rt: inputs.unit.data.rtNo })} · {formatMonth(month, lang)}</h2>
          {revised && report?.data.sentOn && (
            <p className="rt-warn" data-testid="rt-revised">{t('rt.rk.revised', { date: formatDate(report.data.sentOn, lang) })}</p>
          )}
          <RecapTable recap={recap} sent={revised ? report?.data.sentRecap : undefined} />
          <BalanceLine recap={recap} />
          <ExportButtons filename={`B3-rekap-RT${inputs.unit.data.rtNo}-${month}.csv`} csv={() => b3Csv(t, inputs.unit, [recap], t('rt.b3.month', { month: formatMonth(month, lang) }))} />
          <B3Sheet unit={inputs.unit} recaps={[recap]} period={t('rt.b3.month', { month: formatMonth(month, lang) })}
            note={() => (revised && report?.data.sentOn ? t('rt.b3.revised', { date: formatDate(report.data.sentOn, lang) }) : '')} />
        </section>
      )}
      <div className="rt-nav rt-noprint">
        <IonButton size="small" fill="outline" routerLink={`/warga/rekap/${addMonths(month, -1)}`}>{t('rt.rk.prev')}</IonButton>
        <IonButton size="small" fill="outline" routerLink={`/warga/rekap/${addMonths(month, 1)}`}>{t('rt.rk.next')}</IonButton>
        <IonButton size="small" fill="outline" routerLink={`/warga/rekap/tahun/${month.slice(0, 4)}`}>{t('rt.rk.year')}</IonButton>
        <IonButton size="small" fill="outline" routerLink={`/warga/laporan/${month}`}>{t('rt.nav.laporan')}</IonButton>
      </div>
    </PageShell>
  );
}
