import type { MonthlyReport, Register, RtBooks, RtUnit } from '../../../data/rt';
import type { PopulationRecap } from '../../../domain/population';
import type { CsvSection } from '../../../domain/csv';
import { formatMonth } from '../../i18n';
import { columnsCsv } from '../../print/columns';
import { b1CsvColumns, b1Rows, rtLines } from './b1';
import { b2CsvColumns, b2Rows } from './b2';
import { b3Columns } from './b3';
import { b4CsvColumns, b4Rows } from './b4';
import { b5CsvColumns, b5Rows } from './b5';
import { activityColumns, birthColumns, deathColumns, rentanColumns, tempColumns } from './report';
import type { T } from './labels';

// The same tables as the printed books, as CSV (src/domain/csv.ts writes them).

export const b1Csv = (t: T, unit: RtUnit, reg: Register): CsvSection => columnsCsv(b1CsvColumns(t), b1Rows(reg), { title: t('rt.b1.title'), lines: rtLines(t, unit) });
export const b2Csv = (t: T, unit: RtUnit, reg: Register): CsvSection => columnsCsv(b2CsvColumns(t), b2Rows(reg), { title: t('rt.b2.title'), lines: rtLines(t, unit) });
export const b3Csv = (t: T, unit: RtUnit, recaps: PopulationRecap[], period: string): CsvSection => columnsCsv(b3Columns(t), recaps, { title: t('rt.b3.title'), lines: [...rtLines(t, unit), period] });
export const b4Csv = (t: T, unit: RtUnit, books: RtBooks): CsvSection => columnsCsv(b4CsvColumns(t), b4Rows(books.temps), { title: t('rt.b4.title'), lines: rtLines(t, unit) });

export const b5Csv = (t: T, unit: RtUnit, reg: Register): CsvSection => columnsCsv(b5CsvColumns(t), b5Rows(reg), { title: t('rt.b5.title'), lines: rtLines(t, unit) });

export function reportCsv(t: T, unit: RtUnit, reg: Register, report: MonthlyReport, recap: PopulationRecap): CsvSection[] {
  return [
    columnsCsv(b3Columns(t), [recap], { title: t('rt.rpt.title'), lines: [...rtLines(t, unit), t('rt.b3.month', { month: formatMonth(report.month) })] }),
    columnsCsv(birthColumns(t, reg), report.births, { title: t('rt.rp.births') }),
    columnsCsv(deathColumns(t, reg), report.deaths, { title: t('rt.rp.deaths') }),
    columnsCsv(tempColumns(t), report.temps, { title: t('rt.rp.temps') }),
    columnsCsv(rentanColumns(t, reg), report.rentan, { title: t('rt.rp.rentan') }),
    columnsCsv(activityColumns(t), report.activities, { title: t('rt.rp.activities') }),
  ];
}
