import type { IsoDate, Month } from '../types';
import { dayNumber, firstDayOf, lastDayOf, monthFromIndex, monthIndex } from '../dates';
// By path, not the kms barrel: strata is on the first screen's chunk, the day's work list is not.
import { indexChild, type ChildRecord } from '../kms/child';
import { balitaAge } from '../kms/skdn';
import type { StrataIndicators } from './profiles';

// SPEC §3.4: the strata indicators derived from a Posyandu's own records over a period — the
// calendar year (official) or the last 12 months (monitoring).

export interface StrataPeriod {
  from: Month;
  to: Month;
}

export function calendarYear(year: number): StrataPeriod {
  return { from: `${year}-01`, to: `${year}-12` };
}

/** The 12 months ending with `asOf` (inclusive). */
export function last12Months(asOf: Month): StrataPeriod {
  return { from: monthFromIndex(monthIndex(asOf) - 11), to: asOf };
}

export interface StrataRecords {
  /** every Posyandu day: date, kaders present, whether children were weighed */
  sessions: { date: IsoDate; kadersPresent: number; withWeighing: boolean }[];
  /** the register of babies and balita, with weighings */
  children: ChildRecord[];
  /** pregnant women register: counted if registered in the period */
  pregnancies: { registeredOn: IsoDate; ancComplete: boolean }[];
  /** PUS register: counted if registered by the period's end and not gone before its start */
  pus: { registeredOn: IsoDate; kbActive: boolean; leftOn?: IsoDate }[];
  /** babies register: counted if registered in the period */
  babies: { registeredOn: IsoDate; immunizationComplete: boolean }[];
  /** additional programmes (BKB, Pos PAUD, TOGA, Posbindu, UP2K…): counted if running at any time in the period */
  programs: { name: string; startedOn: IsoDate; endedOn?: IsoDate }[];
  /** households in the area and those paying into dana sehat, as last counted */
  households: { total: number; danaSehat: number };
}

/** The counts behind each indicator: what the gap numbers are computed from. */
export interface StrataBasis {
  period: StrataPeriod;
  sessions: number;
  kadersPresent: number;
  /** per month of the period with S > 0 */
  monthlyDs: { month: Month; S: number; D: number }[];
  /** mean S over those months */
  avgS: number;
  kia: { registered: number; complete: number };
  kb: { registered: number; active: number };
  immunization: { registered: number; complete: number };
  programs: string[];
  households: { total: number; paying: number };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function computeStrataIndicators(
  records: StrataRecords,
  period: StrataPeriod,
): { indicators: StrataIndicators; basis: StrataBasis } {
  const start = dayNumber(firstDayOf(period.from));
  const end = dayNumber(lastDayOf(period.to));
  const inPeriod = (d: IsoDate) => {
    const n = dayNumber(d);
    return n >= start && n <= end;
  };

  const counted = new Map<IsoDate, number>();
  for (const s of records.sessions) if (s.withWeighing && inPeriod(s.date)) counted.set(s.date, Math.max(counted.get(s.date) ?? 0, s.kadersPresent));
  const sessions = counted.size;
  const kadersPresent = [...counted.values()].reduce((a, b) => a + b, 0);

  const kids = records.children.map(indexChild);
  const monthlyDs: StrataBasis['monthlyDs'] = [];
  for (let mi = monthIndex(period.from), last = monthIndex(period.to); mi <= last; mi++) {
    let S = 0;
    let D = 0;
    for (const k of kids) {
      if (balitaAge(k, mi) === null) continue;
      S++;
      if (k.byMonth.has(mi)) D++;
    }
    if (S > 0) monthlyDs.push({ month: monthFromIndex(mi), S, D });
  }

  const preg = records.pregnancies.filter((p) => inPeriod(p.registeredOn));
  const pus = records.pus.filter((p) => dayNumber(p.registeredOn) <= end && (p.leftOn === undefined || dayNumber(p.leftOn) >= start));
  const babies = records.babies.filter((b) => inPeriod(b.registeredOn));
  const programs = records.programs
    .filter((p) => dayNumber(p.startedOn) <= end && (p.endedOn === undefined || dayNumber(p.endedOn) >= start))
    .map((p) => p.name);

  const basis: StrataBasis = {
    period,
    sessions,
    kadersPresent,
    monthlyDs,
    avgS: ratio(monthlyDs.reduce((a, m) => a + m.S, 0), monthlyDs.length),
    kia: { registered: preg.length, complete: preg.filter((p) => p.ancComplete).length },
    kb: { registered: pus.length, active: pus.filter((p) => p.kbActive).length },
    immunization: { registered: babies.length, complete: babies.filter((b) => b.immunizationComplete).length },
    programs,
    households: { total: records.households.total, paying: records.households.danaSehat },
  };
  const indicators: StrataIndicators = {
    sessions,
    avgKaders: ratio(kadersPresent, sessions),
    ds: ratio(monthlyDs.reduce((a, m) => a + m.D / m.S, 0), monthlyDs.length),
    kia: ratio(basis.kia.complete, basis.kia.registered),
    kb: ratio(basis.kb.active, basis.kb.registered),
    immunization: ratio(basis.immunization.complete, basis.immunization.registered),
    additionalProgram: programs.length > 0,
    danaSehat: ratio(basis.households.paying, basis.households.total),
  };
  return { indicators, basis };
}
