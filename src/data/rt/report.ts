import type { KaderDb } from '../db';
import { saveRecord, type WriteContext } from '../records';
import { firstDayOf, lastDayOf, monthOf } from '../../domain/dates';
import type { Month } from '../../domain/types';
import type { PopulationRecap } from '../../domain/population';
import type { RtActivityData, RtReportData, TempResidentData } from '../../domain/records/rt';
import type { RtActivity, RtBooks, RtReport, TempResident } from './books';
import type { EffectiveEntry } from './entries';
import type { Register, RegisterRow } from './register';
import { missingDocuments, type DocKey } from './documents';
import { flattenRecap } from './recap';

/** The five parts of the monthly report to the Kepala Desa (001 Pasal 24 ayat 2). */
export interface MonthlyReport {
  month: Month;
  births: EffectiveEntry[];
  deaths: EffectiveEntry[];
  temps: TempResident[];
  rentan: { row: RegisterRow; missing: DocKey[] }[];
  activities: RtActivity[];
  report: RtReport | undefined;
}

/** Temporary residents staying at any time during the month. */
export function tempsInMonth(temps: TempResident[], month: Month): TempResident[] {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  return temps
    .filter((t) => t.data.arrivalDate <= last && (!t.data.departureDate || t.data.departureDate >= first))
    .sort((a, b) => (a.data.arrivalDate < b.data.arrivalDate ? -1 : 1));
}

export function monthlyReport(books: RtBooks, reg: Register, month: Month): MonthlyReport {
  const last = lastDayOf(month);
  const inMonth = (e: EffectiveEntry) => monthOf(e.data.date) === month;
  // Rentan adminduk at month end: residents then (arrived or born by the last day, not gone before it).
  const rentan = reg.rows
    .filter((r) => (r.residence.since ?? '') <= last && (r.residence.state === 'aktif' || (r.residence.until ?? '') > last))
    .map((row) => ({ row, missing: missingDocuments(row.person.data, last) }))
    .filter((x) => x.missing.length > 0);
  return {
    month,
    births: reg.effective.filter((e) => e.data.type === 'lahir' && inMonth(e)),
    deaths: reg.effective.filter((e) => e.data.type === 'mati' && inMonth(e)),
    temps: tempsInMonth(books.temps, month),
    rentan,
    activities: books.activities.filter((a) => monthOf(a.data.date) === month).sort((a, b) => (a.data.date < b.data.date ? -1 : 1)),
    report: books.reports.find((r) => r.data.month === month),
  };
}

/** Marks the month's report sent on `sentOn`, keeping the figures as sent to show later revisions. */
export async function markReportSent(
  db: KaderDb, addr: string, month: Month, sentOn: string, recap: PopulationRecap, existing: RtReport | undefined, ctx: WriteContext,
): Promise<RtReport> {
  const data: RtReportData = {
    ...(existing?.data ?? {}), month, sentOn, sentAt: (ctx.now?.() ?? new Date()).toISOString(), sentRecap: flattenRecap(recap),
  };
  return saveRecord(db, { id: existing?.id, kind: 'rt.report', addr, data }, ctx);
}

export async function saveActivity(db: KaderDb, addr: string, data: RtActivityData, ctx: WriteContext, id?: string): Promise<RtActivity> {
  return saveRecord(db, { id, kind: 'rt.activity', addr, data }, ctx);
}

export async function saveTemp(db: KaderDb, addr: string, data: TempResidentData, ctx: WriteContext, id?: string): Promise<TempResident> {
  return saveRecord(db, { id, kind: 'rt.temp', addr, data }, ctx);
}
