import type { PopulationRecap } from '../../domain/population';
import type { MonthlyReport } from './report';
import { CELL_KEYS, RECAP_ROWS, cellValue } from './recap';

// The monthly report as CSV for the desa (opens in any spreadsheet). Section titles and column
// names come from the caller so they follow the user's language.

function cell(v: string | number | boolean | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: (string | number | boolean | undefined)[][]): string {
  // Leading BOM so spreadsheet programs read the Indonesian names as UTF-8.
  return '\ufeff' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export interface CsvLabels {
  title: string;
  recap: string;
  rowNames: Record<(typeof RECAP_ROWS)[number], string>;
  births: string;
  deaths: string;
  temps: string;
  rentan: string;
  activities: string;
  cols: { name: string; sex: string; date: string; place: string; household: string; idNumber: string; purpose: string; host: string; departure: string; missing: string; title: string; description: string; notes: string };
  docName: (k: string) => string;
}

export function reportCsv(r: MonthlyReport, recap: PopulationRecap, L: CsvLabels, householdName: (id: string) => string): string {
  const rows: (string | number | boolean | undefined)[][] = [[L.title]];
  rows.push([], [L.recap], ['', ...CELL_KEYS]);
  for (const row of RECAP_ROWS) rows.push([L.rowNames[row], ...CELL_KEYS.map((k) => cellValue(recap, row, k))]);
  rows.push([], [L.births], [L.cols.name, L.cols.sex, L.cols.date, L.cols.place, L.cols.household]);
  for (const e of r.births) rows.push([e.data.name, e.data.sex, e.data.date, e.data.place, householdName(e.data.householdId)]);
  rows.push([], [L.deaths], [L.cols.name, L.cols.sex, L.cols.date, L.cols.place, L.cols.household]);
  for (const e of r.deaths) rows.push([e.data.name, e.data.sex, e.data.date, e.data.cause, householdName(e.data.householdId)]);
  rows.push([], [L.temps], [L.cols.name, L.cols.sex, L.cols.idNumber, L.cols.place, L.cols.purpose, L.cols.host, L.cols.date, L.cols.departure]);
  for (const t of r.temps) {
    const d = t.data;
    rows.push([d.name, d.sex, d.idNumber, d.arrivedFrom, d.purpose, d.hostName, d.arrivalDate, d.departureDate]);
  }
  rows.push([], [L.rentan], [L.cols.name, L.cols.sex, L.cols.household, L.cols.missing]);
  for (const x of r.rentan) rows.push([x.row.person.data.name, x.row.person.data.sex, x.row.household ? householdName(x.row.household.id) : '', x.missing.map(L.docName).join(' / ')]);
  rows.push([], [L.activities], [L.cols.date, L.cols.title, L.cols.description]);
  for (const a of r.activities) rows.push([a.data.date, a.data.title, a.data.description]);
  return toCsv(rows);
}
