import { bandOf, type BandTable } from '../bands';
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

/** Head circumference-for-age: outside ±2 SD (the KIA chart's green band) is referred. */
export const HCFA_BANDS: BandTable<HcfaCategory> = {
  id: 'hcfa-sdidtk',
  version: 1,
  source:
    'Permenkes 66/2014 (SDIDTK) and its Pedoman Pelaksanaan SDIDTK: head circumference < −2 SD microcephaly, ' +
    '> +2 SD macrocephaly, between them normal (Buku KIA head-circumference chart). Permenkes 2/2020 has no ' +
    'head-circumference category; correctable data.',
  bands: [
    { code: 'microcephaly', below: -2 },
    { code: 'normal', atMost: 2 },
    { code: 'macrocephaly' },
  ],
};

/** Arm circumference-for-age z: the cut-offs WHO anthro reports prevalence at (< −3, < −2). */
export const ACFA_BANDS: BandTable<AcfaCategory> = {
  id: 'acfa-who-anthro',
  version: 1,
  source:
    'WHO anthro (R package) prevalence cut-offs for MUAC-for-age z (< −3 SD, < −2 SD). Permenkes 2/2020 has no ' +
    'MUAC-for-age category; Kemenkes screens balita by absolute LiLA (see ilp LILA_BALITA). Correctable data.',
  bands: [
    { code: 'severelyLow', below: -3 },
    { code: 'low', below: -2 },
    { code: 'normal' },
  ],
};

export function growthCategory(indicator: Indicator, z: number): GrowthCategory {
  switch (indicator) {
    case 'wfa': return wfaCategory(z);
    case 'lhfa': return lhfaCategory(z);
    case 'hcfa': return bandOf(z, HCFA_BANDS);
    case 'acfa': return bandOf(z, ACFA_BANDS);
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
