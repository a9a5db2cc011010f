import { describe, expect, it } from 'vitest';
import {
  adultBmiClass, anaemiaClass, anaemiaGroup, bmi, BP_AAP_2017_TEEN, BP_JNC7, BP_PNPK_2021, bpClass, bpClassOfReadings,
  combineReadings, glucoseClass, GLUCOSE_PERKENI_2021_CAPILLARY, IMT_ASIA_PASIFIK, isCentralObesity, isHighGlucose,
  isHypertensive, ttdGirlDue, ttdGirlEligible, ttdPregnancy,
} from '../../../src/domain';

describe('adult BMI (IMT)', () => {
  it('computes weight / height²', () => {
    expect(bmi(60, 170)).toBeCloseTo(20.761, 3);
    expect(bmi(0, 170)).toBeNull();
    expect(bmi(60, 0)).toBeNull();
  });

  it('classes by the Kemenkes national bands at every edge', () => {
    const cases: [number, string][] = [
      [16.99, 'thinSevere'], [17, 'thin'], [18.49, 'thin'], [18.5, 'normal'], [25, 'normal'],
      [25.01, 'overweight'], [27, 'overweight'], [27.01, 'obese'], [40, 'obese'],
    ];
    for (const [v, c] of cases) expect(adultBmiClass(v), String(v)).toBe(c);
  });

  it('classes by the Asia-Pacific bands when a county picks them', () => {
    const cases: [number, string][] = [
      [18.49, 'underweight'], [18.5, 'normal'], [22.99, 'normal'], [23, 'atRisk'], [24.99, 'atRisk'],
      [25, 'obese1'], [29.99, 'obese1'], [30, 'obese2'],
    ];
    for (const [v, c] of cases) expect(adultBmiClass(v, IMT_ASIA_PASIFIK), String(v)).toBe(c);
  });

  it('central obesity: waist above 90 cm (men), above 80 cm (women)', () => {
    expect(isCentralObesity(90, 'L')).toBe(false);
    expect(isCentralObesity(90.1, 'L')).toBe(true);
    expect(isCentralObesity(80, 'P')).toBe(false);
    expect(isCentralObesity(80.1, 'P')).toBe(true);
  });
});

describe('blood pressure', () => {
  it('JNC 7: the higher of the systolic and diastolic class, at every edge', () => {
    const cases: [number, number, string][] = [
      [119, 79, 'normal'], [120, 79, 'prehypertension'], [119, 80, 'prehypertension'], [139, 89, 'prehypertension'],
      [140, 60, 'stage1'], [110, 90, 'stage1'], [159, 99, 'stage1'], [160, 70, 'stage2'], [130, 100, 'stage2'],
    ];
    for (const [s, d, c] of cases) expect(bpClass({ systolic: s, diastolic: d }, BP_JNC7), `${s}/${d}`).toBe(c);
  });

  it('PNPK 2021 grades, at every edge', () => {
    const cases: [number, number, string][] = [
      [119, 79, 'optimal'], [120, 79, 'normal'], [129, 84, 'normal'], [130, 70, 'highNormal'], [120, 85, 'highNormal'],
      [140, 70, 'grade1'], [120, 90, 'grade1'], [160, 70, 'grade2'], [179, 109, 'grade2'], [180, 70, 'grade3'], [120, 110, 'grade3'],
    ];
    for (const [s, d, c] of cases) expect(bpClass({ systolic: s, diastolic: d }, BP_PNPK_2021), `${s}/${d}`).toBe(c);
  });

  it('AAP 2017 (13–17 years): a diastolic ≥ 80 is stage 1 even with a systolic under 120', () => {
    const cases: [number, number, string][] = [
      [119, 79, 'normal'], [120, 79, 'elevated'], [129, 79, 'elevated'], [130, 70, 'stage1'], [110, 80, 'stage1'],
      [125, 82, 'stage1'], [139, 89, 'stage1'], [140, 70, 'stage2'], [110, 90, 'stage2'],
    ];
    for (const [s, d, c] of cases) expect(bpClass({ systolic: s, diastolic: d }, BP_AAP_2017_TEEN), `${s}/${d}`).toBe(c);
  });

  it('averages two readings, unrounded (139.5 stays under 140), and ignores an invalid one', () => {
    expect(combineReadings([{ systolic: 138, diastolic: 85 }, { systolic: 141, diastolic: 88 }])).toEqual({ systolic: 139.5, diastolic: 86.5 });
    expect(bpClassOfReadings([{ systolic: 138, diastolic: 85 }, { systolic: 141, diastolic: 88 }], BP_JNC7)).toBe('prehypertension');
    expect(bpClassOfReadings([{ systolic: 138, diastolic: 85 }, { systolic: 142, diastolic: 88 }], BP_JNC7)).toBe('stage1');
    expect(combineReadings([{ systolic: 150, diastolic: 95 }, { systolic: 0, diastolic: 80 }])).toEqual({ systolic: 150, diastolic: 95 });
    expect(combineReadings([])).toBeNull();
    expect(bpClassOfReadings([], BP_JNC7)).toBeNull();
    expect(isHypertensive([{ systolic: 140, diastolic: 80 }], BP_JNC7)).toBe(true);
    expect(isHypertensive([{ systolic: 139, diastolic: 89 }], BP_JNC7)).toBe(false);
    expect(isHypertensive([{ systolic: 135, diastolic: 80 }], BP_AAP_2017_TEEN)).toBe(true);
  });
});

describe('blood glucose (PERKENI 2021)', () => {
  it('sewaktu: < 100 normal, 100–199 belum pasti, ≥ 200 DM; puasa: < 100, 100–125, ≥ 126', () => {
    const cases: [number, 'sewaktu' | 'puasa', string][] = [
      [99, 'sewaktu', 'normal'], [100, 'sewaktu', 'uncertain'], [199, 'sewaktu', 'uncertain'], [200, 'sewaktu', 'diabetes'],
      [99, 'puasa', 'normal'], [100, 'puasa', 'uncertain'], [125, 'puasa', 'uncertain'], [126, 'puasa', 'diabetes'],
    ];
    for (const [v, k, c] of cases) expect(glucoseClass(v, k), `${k} ${v}`).toBe(c);
    expect(glucoseClass(0, 'puasa')).toBeNull();
    expect(isHighGlucose(199, 'sewaktu')).toBe(false);
    expect(isHighGlucose(200, 'sewaktu')).toBe(true);
    expect(isHighGlucose(125, 'puasa')).toBe(false);
    expect(isHighGlucose(126, 'puasa')).toBe(true);
  });

  it('capillary values use their own table', () => {
    expect(glucoseClass(95, 'puasa', GLUCOSE_PERKENI_2021_CAPILLARY)).toBe('uncertain');
    expect(glucoseClass(100, 'puasa', GLUCOSE_PERKENI_2021_CAPILLARY)).toBe('diabetes');
    expect(glucoseClass(89, 'sewaktu', GLUCOSE_PERKENI_2021_CAPILLARY)).toBe('normal');
  });
});

describe('anaemia (WHO 2011)', () => {
  it('picks the WHO group by age, sex and pregnancy', () => {
    const cases: [number, 'L' | 'P', boolean, string | null][] = [
      [5, 'L', false, null], [6, 'L', false, 'child6to59m'], [59, 'P', false, 'child6to59m'], [60, 'P', false, 'child5to11y'],
      [143, 'L', false, 'child5to11y'], [144, 'L', false, 'child12to14y'], [179, 'P', false, 'child12to14y'],
      [180, 'P', false, 'woman'], [180, 'L', false, 'man'], [200, 'P', true, 'pregnant'],
    ];
    for (const [m, s, p, g] of cases) expect(anaemiaGroup(m, s, p), `${m} ${s} ${p}`).toBe(g);
  });

  it('classes Hb at every cut-off of every group', () => {
    const cases: [number, number, 'L' | 'P', boolean, string][] = [
      // 6–59 months: 11.0 / 10.0 / 7.0
      [11, 24, 'L', false, 'none'], [10.9, 24, 'L', false, 'mild'], [10, 24, 'L', false, 'mild'], [9.9, 24, 'L', false, 'moderate'],
      [7, 24, 'L', false, 'moderate'], [6.9, 24, 'L', false, 'severe'],
      // 5–11 years: 11.5 / 11.0 / 8.0
      [11.5, 100, 'P', false, 'none'], [11.4, 100, 'P', false, 'mild'], [11, 100, 'P', false, 'mild'], [10.9, 100, 'P', false, 'moderate'],
      [8, 100, 'P', false, 'moderate'], [7.9, 100, 'P', false, 'severe'],
      // 12–14 years and women: 12.0 / 11.0 / 8.0
      [12, 160, 'L', false, 'none'], [11.9, 160, 'L', false, 'mild'], [12, 240, 'P', false, 'none'], [11.9, 240, 'P', false, 'mild'],
      [10.9, 240, 'P', false, 'moderate'], [7.9, 240, 'P', false, 'severe'],
      // pregnant: 11.0 / 10.0 / 7.0
      [11, 240, 'P', true, 'none'], [10.9, 240, 'P', true, 'mild'], [9.9, 240, 'P', true, 'moderate'], [6.9, 240, 'P', true, 'severe'],
      // men: 13.0 / 11.0 / 8.0
      [13, 240, 'L', false, 'none'], [12.9, 240, 'L', false, 'mild'], [11, 240, 'L', false, 'mild'], [10.9, 240, 'L', false, 'moderate'],
    ];
    for (const [hb, m, s, p, c] of cases) expect(anaemiaClass(hb, m, s, p), `${hb} at ${m} ${s} ${p}`).toBe(c);
    expect(anaemiaClass(0, 240, 'P')).toBeNull();
    expect(anaemiaClass(10, 3, 'P')).toBeNull();
  });
});

describe('TTD', () => {
  it('pregnancy: at least 90 tablets', () => {
    expect(ttdPregnancy(89)).toEqual({ given: 89, target: 90, met: false, remaining: 1 });
    expect(ttdPregnancy(90)).toMatchObject({ met: true, remaining: 0 });
    expect(ttdPregnancy(-3)).toMatchObject({ given: 0, met: false, remaining: 90 });
  });

  it('girls 12–18 completed years, weekly', () => {
    expect(ttdGirlEligible('2014-03-01', 'P', '2026-02-28')).toBe(false); // 11 years
    expect(ttdGirlEligible('2014-03-01', 'P', '2026-03-01')).toBe(true); // 12
    expect(ttdGirlEligible('2007-03-01', 'P', '2026-02-28')).toBe(true); // 18 years 11 months
    expect(ttdGirlEligible('2007-03-01', 'P', '2026-03-01')).toBe(false); // 19
    expect(ttdGirlEligible('2012-03-01', 'L', '2026-03-01')).toBe(false);
    expect(ttdGirlDue('2012-03-01', 'P', '2026-03-10', null)).toBe(true);
    expect(ttdGirlDue('2012-03-01', 'P', '2026-03-10', '2026-03-04')).toBe(false); // 6 days
    expect(ttdGirlDue('2012-03-01', 'P', '2026-03-10', '2026-03-03')).toBe(true); // 7 days
    expect(ttdGirlDue('2012-03-01', 'L', '2026-03-10', null)).toBe(false);
  });
});
