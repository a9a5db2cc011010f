import {
  calendarYear, integratedEligibility, last12Months, skdn, skdnRatios, strataView,
  type IntegratedEligibility, type SkdnCounts, type SkdnRatios,
  type StrataLevel, type StrataProfileId, type StrataView, type WhoTables,
  type KbmTable, type ChildRecord,
} from '../../domain';

export type { StrataView };
import { activeKaders, childRecords, strataRecordsOf, type PosyanduRecords } from './posyandu-inputs';

// The figures of one Posyandu, every one from the domain functions the phone calls.

export interface UnitOptions {
  month: string;
  year: number;
  profile: StrataProfileId;
  kbm: KbmTable;
  tables: WhoTables;
}

export interface UnitDetail {
  profile: StrataProfileId;
  year: StrataView;
  rolling: StrataView;
  /** the previous calendar year, as the phone showed it at that year's end */
  previousYear: StrataView;
  integrated: IntegratedEligibility;
  skdn: SkdnCounts;
  ratios: SkdnRatios;
  /** last Posyandu day up to the month's end: a session, else a weighing date */
  lastDay: string | null;
}

const SKDN_KEYS = ['S', 'K', 'D', 'N', 'T', 'O', 'B', 'absent', 'BGM', 'T2'] as const;

export function unitDetail(p: PosyanduRecords, o: UnitOptions): UnitDetail {
  const children: ChildRecord[] = childRecords(p);
  const records = strataRecordsOf(p, children, o.month);
  const year = strataView(records, calendarYear(o.year), o.profile);
  const rolling = strataView(records, last12Months(o.month), o.profile);
  const previousYear = strataView(strataRecordsOf(p, children, `${o.year - 1}-12`), calendarYear(o.year - 1), o.profile);
  const asOf = o.month;
  // Months of the current year still to come cannot have a report yet (phone: strataReport).
  const yearSoFar = { from: `${o.year}-01`, to: asOf < `${o.year}-12` && asOf >= `${o.year}-01` ? asOf : `${o.year}-12` };
  const inYear = (d: string) => d.startsWith(`${o.year}-`);
  const integrated = integratedEligibility({
    level: year.result.level,
    activitiesHeld: new Set(records.sessions.filter((s) => inYear(s.date)).map((s) => s.date)).size,
    reportedMonths: p.reportedMonths,
    period: yearSoFar,
    kaderCount: activeKaders(p),
  });
  const s = skdn(children, o.month, { kbm: o.kbm, tables: o.tables });
  const counts = Object.fromEntries(SKDN_KEYS.map((k) => [k, s[k]])) as unknown as SkdnCounts;
  return { profile: o.profile, year, rolling, previousYear, integrated, skdn: counts, ratios: skdnRatios(counts), lastDay: lastDay(p, o.month) };
}

function lastDay(p: PosyanduRecords, month: string): string | null {
  const end = `${month}-31`;
  let best: string | null = null;
  for (const s of p.sessions) if (s.data.date <= end && (best === null || s.data.date > best)) best = s.data.date;
  if (best) return best;
  for (const w of p.weighings) if (w.date <= end && (best === null || w.date > best)) best = w.date;
  return best;
}

export const LEVELS: StrataLevel[] = ['pratama', 'madya', 'purnama', 'mandiri'];
export const levelRank = (l: StrataLevel) => LEVELS.indexOf(l);
export { SKDN_KEYS };
