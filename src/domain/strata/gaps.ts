import type { StrataIndicators } from './profiles';
import type { MissingRequirement } from './level';
import type { StrataBasis } from './indicators';

// "D/S 42 % → 50 %: about 4 more children weighed each month": the numbers behind such a line.
// The app turns them into words.

export type GapUnit =
  | 'sessions' | 'kadersPerSession' | 'childrenPerMonth' | 'pregnantWomenAnc' | 'pusKbActive'
  | 'babiesImmunized' | 'householdsDanaSehat' | 'programs';

export interface StrataGap extends MissingRequirement {
  /** how many more of `unit` reach the requirement; null when no number of them can (empty register) */
  more: number | null;
  unit: GapUnit;
}

const EPS = 1e-9;

/** Smallest whole k ≥ 0 with have + k·step reaching need under op. */
function steps(have: number, need: number, step: number, op: '>=' | '>'): number {
  const x = (need - have) / step;
  return Math.max(0, op === '>=' ? Math.ceil(x - EPS) : Math.floor(x + EPS) + 1);
}

/** Whole count k ≤ n − done with (done + k) / n reaching need, or null. */
function countGap(done: number, n: number, need: number, op: '>=' | '>'): number | null {
  if (n === 0) return null;
  const k = steps(done / n, need, 1 / n, op);
  return done + k > n ? null : k;
}

const UNIT: Record<keyof StrataIndicators, GapUnit> = {
  sessions: 'sessions', avgKaders: 'kadersPerSession', ds: 'childrenPerMonth', kia: 'pregnantWomenAnc',
  kb: 'pusKbActive', immunization: 'babiesImmunized', danaSehat: 'householdsDanaSehat', additionalProgram: 'programs',
};

export function strataGaps(missing: MissingRequirement[], basis: StrataBasis): StrataGap[] {
  return missing.map((m) => {
    const unit = UNIT[m.indicator];
    if (m.op === 'is') return { ...m, unit, more: 1 };
    const have = m.have as number;
    const need = m.need as number;
    const op = m.op;
    let more: number | null;
    switch (m.indicator) {
      case 'sessions':
      case 'avgKaders':
        more = steps(have, need, 1, op);
        break;
      case 'ds':
        more = basis.avgS === 0 ? null : steps(have, need, 1 / basis.avgS, op);
        break;
      case 'kia':
        more = countGap(basis.kia.complete, basis.kia.registered, need, op);
        break;
      case 'kb':
        more = countGap(basis.kb.active, basis.kb.registered, need, op);
        break;
      case 'immunization':
        more = countGap(basis.immunization.complete, basis.immunization.registered, need, op);
        break;
      default:
        more = countGap(basis.households.paying, basis.households.total, need, op);
    }
    return { ...m, unit, more };
  });
}
