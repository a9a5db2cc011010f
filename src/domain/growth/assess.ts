import type { Sex } from '../types';
import { growthCategory, isImplausible, type GrowthCategory } from './classify';
import { zScore, type Indicator, type Position } from './zscore';
import type { WhoTables } from './tables';
import { whoTables } from './tables';

export interface IndicatorResult {
  z: number;
  category: GrowthCategory;
  /** WHO flag: refused at entry unless the kader confirms; kept out of averages */
  implausible: boolean;
}

export interface GrowthAssessment {
  wfa: IndicatorResult | null;
  lhfa: IndicatorResult | null;
  /** weight-for-length or -height, whichever table anthro picks */
  wfl: IndicatorResult | null;
  bfa: IndicatorResult | null;
  /** head circumference-for-age; null when not measured */
  hcfa: IndicatorResult | null;
  /** arm circumference (LiLA)-for-age; null when not measured or under 91 days */
  acfa: IndicatorResult | null;
}

/** Every indicator of one visit at once, each with its category and flag. */
export function assessGrowth(
  v: {
    sex: Sex; ageDays?: number; weightKg?: number; lengthCm?: number; position?: Position; oedema?: boolean;
    headCm?: number; armCm?: number;
  },
  tables: WhoTables = whoTables(),
): GrowthAssessment {
  const one = (indicator: Indicator): IndicatorResult | null => {
    const z = zScore({ ...v, indicator }, tables);
    return z === null ? null : { z, category: growthCategory(indicator, z), implausible: isImplausible(indicator, z) };
  };
  return { wfa: one('wfa'), lhfa: one('lhfa'), wfl: one('wfl'), bfa: one('bfa'), hcfa: one('hcfa'), acfa: one('acfa') };
}
