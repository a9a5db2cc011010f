import { beforeAll, describe, expect, it } from 'vitest';
import {
  adjustedLength, growthCategory, isImplausible, lengthTableFor, lmsZ, loadWhoTables, roundHalfUp, whoTables, zScore,
  assessGrowth, type Indicator,
} from '../../../src/domain/growth';

beforeAll(async () => {
  await loadWhoTables();
});

describe('age in days', () => {
  it.each([
    [730.4, 730], [730.5, 731], [730.49, 730], [0, 0], [1826, 1826],
  ])('rounds %s half up to %s', (x, d) => expect(roundHalfUp(x)).toBe(d));

  it('uses the rounded day for the table row', () => {
    const a = zScore({ indicator: 'wfa', sex: 'L', ageDays: 100.5, weightKg: 6 });
    const b = zScore({ indicator: 'wfa', sex: 'L', ageDays: 101, weightKg: 6 });
    expect(a).toBe(b);
  });

  it.each([
    [1826, false], [1826.2, false], [1826.25, true], [1827, true], [-1, true],
  ])('at %s days gives null=%s (z only below 60 months)', (ageDays, isNull) => {
    expect(zScore({ indicator: 'wfa', sex: 'P', ageDays, weightKg: 15 }) === null).toBe(isNull);
  });
});

describe('position adjustment (clenhei)', () => {
  it.each([
    // [ageDays, position, measured, expected clenhei]
    [400, 'standing', 75, 75.7],
    [400, 'lying', 75, 75],
    [800, 'lying', 88, 87.3],
    [800, 'standing', 88, 88],
    [730, 'standing', 80, 80.7],
    [731, 'lying', 80, 79.3],
    [250, 'standing', 68, 68], // before 9 months: standing is implausible, no +0.7
    [273, 'standing', 68, 68],
    [274, 'standing', 68, 68.7],
    [400, undefined, 75, 75],
  ] as const)('age %s, %s, %s cm → %s cm', (age, pos, cm, want) => {
    expect(adjustedLength(cm, age, pos)).toBeCloseTo(want, 10);
  });

  it('feeds the adjusted length to lhfa, wfl and bfa', () => {
    const base = { sex: 'L' as const, ageDays: 400, weightKg: 9.5 };
    for (const indicator of ['lhfa', 'wfl', 'bfa'] as Indicator[]) {
      expect(zScore({ ...base, indicator, lengthCm: 75, position: 'standing' }))
        .toBeCloseTo(zScore({ ...base, indicator, lengthCm: 75.7, position: 'lying' })!, 12);
    }
  });
});

describe('weight-for-length vs weight-for-height', () => {
  it.each([
    [730, undefined, 90, 'wfl'], [731, undefined, 80, 'wfh'],
    [undefined, 'lying', 100, 'wfl'], [undefined, 'standing', 70, 'wfh'],
    [undefined, undefined, 86.9, 'wfl'], [undefined, undefined, 87, 'wfh'],
  ] as const)('age %s, position %s, %s cm → %s table', (age, pos, cm, table) => {
    expect(lengthTableFor(age, pos, cm)).toBe(table);
  });

  it("'wfl' and 'wfh' name the same indicator", () => {
    for (const m of [
      { sex: 'P' as const, ageDays: 500, weightKg: 9, lengthCm: 76 },
      { sex: 'L' as const, ageDays: 900, weightKg: 12, lengthCm: 88, position: 'standing' as const },
      { sex: 'L' as const, weightKg: 12, lengthCm: 88 },
    ]) {
      expect(zScore({ ...m, indicator: 'wfl' })).toBe(zScore({ ...m, indicator: 'wfh' }));
    }
  });

  it('is null outside the table chosen (wfl 45–110 cm, wfh 65–120 cm)', () => {
    expect(zScore({ indicator: 'wfl', sex: 'L', ageDays: 100, lengthCm: 44.9, weightKg: 2 })).toBeNull();
    expect(zScore({ indicator: 'wfl', sex: 'L', ageDays: 100, lengthCm: 45, weightKg: 2 })).not.toBeNull();
    expect(zScore({ indicator: 'wfl', sex: 'L', ageDays: 800, lengthCm: 64.9, weightKg: 7 })).toBeNull();
    expect(zScore({ indicator: 'wfl', sex: 'L', ageDays: 800, lengthCm: 120, weightKg: 22 })).not.toBeNull();
    expect(zScore({ indicator: 'wfl', sex: 'L', ageDays: 800, lengthCm: 120.01, weightKg: 22 })).toBeNull();
    expect(zScore({ indicator: 'wfl', sex: 'L', ageDays: 500, lengthCm: 110.05, weightKg: 18 })).toBeNull();
  });

  it('interpolates L, M and S linearly between the 0.1 cm rows', () => {
    const t = whoTables().wfl.P;
    const i = Math.round((70.2 - t.first) * 10);
    const f = 0.3;
    const at = (a: Float64Array) => a[i] + f * (a[i + 1] - a[i]);
    const want = lmsZ(8, at(t.L), at(t.M), at(t.S));
    expect(zScore({ indicator: 'wfl', sex: 'P', ageDays: 300, lengthCm: 70.23, weightKg: 8 })).toBeCloseTo(want, 10);
  });
});

describe('restricted rule beyond ±3 SD', () => {
  const t = () => whoTables().wfa.L;
  it('applies to weight-for-age: +1 SD per (SD3 − SD2) past SD3', () => {
    const { L, M, S } = t();
    const sd = (k: number) => M[200] * (1 + L[200] * S[200] * k) ** (1 / L[200]);
    const w = sd(3) + 1.5 * (sd(3) - sd(2));
    expect(zScore({ indicator: 'wfa', sex: 'L', ageDays: 200, weightKg: w })).toBeCloseTo(4.5, 10);
    const w2 = sd(-3) - 0.5 * (sd(-2) - sd(-3));
    expect(zScore({ indicator: 'wfa', sex: 'L', ageDays: 200, weightKg: w2 })).toBeCloseTo(-3.5, 10);
  });

  it('does not apply to length/height-for-age (plain LMS)', () => {
    const l = whoTables().lhfa.P;
    const y = 40;
    expect(zScore({ indicator: 'lhfa', sex: 'P', ageDays: 10, lengthCm: y })).toBeCloseTo(lmsZ(y, l.L[10], l.M[10], l.S[10]), 12);
  });
});

describe('bad or missing measures', () => {
  it.each([
    { indicator: 'wfa', sex: 'L', ageDays: 100, weightKg: 0 },
    { indicator: 'wfa', sex: 'L', weightKg: 6 },
    { indicator: 'lhfa', sex: 'L', ageDays: 100, lengthCm: -1 },
    { indicator: 'bfa', sex: 'L', ageDays: 100, weightKg: 6 },
    { indicator: 'wfl', sex: 'L', lengthCm: 60 },
    { indicator: 'wfa', sex: 'L', ageDays: 100, weightKg: 6, oedema: true },
    { indicator: 'wfl', sex: 'L', ageDays: 100, weightKg: 6, lengthCm: 60, oedema: true },
    { indicator: 'bfa', sex: 'L', ageDays: 100, weightKg: 6, lengthCm: 60, oedema: true },
    { indicator: 'wfa', sex: 'L', ageDays: Number.NaN, weightKg: 6 },
  ] as const)('%o → null', (m) => expect(zScore(m)).toBeNull());

  it('keeps length-for-age with oedema', () => {
    expect(zScore({ indicator: 'lhfa', sex: 'L', ageDays: 100, lengthCm: 60, oedema: true })).not.toBeNull();
  });
});

describe('categories (SPEC §3.2)', () => {
  it.each([
    ['wfa', -3.01, 'severelyUnderweight'], ['wfa', -3, 'underweight'], ['wfa', -2.01, 'underweight'],
    ['wfa', -2, 'normal'], ['wfa', 1, 'normal'], ['wfa', 1.01, 'riskOverweight'], ['wfa', 4, 'riskOverweight'],
    ['lhfa', -3.01, 'severelyStunted'], ['lhfa', -3, 'stunted'], ['lhfa', -2, 'normal'], ['lhfa', 3, 'normal'],
    ['lhfa', 3.01, 'tall'],
    ['wfl', -3.01, 'severelyWasted'], ['wfl', -3, 'wasted'], ['wfl', -2, 'normal'], ['wfl', 1, 'normal'],
    ['wfl', 1.01, 'riskOverweight'], ['wfl', 2, 'riskOverweight'], ['wfl', 2.01, 'overweight'], ['wfl', 3, 'overweight'],
    ['wfl', 3.01, 'obese'], ['wfh', 3.01, 'obese'], ['bfa', -2.5, 'wasted'], ['bfa', 3.5, 'obese'],
  ] as const)('%s z=%s → %s', (ind, z, cat) => expect(growthCategory(ind, z)).toBe(cat));
});

describe('implausibility flags', () => {
  it.each([
    ['lhfa', 6, false], ['lhfa', 6.01, true], ['lhfa', -6.01, true],
    ['wfa', -6, false], ['wfa', -6.01, true], ['wfa', 5, false], ['wfa', 5.01, true],
    ['wfl', 5, false], ['wfl', -5.01, true], ['wfh', 5.01, true], ['bfa', -5, false], ['bfa', 5.01, true],
  ] as const)('%s z=%s → %s', (ind, z, flag) => expect(isImplausible(ind, z)).toBe(flag));
});

describe('assessGrowth', () => {
  it('gives each indicator with category and flag, matching zScore', () => {
    const v = { sex: 'P' as const, ageDays: 420, weightKg: 7.1, lengthCm: 74, position: 'lying' as const };
    const a = assessGrowth(v);
    for (const ind of ['wfa', 'lhfa', 'wfl', 'bfa'] as const) {
      const z = zScore({ ...v, indicator: ind })!;
      expect(a[ind]).toEqual({ z, category: growthCategory(ind, z), implausible: isImplausible(ind, z) });
    }
  });

  it('gives null for indicators it cannot compute', () => {
    expect(assessGrowth({ sex: 'L', ageDays: 30, weightKg: 4 })).toMatchObject({ lhfa: null, wfl: null, bfa: null });
  });
});
