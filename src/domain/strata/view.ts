import { computeStrataIndicators, type StrataBasis, type StrataPeriod, type StrataRecords } from './indicators';
import { posyanduStrata, type StrataResult } from './level';
import { strataGaps, type StrataGap } from './gaps';
import type { StrataIndicators, StrataProfile, StrataProfileId } from './profiles';

/** Everything a strata screen shows for one period: the indicators, the level, and the gaps to the next. */
export interface StrataView {
  period: StrataPeriod;
  indicators: StrataIndicators;
  basis: StrataBasis;
  result: StrataResult;
  gaps: StrataGap[];
}

/** The phone's strata page and the county's drill-down both call this, so they always agree. */
export function strataView(records: StrataRecords, period: StrataPeriod, profile: StrataProfileId | StrataProfile): StrataView {
  const { indicators, basis } = computeStrataIndicators(records, period);
  const result = posyanduStrata(indicators, profile);
  return { period, indicators, basis, result, gaps: result.next ? strataGaps(result.next.missing, basis) : [] };
}
