import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { useParams } from 'react-router-dom';
import { markReportSent, monthRecap, monthlyReport } from '../../../data/rt';
import { isValidMonth, todayIso } from '../../../domain/dates';
import { formatDate, formatMonth, useLang, useT } from '../../i18n';
import { DateField } from '../ui/Field';
import { PageShell } from '../ui/PageShell';
import { BalanceLine, RecapTable } from '../recap/RecapTable';
import { useRecapInputs } from '../recap/useRecap';
import { useWriter } from '../useWriter';
import { ReportSections } from './ReportSections';
import { Activities } from './Activities';
import { ExportButtons } from '../../print/ExportButtons';
import { ReportSheet } from '../print/RtSheets';
import { reportCsv } from '../print/csv';

/** '/warga/laporan/:month' — the monthly report to the Kepala Desa: print/PDF, CSV, marked sent. */
export default function ReportPage() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { month = '' } = useParams();
  const inputs = useRecapInputs();
  const { write, saving } = useWriter();
  const [sentOn, setSentOn] = useState(todayIso());
  if (!isValidMonth(month) || !inputs) return <PageShell title={t('rt.rp.title')}>{!isValidMonth(month) && <p>{t('rt.notFound')}</p>}</PageShell>;

  const { unit, books, reg, events } = inputs;
  const r = monthlyReport(books, reg, month);
  const recap = monthRecap(events, month);
  const heading = t('rt.rp.heading', { rt: unit.data.rtNo, rw: unit.data.rw ?? '-', desa: unit.data.desaName ?? unit.data.desaCode, month: formatMonth(month, lang) });
  const send = () => write((db, ctx) => markReportSent(db, unit.addr, month, sentOn, recap, r.report, ctx));

  return (
    <PageShell title={t('rt.rp.title')}>
      <article className="rt-card" data-testid="rt-report">
        <h2>{heading}</h2>
        <h3>{t('rt.rp.recap')}</h3>
        <RecapTable recap={recap} />
        <BalanceLine recap={recap} />
        <ReportSections r={r} reg={reg} />
        <Activities list={r.activities} month={month} />
      </article>
      <section className="rt-card rt-noprint">
        <p data-testid="rt-report-status">{r.report?.data.sentOn ? t('rt.rp.sent', { date: formatDate(r.report.data.sentOn, lang) }) : t('rt.rp.notSent')}</p>
        <ExportButtons filename={`laporan-RT${unit.data.rtNo}-${month}.csv`} csv={() => reportCsv(t, unit, reg, r, recap)} />
        <DateField label={t('rt.rp.sentOn')} name="rp-sentOn" value={sentOn} onChange={setSentOn} max={todayIso()} />
        <IonButton size="small" disabled={saving || !sentOn} onClick={() => void send()}>{t('rt.rp.markSent')}</IonButton>
      </section>
      <ReportSheet unit={unit} reg={reg} report={r} recap={recap} />
    </PageShell>
  );
}
