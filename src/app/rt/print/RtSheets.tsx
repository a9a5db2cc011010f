import type { MonthlyReport, Register, RtBooks, RtUnit } from '../../../data/rt';
import type { PopulationRecap } from '../../../domain/population';
import { formatDate, formatMonth, useT } from '../../i18n';
import { PrintSheet, type Signature } from '../../print/PrintSheet';
import { SheetTable } from '../../print/SheetTable';
import { b1Columns, b1Rows, rtLines } from './b1';
import { b2Columns, b2Rows } from './b2';
import { b3Columns } from './b3';
import { b4Columns, b4Rows } from './b4';
import { b5Columns, b5Rows } from './b5';
import { activityColumns, birthColumns, deathColumns, rentanColumns, tempColumns } from './report';
import type { T } from './labels';
import '../print.css';

// The RT books and the monthly report on paper (Permendagri 47/2016 models B1–B5, 001 Pasal 24).

export function rtSignatures(t: T, unit: RtUnit, withKades = false): Signature[] {
  const desa = unit.data.desaName ?? unit.data.desaCode;
  const ketua = { role: t('rt.rpt.signKetua', { rt: unit.data.rtNo }), name: unit.data.ketua };
  return withKades ? [{ role: t('rt.rpt.signKades', { desa }) }, ketua] : [ketua];
}

export function B1Sheet({ unit, reg }: { unit: RtUnit; reg: Register }) {
  const t = useT();
  return (
    <PrintSheet name="b1" form={t('rt.b1.form')} title={t('rt.b1.title')} lines={rtLines(t, unit)} landscape className="rt-sheet-b1"
      place={unit.data.desaName} signatures={rtSignatures(t, unit)}>
      <SheetTable numbered label="b1" columns={b1Columns(t)} rows={b1Rows(reg)} rowKey={(r) => r.person.id} empty={t('rt.rp.empty')} />
    </PrintSheet>
  );
}

export function B5Sheet({ unit, reg }: { unit: RtUnit; reg: Register }) {
  const t = useT();
  return (
    <PrintSheet name="b5" form={t('rt.b5.form')} title={t('rt.b5.title')} lines={rtLines(t, unit)} landscape className="rt-sheet-b5"
      place={unit.data.desaName} signatures={rtSignatures(t, unit)}>
      <SheetTable numbered label="b5" columns={b5Columns(t)} rows={b5Rows(reg)} rowKey={(x) => x.row.person.id} empty={t('rt.rp.empty')} />
    </PrintSheet>
  );
}

export function B2Sheet({ unit, reg }: { unit: RtUnit; reg: Register }) {
  const t = useT();
  return (
    <PrintSheet name="b2" form={t('rt.b2.form')} title={t('rt.b2.title')} lines={rtLines(t, unit)} landscape className="rt-sheet-b2"
      place={unit.data.desaName} signatures={rtSignatures(t, unit)}>
      <SheetTable numbered label="b2" columns={b2Columns(t)} rows={b2Rows(reg)} rowKey={(e) => e.rootId} empty={t('rt.rp.empty')} />
    </PrintSheet>
  );
}

/** B3 of one month (one row) or of a year (a row per month). */
export function B3Sheet({ unit, recaps, period, note }: { unit: RtUnit; recaps: PopulationRecap[]; period: string; note?: (r: PopulationRecap) => string }) {
  const t = useT();
  return (
    <PrintSheet name="b3" form={t('rt.b3.form')} title={t('rt.b3.title')} lines={[...rtLines(t, unit), period]} landscape className="rt-sheet-b3"
      place={unit.data.desaName} signatures={rtSignatures(t, unit)}>
      <SheetTable label="b3" columns={b3Columns(t, { note })} rows={recaps} rowKey={(r) => r.month} />
    </PrintSheet>
  );
}

export function B4Sheet({ unit, books }: { unit: RtUnit; books: RtBooks }) {
  const t = useT();
  return (
    <PrintSheet name="b4" form={t('rt.b4.form')} title={t('rt.b4.title')} lines={rtLines(t, unit)} landscape className="rt-sheet-b4"
      place={unit.data.desaName} signatures={rtSignatures(t, unit)}>
      <SheetTable numbered label="b4" columns={b4Columns(t)} rows={b4Rows(books.temps)} rowKey={(x) => x.id} empty={t('rt.rp.empty')} />
    </PrintSheet>
  );
}

/** The monthly report: addressee, the month's B3 row, parts A–E, signed by the Ketua RT. */
export function ReportSheet({ unit, reg, report, recap }: { unit: RtUnit; reg: Register; report: MonthlyReport; recap: PopulationRecap }) {
  const t = useT();
  const desa = unit.data.desaName ?? unit.data.desaCode;
  const sent = report.report?.data.sentOn;
  return (
    <PrintSheet name="report" title={t('rt.rpt.title')} lines={[...rtLines(t, unit), t('rt.b3.month', { month: formatMonth(report.month) }), t('rt.rpt.to', { desa })]}
      landscape className="rt-sheet-report" place={unit.data.desaName} signatures={rtSignatures(t, unit)}>
      <h2>{t('rt.rpt.recap')}</h2>
      <SheetTable label="recap" columns={b3Columns(t)} rows={[recap]} rowKey={(r) => r.month} />
      <h2>{t('rt.rp.births')}</h2>
      <SheetTable label="births" columns={birthColumns(t, reg)} rows={report.births} rowKey={(e) => e.rootId} empty={t('rt.rp.empty')} />
      <h2>{t('rt.rp.deaths')}</h2>
      <SheetTable label="deaths" columns={deathColumns(t, reg)} rows={report.deaths} rowKey={(e) => e.rootId} empty={t('rt.rp.empty')} />
      <h2>{t('rt.rp.temps')}</h2>
      <SheetTable label="temps" columns={tempColumns(t)} rows={report.temps} rowKey={(x) => x.id} empty={t('rt.rp.empty')} />
      <h2>{t('rt.rp.rentan')}</h2>
      <SheetTable label="rentan" columns={rentanColumns(t, reg)} rows={report.rentan} rowKey={(x) => x.row.person.id} empty={t('rt.rp.empty')} />
      <h2>{t('rt.rp.activities')}</h2>
      <SheetTable label="activities" columns={activityColumns(t)} rows={report.activities} rowKey={(a) => a.id} empty={t('rt.rp.empty')} />
      {sent && <p className="kd-note">{t('rt.rp.sent', { date: formatDate(sent) })}</p>}
    </PrintSheet>
  );
}
