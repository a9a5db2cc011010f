import { describe, expect, it } from 'vitest';
import {
  ageMonthsOn, isImplausibleSchoolAge, loadSchoolAgeTables, schoolAgeCategory, schoolAgeTables, schoolAgeTablesLoaded,
  sdLine, whoTablesLoaded, zScoreSchoolAge, type SchoolAgeIndicator, type SchoolAgeMeasurement,
} from '../../../src/domain/growth';
import type { Sex } from '../../../src/domain/types';
import { readWhoFixture } from './helpers/csv';

// WHO Reference 2007 (5–19 years) as WHO's anthroplus computes it, against WHO's own outputs:
// the 2007 survey z-scores anthroplus's tests reproduce, anthroplus's own test cases, and WHO's
// expanded 2007 tables (fixtures/who/README.md).

const sexOf = (s: string): Sex => (s === '1' ? 'L' : 'P');

describe('lazy WHO 2007 tables', () => {
  it('refuse to compute before loading, and load apart from the 0–60-month tables', async () => {
    expect(schoolAgeTablesLoaded()).toBe(false);
    expect(() => schoolAgeTables()).toThrow('growth.schoolAgeTablesNotLoaded');
    expect(() => zScoreSchoolAge({ indicator: 'hfa', sex: 'L', ageMonths: 100, heightCm: 130 })).toThrow('growth.schoolAgeTablesNotLoaded');
    const [a, b] = await Promise.all([loadSchoolAgeTables(), loadSchoolAgeTables()]);
    expect(a).toBe(b);
    expect(whoTablesLoaded()).toBe(false);
    expect(a.wfa.L.first).toBe(60);
    // anthroplus's tables repeat their last month once (121, 229): never read, since 120 and 228
    // are the last ages scored and a whole month needs no upper row.
    expect(a.wfa.P.count).toBe(62);
    expect(a.hfa.L.count).toBe(170);
    expect(a.bfa.P.count).toBe(170);
  });
});

const SD_COLUMNS = ['SD4neg', 'SD3neg', 'SD2neg', 'SD1neg', 'SD0', 'SD1', 'SD2', 'SD3', 'SD4'];
const sdOf = (col: string) => (col === 'SD0' ? 0 : col.endsWith('neg') ? -Number(col[2]) : Number(col[2]));
const files: [SchoolAgeIndicator, string][] = [
  ['wfa', 'sd_expanded_2007_wfa_monthly.csv'],
  ['hfa', 'sd_expanded_2007_hfa_monthly.csv'],
  ['bfa', 'sd_expanded_2007_bfa_monthly.csv'],
];
const build = (ind: SchoolAgeIndicator, sex: Sex, ageMonths: number, value: number): SchoolAgeMeasurement =>
  // BMI = weight at 100 cm, so a printed BMI is passed as the weight.
  ind === 'hfa' ? { indicator: ind, sex, ageMonths, heightCm: value } : ind === 'wfa'
    ? { indicator: ind, sex, ageMonths, weightKg: value } : { indicator: ind, sex, ageMonths, weightKg: value, heightCm: 100 };

describe.each(files)('WHO 2007 expanded table (%s)', (ind, file) => {
  const rows = readWhoFixture(file);

  it('has the same L, M and S as our table, month by month', () => {
    expect(rows.length).toBe(ind === 'wfa' ? 120 : 336);
    for (const r of rows) {
      const t = schoolAgeTables()[ind][sexOf(r.sex)];
      const i = +r.age_months - t.first;
      expect([t.L[i], t.M[i], t.S[i]], JSON.stringify(r)).toEqual([Number(r.L), Number(r.M), Number(r.S)]);
    }
  });

  it('reproduces every printed SD line (restricted ±4 for weight and BMI) to its 3 decimals', () => {
    for (const r of rows) {
      const t = schoolAgeTables()[ind][sexOf(r.sex)];
      const i = +r.age_months - t.first;
      const at = (k: number) => sdLine(k, t.L[i], t.M[i], t.S[i]);
      for (const col of SD_COLUMNS) {
        const k = sdOf(col);
        const ours = ind === 'hfa' || Math.abs(k) < 4 ? at(k) : k > 0 ? 2 * at(3) - at(2) : 2 * at(-3) - at(-2);
        expect(Math.abs(ours - Number(r[col])), `${JSON.stringify(r)} ${col}`).toBeLessThanOrEqual(0.0005 + 1e-9);
      }
    }
  });

  it('gives the printed SD (±0.003) for every value on every SD line', () => {
    let worst = 0;
    for (const r of rows) {
      for (const col of [...SD_COLUMNS, ...(ind === 'hfa' ? ['SD5neg'] : [])]) {
        const z = zScoreSchoolAge(build(ind, sexOf(r.sex), +r.age_months, Number(r[col])));
        const err = Math.abs(z! - (col === 'SD5neg' ? -5 : sdOf(col)));
        expect(err, `${JSON.stringify(r)} ${col}`).toBeLessThanOrEqual(0.003);
        worst = Math.max(worst, err);
      }
    }
    expect(worst).toBeGreaterThan(0);
  });

  it('gives the SD on lines drawn between two month rows (L, M, S interpolated)', () => {
    // Halfway between two printed months, the SD line of the interpolated L, M, S.
    const t = schoolAgeTables()[ind].P;
    const last = ind === 'wfa' ? 120 : 228;
    for (let i = 0; t.first + i + 1 <= last; i += 3) {
      const mix = (a: Float64Array) => (a[i] + a[i + 1]) / 2;
      for (const k of [-3, -2, 0, 2, 3]) {
        const y = sdLine(k, mix(t.L), mix(t.M), mix(t.S));
        expect(zScoreSchoolAge(build(ind, 'P', t.first + i + 0.5, y))).toBeCloseTo(k, 9);
      }
    }
  });
});

describe('WHO 2007 survey (z-scores of WHO’s 2007 macro, the oracle anthroplus is tested against)', () => {
  const rows = readWhoFixture('who2007_survey_z.csv');
  const num = (s: string) => (s === '' || s === 'NA' ? undefined : Number(s));
  const cases: [SchoolAgeIndicator, string, string, number][] = [['hfa', 'zhfa', 'fhfa', 920], ['wfa', 'zwfa', 'fwfa', 254], ['bfa', 'zbfa', 'fbfa', 915]];

  it.each(cases)('reproduces %s (%s) and its flag for every child, to the printed 2 decimals', (ind, zCol, fCol, count) => {
    expect(rows.length).toBe(933);
    let compared = 0;
    let worst = 0;
    for (const r of rows) {
      const ageMonths = Number(r.agemons);
      const z = zScoreSchoolAge({
        indicator: ind, sex: sexOf(r.sex), ageMonths, weightKg: num(r.weight), heightCm: num(r.height), oedema: r.oedema === 'y',
      });
      // The 2007 macro's upper ages were exclusive; anthroplus (and we) score up to 228 (120) months inclusive
      // and nothing past them — anthroplus's own test blanks the macro's values there the same way.
      const expected = ageMonths > (ind === 'wfa' ? 120 : 228) ? '' : r[zCol];
      if (expected === '') {
        expect(z, `child ${r.id}`).toBeNull();
        continue;
      }
      expect(z, `child ${r.id}`).not.toBeNull();
      const diff = Math.abs(z! - Number(expected));
      expect(diff, `child ${r.id}: ours ${z}, WHO ${expected}`).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(isImplausibleSchoolAge(ind, z!), `flag of child ${r.id}`).toBe(r[fCol] === '1');
      worst = Math.max(worst, diff);
      compared++;
    }
    expect(compared).toBe(count);
    expect(worst).toBeGreaterThan(0);
  });

  it('has its age in months equal to (visit − birth) / 30.4375 within half a day', () => {
    const month = { Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06', Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12' } as const;
    const iso = (d: string) => {
      const [day, mon, year] = d.split('-');
      return `${year}-${month[mon as keyof typeof month]}-${day.padStart(2, '0')}`;
    };
    for (const r of rows) {
      expect(Math.abs(ageMonthsOn(iso(r.dob), iso(r.dov)) - Number(r.agemons)) * 30.4375, `child ${r.id}`).toBeLessThanOrEqual(0.5 + 1e-9);
    }
  });
});

describe('anthroplus’s own test cases (tests/testthat/test-zscores.R)', () => {
  it('computes the values for age ~ 60 months', () => {
    const z = (ind: SchoolAgeIndicator, ageMonths: number, heightCm: number, weightKg: number) =>
      zScoreSchoolAge({ indicator: ind, sex: 'P', ageMonths, heightCm, weightKg });
    // expect_equal(res$zwfa, c(0.21, 0.79)); zbfa c(-0.58, 0.42); zhfa c(0.96, 0.85)
    const expected: [SchoolAgeIndicator, number, number][] = [['wfa', 0.21, 0.79], ['bfa', -0.58, 0.42], ['hfa', 0.96, 0.85]];
    for (const [ind, a, b] of expected) {
      expect(Math.abs(z(ind, 60.32, 113.8, 18.7)! - a), ind).toBeLessThanOrEqual(0.005);
      expect(Math.abs(z(ind, 60.911701, 113.6, 20.5)! - b), ind).toBeLessThanOrEqual(0.005);
    }
  });

  it('has inclusive upper age bounds: 120 and 228 scored, 120.1 and 228.1 not', () => {
    const at = (ind: SchoolAgeIndicator, ageMonths: number) => zScoreSchoolAge({ indicator: ind, sex: 'L', ageMonths, heightCm: 60, weightKg: 30 });
    expect([120, 228, 120.1, 228.1].map((a) => at('hfa', a) === null)).toEqual([false, false, false, true]);
    expect([120, 228, 120.1, 228.1].map((a) => at('wfa', a) === null)).toEqual([false, true, true, true]);
    expect([120, 228, 120.1, 228.1].map((a) => at('bfa', a) === null)).toEqual([false, false, false, true]);
  });

  it('scores 60 months and not 59', () => {
    for (const ind of ['hfa', 'wfa', 'bfa'] as const) {
      expect(zScoreSchoolAge({ indicator: ind, sex: 'L', ageMonths: 60, heightCm: 60, weightKg: 30 })).not.toBeNull();
      expect(zScoreSchoolAge({ indicator: ind, sex: 'L', ageMonths: 59.99, heightCm: 60, weightKg: 30 })).toBeNull();
    }
  });

  it('gives no weight or BMI z with oedema, and keeps height', () => {
    const m = { sex: 'L' as const, ageMonths: 120, heightCm: 60, weightKg: 30, oedema: true };
    expect(zScoreSchoolAge({ ...m, indicator: 'wfa' })).toBeNull();
    expect(zScoreSchoolAge({ ...m, indicator: 'bfa' })).toBeNull();
    expect(zScoreSchoolAge({ ...m, indicator: 'hfa' })).not.toBeNull();
  });
});

describe('school-age rules of the product', () => {
  it('give null for a missing age or measure, or a measure ≤ 0', () => {
    expect(zScoreSchoolAge({ indicator: 'hfa', sex: 'L', heightCm: 120 })).toBeNull();
    expect(zScoreSchoolAge({ indicator: 'hfa', sex: 'L', ageMonths: Number.NaN, heightCm: 120 })).toBeNull();
    expect(zScoreSchoolAge({ indicator: 'hfa', sex: 'L', ageMonths: 100, heightCm: 0 })).toBeNull();
    expect(zScoreSchoolAge({ indicator: 'bfa', sex: 'L', ageMonths: 100, weightKg: 25 })).toBeNull();
    expect(zScoreSchoolAge({ indicator: 'bfa', sex: 'L', ageMonths: 100, heightCm: 130 })).toBeNull();
    expect(zScoreSchoolAge({ indicator: 'wfa', sex: 'L', ageMonths: 100, weightKg: -2 })).toBeNull();
  });

  it('compute age in months from dates as days / 30.4375, unrounded', () => {
    expect(ageMonthsOn('2016-01-01', '2021-01-01')).toBe(1827 / 30.4375);
    expect(ageMonthsOn('2016-01-01', '2021-01-01')).toBeGreaterThan(60);
    expect(ageMonthsOn('2016-01-02', '2021-01-01')).toBeLessThan(60);
  });

  it('categorise BMI-for-age as Permenkes 2/2020 (5–18 years), at every boundary', () => {
    const cases: [number, string][] = [
      [-3.0001, 'severelyThin'], [-3, 'thin'], [-2.0001, 'thin'], [-2, 'normal'], [1, 'normal'],
      [1.0001, 'overweight'], [2, 'overweight'], [2.0001, 'obese'],
    ];
    for (const [z, c] of cases) expect(schoolAgeCategory('bfa', z), String(z)).toBe(c);
  });

  it('categorise height-for-age (sangat pendek / pendek / normal / tinggi) and weight-for-age', () => {
    const h: [number, string][] = [[-3.0001, 'severelyStunted'], [-3, 'stunted'], [-2.0001, 'stunted'], [-2, 'normal'], [3, 'normal'], [3.0001, 'tall']];
    for (const [z, c] of h) expect(schoolAgeCategory('hfa', z), String(z)).toBe(c);
    const w: [number, string][] = [[-3.0001, 'severelyUnderweight'], [-3, 'underweight'], [-2.0001, 'underweight'], [-2, 'normal'], [4, 'normal']];
    for (const [z, c] of w) expect(schoolAgeCategory('wfa', z), String(z)).toBe(c);
  });

  it('flag on the rounded z: hfa |z| > 6, wfa > 5 or < −6, bfa |z| > 5', () => {
    expect(isImplausibleSchoolAge('hfa', 6.004)).toBe(false);
    expect(isImplausibleSchoolAge('hfa', -6.006)).toBe(true);
    expect(isImplausibleSchoolAge('wfa', 5.006)).toBe(true);
    expect(isImplausibleSchoolAge('wfa', -5.5)).toBe(false);
    expect(isImplausibleSchoolAge('wfa', -6.006)).toBe(true);
    expect(isImplausibleSchoolAge('bfa', -5.006)).toBe(true);
    expect(isImplausibleSchoolAge('bfa', 5.004)).toBe(false);
  });
});
