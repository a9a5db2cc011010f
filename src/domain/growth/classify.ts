import type { Indicator } from './zscore';

// Categories of SPEC §3.2 (Permenkes 2/2020) and WHO's implausibility flags. Codes, not words:
// the app's i18n layer names them.

export type WfaCategory = 'severelyUnderweight' | 'underweight' | 'normal' | 'riskOverweight';
export type LhfaCategory = 'severelyStunted' | 'stunted' | 'normal' | 'tall';
/** Weight-for-length/height; BMI-for-age uses the same bands (Permenkes 2/2020, IMT/U 0–60 months). */
export type WflCategory = 'severelyWasted' | 'wasted' | 'normal' | 'riskOverweight' | 'overweight' | 'obese';
export type GrowthCategory = WfaCategory | LhfaCategory | WflCategory;

export function wfaCategory(z: number): WfaCategory {
  if (z < -3) return 'severelyUnderweight';
  if (z < -2) return 'underweight';
  if (z <= 1) return 'normal';
  return 'riskOverweight';
}

export function lhfaCategory(z: number): LhfaCategory {
  if (z < -3) return 'severelyStunted';
  if (z < -2) return 'stunted';
  if (z <= 3) return 'normal';
  return 'tall';
}

export function wflCategory(z: number): WflCategory {
  if (z < -3) return 'severelyWasted';
  if (z < -2) return 'wasted';
  if (z <= 1) return 'normal';
  if (z <= 2) return 'riskOverweight';
  if (z <= 3) return 'overweight';
  return 'obese';
}

export function growthCategory(indicator: Indicator, z: number): GrowthCategory {
  switch (indicator) {
    case 'wfa': return wfaCategory(z);
    case 'lhfa': return lhfaCategory(z);
    default: return wflCategory(z);
  }
}

/** WHO flags: lhfa |z| > 6; wfa z < −6 or > 5; wfl/wfh and bfa |z| > 5. */
export function isImplausible(indicator: Indicator, z: number): boolean {
  switch (indicator) {
    case 'lhfa': return Math.abs(z) > 6;
    case 'wfa': return z < -6 || z > 5;
    default: return Math.abs(z) > 5;
  }
}
