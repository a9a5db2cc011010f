import { dayNumber, lastDayOf } from '../dates';

// When the reports are due (Perbup Paser 2/2022):
// - Quarterly report of the Ketua (Pasal 26 ayat (1), (3), (5)) — to the Kepala Desa for a
//   Posyantekdes, to the Camat for a Posyantek Antar Desa — "selambat-lambatnya pada setiap minggu
//   pertama bulan April, Juli, Oktober dan akhir Desember tahun berjalan"; the three-monthly finance
//   report (Pasal 25 ayat (3) huruf f) goes with it.
//   Read as: Q1 (Jan–Mar) by 7 April, Q2 by 7 July, Q3 by 7 October ("the first week" taken as the
//   month's days 1–7, the reading that never lets a report count as on time later than the 7th),
//   and Q4 (Oct–Dec) by 31 December of the same year, as the article says, though the quarter is
//   not over then.
// - Treasurer's monthly report to the board meeting (Pasal 25 ayat (3) huruf e, "setiap bulan
//   sekali"): the Perbup sets no day; the app counts it on time when given by the end of the
//   following month (a decision, written in src/app/posyantek/README.md).

export const DEADLINE_SOURCE = { quarterly: 'Pasal 26 ayat (5)', finance: 'Pasal 25 ayat (3) huruf f', monthly: 'Pasal 25 ayat (3) huruf e' } as const;

export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** 'YYYY-Qn', the key of a quarterly report. */
export function quarterKey(year: number, q: Quarter): string {
  return `${year}-Q${q}`;
}

export function parseQuarterKey(key: string): { year: number; quarter: Quarter } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? { year: +m[1], quarter: +m[2] as Quarter } : null;
}

export function quarterOf(date: string): { year: number; quarter: Quarter } {
  return { year: +date.slice(0, 4), quarter: (Math.floor((+date.slice(5, 7) - 1) / 3) + 1) as Quarter };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last day the quarter's report covers. */
export function quarterPeriod(year: number, q: Quarter): { from: string; to: string; months: string[] } {
  const first = (q - 1) * 3 + 1;
  const months = [0, 1, 2].map((i) => `${year}-${pad(first + i)}`);
  return { from: `${months[0]}-01`, to: lastDayOf(months[2]), months };
}

/** The last day the quarter's report may be sent and still count as on time (Pasal 26 ayat (5)). */
export function quarterDeadline(year: number, q: Quarter): string {
  return q === 4 ? `${year}-12-31` : `${year}-${pad(q * 3 + 1)}-07`;
}

/** The last day the treasurer's report of a month counts as on time: the next month's last day. */
export function monthlyDeadline(month: string): string {
  const y = +month.slice(0, 4), m = +month.slice(5, 7);
  return lastDayOf(m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`);
}

/**
 * A report's state on a day:
 * - 'on-time' / 'late': sent, on or before / after the deadline;
 * - 'open': not sent, its period has begun and the deadline is still ahead (or today);
 * - 'missing': not sent and the deadline has passed;
 * - 'not-yet': its period has not begun.
 */
export type ReportState = 'on-time' | 'late' | 'open' | 'missing' | 'not-yet';

export function reportState(periodFrom: string, deadline: string, sentOn: string | undefined, today: string): ReportState {
  if (sentOn) return dayNumber(sentOn) <= dayNumber(deadline) ? 'on-time' : 'late';
  if (dayNumber(today) < dayNumber(periodFrom)) return 'not-yet';
  return dayNumber(today) <= dayNumber(deadline) ? 'open' : 'missing';
}

export function quarterState(year: number, q: Quarter, sentOn: string | undefined, today: string): ReportState {
  return reportState(quarterPeriod(year, q).from, quarterDeadline(year, q), sentOn, today);
}

export function monthlyState(month: string, reportedOn: string | undefined, today: string): ReportState {
  return reportState(`${month}-01`, monthlyDeadline(month), reportedOn, today);
}

export interface DueReport {
  year: number;
  quarter: Quarter;
  deadline: string;
  state: ReportState;
  /** Days until the deadline (negative: days late). */
  daysLeft: number;
}

/** The year's four quarterly reports with their deadlines and states, given the sent dates by key. */
export function quarterCalendar(year: number, sent: Readonly<Record<string, string | undefined>>, today: string): DueReport[] {
  return QUARTERS.map((quarter) => {
    const deadline = quarterDeadline(year, quarter);
    return {
      year,
      quarter,
      deadline,
      state: quarterState(year, quarter, sent[quarterKey(year, quarter)], today),
      daysLeft: dayNumber(deadline) - dayNumber(today),
    };
  });
}

/** The report to work on next: the earliest open or missing one, else the next not begun. */
export function nextDue(calendar: readonly DueReport[]): DueReport | null {
  return calendar.find((r) => r.state === 'missing') ?? calendar.find((r) => r.state === 'open') ?? calendar.find((r) => r.state === 'not-yet') ?? null;
}
