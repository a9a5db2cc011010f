import { dayNumber } from '../dates';
import { ACTIVITY_TYPES, NEED_STATUSES, type ActivityType, type NeedStatus } from './codes';
import { cashSummary, type CashEntryInput, type CashSummary } from './cash';
import { quarterDeadline, quarterPeriod, quarterState, type Quarter, type ReportState } from './deadlines';

// The quarterly report of a Posyantek (Pasal 26 ayat (1), (3); with the finances of Pasal 25
// ayat (3) huruf f) built from its records: what the board did with appropriate technology in the
// quarter (services, consultations, promotion, training, partnerships, …; needs mapped and met; the
// TTG inventory) and the money (cash book sums, business result and its split). The same function
// runs on the phone (the report screen and its print) and on the server (the county's check).

export interface ActivityInput { date: string; type: ActivityType; participants?: number }
export interface NeedInput { date: string; status: NeedStatus }
export interface TtgInput { acquiredOn?: string; quantity?: number }

export interface QuarterReport {
  year: number;
  quarter: Quarter;
  from: string;
  to: string;
  deadline: string;
  activities: Record<ActivityType, { count: number; participants: number }>;
  needs: { mapped: number; byStatus: Record<NeedStatus, number> };
  ttg: { kinds: number; units: number; newKinds: number };
  cash: CashSummary;
}

export function quarterReport(
  year: number,
  quarter: Quarter,
  input: { activities: readonly ActivityInput[]; needs: readonly NeedInput[]; ttg: readonly TtgInput[]; cash: readonly CashEntryInput[] },
): QuarterReport {
  const { from, to } = quarterPeriod(year, quarter);
  const inside = (d: string) => d >= from && d <= to;
  const activities = Object.fromEntries(ACTIVITY_TYPES.map((t) => [t, { count: 0, participants: 0 }])) as QuarterReport['activities'];
  for (const a of input.activities) {
    if (!inside(a.date)) continue;
    activities[a.type].count++;
    activities[a.type].participants += a.participants ?? 0;
  }
  const byStatus = Object.fromEntries(NEED_STATUSES.map((s) => [s, 0])) as Record<NeedStatus, number>;
  let mapped = 0;
  for (const n of input.needs) {
    if (n.date > to) continue;
    // Every need known by the quarter's end, by its status now; "mapped" counts the quarter's new ones.
    byStatus[n.status]++;
    if (inside(n.date)) mapped++;
  }
  const owned = input.ttg.filter((x) => !x.acquiredOn || x.acquiredOn <= to);
  return {
    year, quarter, from, to, deadline: quarterDeadline(year, quarter),
    activities,
    needs: { mapped, byStatus },
    ttg: { kinds: owned.length, units: owned.reduce((s, x) => s + (x.quantity ?? 1), 0), newKinds: owned.filter((x) => x.acquiredOn && inside(x.acquiredOn)).length },
    cash: cashSummary(input.cash, from, to),
  };
}

/** One post's line in the county's and kecamatan's view: its report of a quarter and its state. */
export interface PostReportLine {
  state: ReportState;
  sentOn?: string;
  daysLate?: number;
}

export function postReportLine(year: number, quarter: Quarter, sentOn: string | undefined, today: string): PostReportLine {
  const state = quarterState(year, quarter, sentOn, today);
  if (state !== 'late' || !sentOn) return sentOn ? { state, sentOn } : { state };
  return { state, sentOn, daysLate: dayNumber(sentOn) - dayNumber(quarterDeadline(year, quarter)) };
}

export type StateCounts = Record<ReportState, number>;

/** Counts of states (for a kecamatan's or the county's total line). */
export function countStates(lines: readonly { state: ReportState }[]): StateCounts {
  const out: StateCounts = { 'on-time': 0, late: 0, open: 0, missing: 0, 'not-yet': 0 };
  for (const l of lines) out[l.state]++;
  return out;
}

/** The figures of a report as flat whole numbers by name (what a quarter record keeps as sent). */
export function reportFigures(r: QuarterReport): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [type, a] of Object.entries(r.activities)) {
    out[`activities.${type}.count`] = a.count;
    out[`activities.${type}.participants`] = a.participants;
  }
  out['needs.mapped'] = r.needs.mapped;
  for (const [status, n] of Object.entries(r.needs.byStatus)) out[`needs.${status}`] = n;
  out['ttg.kinds'] = r.ttg.kinds;
  out['ttg.units'] = r.ttg.units;
  out['ttg.newKinds'] = r.ttg.newKinds;
  for (const k of ['opening', 'income', 'expense', 'closing'] as const) out[`cash.${k}`] = r.cash[k];
  out['business.income'] = r.cash.business.income;
  out['business.costs'] = r.cash.business.costs;
  out['business.result'] = r.cash.business.result;
  for (const l of r.cash.business.lines) out[`split.${l.share}`] = l.amount;
  return out;
}
