import { bandOf, type BandTable } from '../bands';
import { dayNumber } from '../dates';
import type { IsoDate, Sex } from '../types';
import { lmsZ, restrictedLmsZ } from './lms';
import { schoolAgeTables, type SchoolAgeTables } from './schoolAgeTables';
import { roundZ } from './zscore';

// WHO Reference 2007 (5–19 years), exactly as WHO's `anthroplus` R package computes it
// (R/zscores.R, commit 799a7de): age in months, not days; L, M and S interpolated linearly between
// the whole-month rows around the age; height-for-age plain LMS; weight- and BMI-for-age with the
// restricted rule beyond ±3 SD; ages 60–228 months inclusive, weight-for-age 60–120.

export type SchoolAgeIndicator = 'wfa' | 'hfa' | 'bfa';

export interface SchoolAgeMeasurement {
  indicator: SchoolAgeIndicator;
  sex: Sex;
  /** age in months, with its fraction (see ageMonthsOn) */
  ageMonths?: number;
  weightKg?: number;
  /** standing height; the 2007 reference has no lying/standing adjustment */
  heightCm?: number;
  /** bilateral pitting oedema: no weight-based z-score, as anthroplus */
  oedema?: boolean;
}

const DAYS_PER_MONTH = 30.4375;
const UPPER_MONTHS: Record<SchoolAgeIndicator, number> = { wfa: 120, hfa: 228, bfa: 228 };
const ok = (x: number | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Age in months from dates: whole days between the two dates / 30.4375, unrounded. anthroplus
 * itself takes months; 30.4375 (365.25 / 12) is the day-month ratio anthro uses, and WHO's own 2007
 * survey has its age in months equal to (visit − birth) / 30.4375 within half a day.
 */
export function ageMonthsOn(birthDate: IsoDate, date: IsoDate): number {
  return (dayNumber(date) - dayNumber(birthDate)) / DAYS_PER_MONTH;
}

/**
 * WHO 2007 z-score, unrounded. null where anthroplus gives none: missing or ≤ 0 measure, age
 * missing or outside 60–228 months (weight-for-age 60–120), oedema for weight and BMI.
 */
export function zScoreSchoolAge(m: SchoolAgeMeasurement, tables: SchoolAgeTables = schoolAgeTables()): number | null {
  const age = m.ageMonths;
  if (!ok(age) || age < 60 || age > UPPER_MONTHS[m.indicator]) return null;
  let y: number;
  if (m.indicator === 'hfa') {
    if (!ok(m.heightCm) || m.heightCm <= 0) return null;
    y = m.heightCm;
  } else {
    if (m.oedema || !ok(m.weightKg) || m.weightKg <= 0) return null;
    if (m.indicator === 'wfa') y = m.weightKg;
    else {
      if (!ok(m.heightCm) || m.heightCm <= 0) return null;
      y = m.weightKg / (m.heightCm / 100) ** 2;
    }
  }
  const t = tables[m.indicator][m.sex];
  const low = Math.trunc(age);
  const i = low - t.first;
  const f = age - low;
  let L = t.L[i], M = t.M[i], S = t.S[i];
  if (f > 0) {
    // anthroplus: low + (age − low) × (upper − low), for each of L, M and S
    L += f * (t.L[i + 1] - L);
    M += f * (t.M[i + 1] - M);
    S += f * (t.S[i + 1] - S);
  }
  return m.indicator === 'hfa' ? lmsZ(y, L, M, S) : restrictedLmsZ(y, L, M, S);
}

/** anthroplus flags, on the z rounded to 2 decimals: hfa |z| > 6; wfa z > 5 or < −6; bfa |z| > 5. */
export function isImplausibleSchoolAge(indicator: SchoolAgeIndicator, z: number): boolean {
  const r = roundZ(z);
  if (indicator === 'hfa') return Math.abs(r) > 6;
  if (indicator === 'wfa') return r > 5 || r < -6;
  return Math.abs(r) > 5;
}

export type SchoolBfaCategory = 'severelyThin' | 'thin' | 'normal' | 'overweight' | 'obese';
export type SchoolHfaCategory = 'severelyStunted' | 'stunted' | 'normal' | 'tall';
export type SchoolWfaCategory = 'severelyUnderweight' | 'underweight' | 'normal';

/** IMT/U 5–18 years: gizi buruk, gizi kurang, gizi baik, gizi lebih, obesitas. */
export const SCHOOL_BFA_PERMENKES_2_2020: BandTable<SchoolBfaCategory> = {
  id: 'imt-u-5-18-permenkes-2-2020',
  version: 1,
  source:
    'Permenkes 2/2020 tentang Standar Antropometri Anak, Pasal 3 table, IMT/U anak usia 5–18 tahun: gizi buruk ' +
    '(severely thinness) < −3 SD; gizi kurang (thinness) −3 SD sd < −2 SD; gizi baik (normal) −2 SD sd +1 SD; ' +
    'gizi lebih (overweight) > +1 SD sd +2 SD; obesitas (obese) > +2 SD',
  bands: [
    { code: 'severelyThin', below: -3 },
    { code: 'thin', below: -2 },
    { code: 'normal', atMost: 1 },
    { code: 'overweight', atMost: 2 },
    { code: 'obese' },
  ],
};

/** TB/U 5–18 years: sangat pendek, pendek, normal, tinggi. */
export const SCHOOL_HFA_BANDS: BandTable<SchoolHfaCategory> = {
  id: 'tb-u-5-18',
  version: 1,
  source:
    'Permenkes 2/2020 tabulates TB/U only for 0–60 months (sangat pendek < −3 SD, pendek −3 SD sd < −2 SD, ' +
    'normal −2 SD sd +3 SD, tinggi > +3 SD); the same cut-offs are applied to 5–18 years (WHO 2007 reference ' +
    'uses < −2 / < −3 SD for stunting). Not in the regulation for this age: correctable data.',
  bands: [
    { code: 'severelyStunted', below: -3 },
    { code: 'stunted', below: -2 },
    { code: 'normal', atMost: 3 },
    { code: 'tall' },
  ],
};

/** BB/U 5–10 years: only the low end; WHO: weight-for-age cannot tell height from excess weight. */
export const SCHOOL_WFA_BANDS: BandTable<SchoolWfaCategory> = {
  id: 'bb-u-5-10-who-anthroplus',
  version: 1,
  source:
    'No BB/U category for 5–10 years in Permenkes 2/2020. WHO AnthroPlus reports weight-for-age prevalence at ' +
    '< −3 SD and < −2 SD and advises BMI-for-age for the upper end; correctable data.',
  bands: [
    { code: 'severelyUnderweight', below: -3 },
    { code: 'underweight', below: -2 },
    { code: 'normal' },
  ],
};

export type SchoolAgeCategory = SchoolBfaCategory | SchoolHfaCategory | SchoolWfaCategory;

/** Category of an unrounded school-age z-score. */
export function schoolAgeCategory(indicator: SchoolAgeIndicator, z: number): SchoolAgeCategory {
  if (indicator === 'bfa') return bandOf(z, SCHOOL_BFA_PERMENKES_2_2020);
  if (indicator === 'hfa') return bandOf(z, SCHOOL_HFA_BANDS);
  return bandOf(z, SCHOOL_WFA_BANDS);
}
