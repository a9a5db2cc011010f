import type { Month } from '../types';
import { monthRange } from '../dates';
import type { StrataLevel } from './profiles';
import type { StrataPeriod } from './indicators';

// SPEC §3.5 (seed 004 C.1): the computable conditions for proposing a Posyandu terintegrasi.
// Documents (building, land, SK, support) can only be listed for the user to tick.

export type IntegratedCondition =
  | { id: 'strataAtLeastMadya'; ok: boolean; have: StrataLevel; need: 'madya' }
  | { id: 'routineActivity'; ok: boolean; have: number; need: 12 }
  | { id: 'monthlyReports'; ok: boolean; have: number; need: number; missingMonths: Month[] }
  | { id: 'kadersMoreThan5'; ok: boolean; have: number; need: 5 };

export const INTEGRATED_CHECKLIST = ['building', 'land', 'sk', 'support'] as const;

export interface IntegratedEligibility {
  /** every computable condition holds (the checklist is the user's) */
  eligible: boolean;
  conditions: IntegratedCondition[];
  checklist: typeof INTEGRATED_CHECKLIST;
}

export function integratedEligibility(input: {
  level: StrataLevel;
  /** Posyandu days held in the period (any activity, with or without weighing) */
  activitiesHeld: number;
  /** months whose monthly report was sent */
  reportedMonths: Month[];
  period: StrataPeriod;
  /** kaders on the Posyandu's roll */
  kaderCount: number;
}): IntegratedEligibility {
  const months = monthRange(input.period.from, input.period.to);
  const reported = new Set(input.reportedMonths);
  const missingMonths = months.filter((m) => !reported.has(m));
  const conditions: IntegratedCondition[] = [
    { id: 'strataAtLeastMadya', ok: input.level !== 'pratama', have: input.level, need: 'madya' },
    { id: 'routineActivity', ok: input.activitiesHeld >= 12, have: input.activitiesHeld, need: 12 },
    { id: 'monthlyReports', ok: missingMonths.length === 0, have: months.length - missingMonths.length, need: months.length, missingMonths },
    { id: 'kadersMoreThan5', ok: input.kaderCount > 5, have: input.kaderCount, need: 5 },
  ];
  return { eligible: conditions.every((c) => c.ok), conditions, checklist: INTEGRATED_CHECKLIST };
}
