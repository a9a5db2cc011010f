import { roundZ, type Indicator } from './zscore';

// Categories of SPEC §3.2 (Permenkes 2/2020) and WHO's implausibility flags. Codes, not words:
// the app's i18n layer names them.

export type WfaCategory = 'severelyUnderweight' | 'underweight' | 'normal' | 'riskOverweight';
export type LhfaCategory = 'severelyStunted' | 'stunted' | 'normal' | 'tall';
/** Weight-for-length/height; BMI-for-age uses the same bands (Permenkes 2/2020, IMT/U 0–60 months). */
export type WflCategory = 'severelyWasted' | 'wasted' | 'normal' | 'riskOverweight' | 'overweight' | 'obese';
export type HcfaCategory = 'microcephaly' | 'normal' | 'macrocephaly';
export type AcfaCategory = 'severelyLow' | 'low' | 'normal';
export type GrowthCategory = WfaCategory | LhfaCategory | WflCategory | HcfaCategory | AcfaCategory;

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

// Head and arm categories are code like the Permenkes ones above, not data tables: this module is
// on the first screen (the weighing result), and a table's source text there costs bytes the
// budget does not have. Sources: head < −2 SD microcephaly, > +2 SD macrocephaly, between them
// normal (Permenkes 66/2014 SDIDTK, the Buku KIA head chart's green band; not in Permenkes 2/2020);
// arm < −3 and < −2 SD as WHO anthro reports MUAC-for-age prevalence (Kemenkes screens balita by
// absolute LiLA instead: ilp LILA_BALITA).

export function hcfaCategory(z: number): HcfaCategory {
  if (z < -2) return 'microcephaly';
  if (z <= 2) return 'normal';
  return 'macrocephaly';
}

export function acfaCategory(z: number): AcfaCategory {
  if (z < -3) return 'severelyLow';
  if (z < -2) return 'low';
  return 'normal';
}

export function growthCategory(indicator: Indicator, z: number): GrowthCategory {
  switch (indicator) {
    case 'wfa': return wfaCategory(z);
    case 'lhfa': return lhfaCategory(z);
    case 'hcfa': return hcfaCategory(z);
    case 'acfa': return acfaCategory(z);
    default: return wflCategory(z);
  }
}

/**
 * WHO flags: lhfa |z| > 6; wfa z < −6 or > 5; wfl/wfh, bfa, hcfa and acfa |z| > 5. anthro flags the
 * z-score it prints, rounded to 2 decimals, so 5.004 is not flagged; we compare the rounded z too.
 */
export function isImplausible(indicator: Indicator, z: number): boolean {
  const r = roundZ(z);
  switch (indicator) {
    case 'lhfa': return Math.abs(r) > 6;
    case 'wfa': return r < -6 || r > 5;
    default: return Math.abs(r) > 5;
  }
}
