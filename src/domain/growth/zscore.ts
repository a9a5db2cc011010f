import type { Sex } from '../types';
import { restrictedLmsZ, lmsZ, roundHalfUp } from './lms';
import { whoTables, type LmsTable, type WhoTables } from './tables';

/** wfa, lhfa, wfl/wfh, bfa; hcfa = head circumference-for-age; acfa = arm circumference (MUAC/LiLA)-for-age */
export type Indicator = 'wfa' | 'lhfa' | 'wfl' | 'wfh' | 'bfa' | 'hcfa' | 'acfa';
export type Position = 'lying' | 'standing';

export interface Measurement {
  indicator: Indicator;
  sex: Sex;
  /** age in days; a fraction is rounded half up, as anthro does */
  ageDays?: number;
  weightKg?: number;
  lengthCm?: number;
  position?: Position;
  /** head circumference (hcfa) */
  headCm?: number;
  /** mid-upper arm circumference, LiLA (acfa) */
  armCm?: number;
  /** bilateral pitting oedema: WHO gives no weight-based z-score */
  oedema?: boolean;
}

const DAYS_PER_MONTH = 30.4375;
const HEIGHT_FROM_DAY = 731;

const ok = (x: number | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Length/height as the tables expect it (anthro's `clenhei`): ±0.7 cm when measured in the other
 * position; a standing measure before 9 months is implausible, so it gets no +0.7.
 */
export function adjustedLength(lengthCm: number, ageDays: number | undefined, position?: Position): number {
  if (!ok(ageDays) || !position) return lengthCm;
  const days = roundHalfUp(ageDays);
  if (position === 'standing' && days / DAYS_PER_MONTH < 9) return lengthCm;
  if (days < HEIGHT_FROM_DAY && position === 'standing') return lengthCm + 0.7;
  if (days >= HEIGHT_FROM_DAY && position === 'lying') return lengthCm - 0.7;
  return lengthCm;
}

function byAge(t: LmsTable, day: number, y: number, restricted: boolean): number | null {
  const i = day - t.first;
  if (i < 0 || i >= t.count) return null;
  return (restricted ? restrictedLmsZ : lmsZ)(y, t.L[i], t.M[i], t.S[i]);
}

/** Weight against a length/height table, interpolating L, M, S between the 0.1 cm rows. */
function byLength(t: LmsTable, cm: number, weight: number): number | null {
  const pos = (cm - t.first) / t.step;
  // Tolerance absorbs binary noise such as 84.8 → row 398.99999999: R's trunc() sees it as 399.
  const k = Math.floor(pos + 1e-9);
  if (k < 0 || k > t.count - 1 || pos > t.count - 1 + 1e-9) return null;
  const f = Math.max(0, pos - k);
  if (k === t.count - 1 || f < 1e-9) return restrictedLmsZ(weight, t.L[k], t.M[k], t.S[k]);
  const mix = (a: Float64Array) => a[k] + f * (a[k + 1] - a[k]);
  return restrictedLmsZ(weight, mix(t.L), mix(t.M), mix(t.S));
}

/** Which table anthro uses for weight-for-length/height: by age, else position, else length. */
export function lengthTableFor(ageDays: number | undefined, position: Position | undefined, clenhei: number): 'wfl' | 'wfh' {
  if (ok(ageDays)) return roundHalfUp(ageDays) < HEIGHT_FROM_DAY ? 'wfl' : 'wfh';
  if (position) return position === 'lying' ? 'wfl' : 'wfh';
  return clenhei < 87 ? 'wfl' : 'wfh';
}

/**
 * Head and arm circumference-for-age as anthro computes them: head uses the plain LMS z from day 0,
 * arm the restricted rule (as weight-for-age) and only from day 91 (its table starts there); a
 * circumference needs no length and oedema does not matter.
 */
function circumference(m: Measurement, day: number | undefined, tables: WhoTables): number | null {
  const y = m.indicator === 'hcfa' ? m.headCm : m.armCm;
  if (day === undefined || !ok(y) || y <= 0) return null;
  return m.indicator === 'hcfa' ? byAge(tables.hcfa[m.sex], day, y, false) : byAge(tables.acfa[m.sex], day, y, true);
}

/**
 * WHO 2006 z-score, unrounded, exactly as the WHO `anthro` R package computes it. null where WHO
 * gives none: missing/≤0 measure, age ≥ 60 months or negative, value off the table, oedema for
 * weight-based indicators. 'wfl' and 'wfh' are the same indicator; the table is chosen as anthro does.
 */
export function zScore(m: Measurement, tables: WhoTables = whoTables()): number | null {
  const age = m.ageDays;
  if (age !== undefined && (!ok(age) || age < 0 || age / DAYS_PER_MONTH >= 60)) return null;
  const day = ok(age) ? roundHalfUp(age) : undefined;
  if (m.indicator === 'hcfa' || m.indicator === 'acfa') return circumference(m, day, tables);
  const weightBased = m.indicator !== 'lhfa';
  if (weightBased && (m.oedema || !ok(m.weightKg) || m.weightKg <= 0)) return null;
  const needsLength = m.indicator !== 'wfa';
  if (needsLength && (!ok(m.lengthCm) || m.lengthCm <= 0)) return null;
  const clenhei = needsLength ? adjustedLength(m.lengthCm!, age, m.position) : 0;

  switch (m.indicator) {
    case 'wfa':
      return day === undefined ? null : byAge(tables.wfa[m.sex], day, m.weightKg!, true);
    case 'lhfa':
      return day === undefined ? null : byAge(tables.lhfa[m.sex], day, clenhei, false);
    case 'bfa':
      return day === undefined ? null : byAge(tables.bfa[m.sex], day, m.weightKg! / (clenhei / 100) ** 2, true);
    case 'wfl':
    case 'wfh': {
      const table = lengthTableFor(age, m.position, clenhei);
      return byLength(tables[table][m.sex], clenhei, m.weightKg!);
    }
  }
}

/** z rounded to 2 decimals, half away from zero, as reports print it. */
export function roundZ(z: number): number {
  return Math.sign(z) * Math.round(Math.abs(z) * 100 + 1e-9) / 100;
}
