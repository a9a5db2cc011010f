import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calendarYear, computeStrataIndicators, integratedEligibility, last12Months, posyanduStrata, strataGaps,
  type StrataBasis, type StrataRecords,
} from '../../../src/domain/strata';
import type { ChildRecord } from '../../../src/domain/kms';

const months2025 = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);

function records(): StrataRecords {
  // 10 balita all year; child i is weighed in the first (i < 5 ? 10 : 3) months of 2025.
  const children: ChildRecord[] = Array.from({ length: 10 }, (_, i) => ({
    id: `c${i}`, sex: i % 2 ? 'P' : 'L', birthDate: '2023-06-15', hasKms: true,
    weighings: months2025.slice(0, i < 5 ? 10 : 3).map((m) => ({ date: `${m}-10`, weightKg: 10 })),
  }));
  return {
    sessions: [
      ...months2025.slice(0, 10).map((m, i) => ({ date: `${m}-10`, kadersPresent: i < 5 ? 6 : 4, withWeighing: true })),
      { date: '2025-11-10', kadersPresent: 9, withWeighing: false },
      { date: '2024-12-10', kadersPresent: 9, withWeighing: true },
    ],
    children,
    pregnancies: [
      { registeredOn: '2025-02-01', ancComplete: true }, { registeredOn: '2025-05-01', ancComplete: false },
      { registeredOn: '2025-07-01', ancComplete: false }, { registeredOn: '2024-07-01', ancComplete: true },
    ],
    pus: [
      { registeredOn: '2020-01-01', kbActive: true }, { registeredOn: '2024-01-01', kbActive: false },
      { registeredOn: '2026-01-05', kbActive: true }, { registeredOn: '2020-01-01', kbActive: true, leftOn: '2024-06-01' },
    ],
    babies: [{ registeredOn: '2025-03-01', immunizationComplete: true }, { registeredOn: '2025-04-01', immunizationComplete: true }],
    programs: [{ name: 'BKB', startedOn: '2023-01-01', endedOn: '2024-12-31' }],
    households: { total: 40, danaSehat: 6 },
  };
}

describe('computeStrataIndicators (calendar year)', () => {
  const { indicators, basis } = computeStrataIndicators(records(), calendarYear(2025));

  it('counts sessions with weighing inside the year and averages their kaders', () => {
    expect(indicators.sessions).toBe(10);
    expect(indicators.avgKaders).toBeCloseTo((5 * 6 + 5 * 4) / 10, 12);
  });
  it('averages the monthly D/S ratios (months without weighing count as 0)', () => {
    expect(basis.monthlyDs).toHaveLength(12);
    const want = (3 * 1 + 7 * 0.5 + 2 * 0) / 12;
    expect(indicators.ds).toBeCloseTo(want, 12);
    expect(basis.avgS).toBe(10);
  });
  it('takes registers of the period', () => {
    expect(indicators.kia).toBeCloseTo(1 / 3, 12);
    expect(indicators.kb).toBeCloseTo(1 / 2, 12);
    expect(indicators.immunization).toBe(1);
    expect(indicators.additionalProgram).toBe(false);
    expect(indicators.danaSehat).toBeCloseTo(6 / 40, 12);
  });
  it('gives a rolling 12-month view too', () => {
    expect(last12Months('2025-06')).toEqual({ from: '2024-07', to: '2025-06' });
    const r = computeStrataIndicators(records(), last12Months('2025-06'));
    expect(r.indicators.sessions).toBe(7); // 2024-12 + Jan–Jun 2025
    expect(r.indicators.additionalProgram).toBe(true); // BKB ran until 2024-12
    expect(r.indicators.kia).toBeCloseTo(2 / 3, 12);
  });
  it('gives zero ratios for empty registers', () => {
    const empty = computeStrataIndicators({ ...records(), children: [], pregnancies: [], pus: [], babies: [], households: { total: 0, danaSehat: 0 } }, calendarYear(2025));
    expect(empty.indicators).toMatchObject({ ds: 0, kia: 0, kb: 0, immunization: 0, danaSehat: 0 });
  });
});

describe('strataGaps: numbers a kader can act on', () => {
  const basis = (over: Partial<StrataBasis> = {}): StrataBasis => ({
    period: calendarYear(2025), sessions: 10, kadersPresent: 50, monthlyDs: [], avgS: 50,
    kia: { registered: 10, complete: 3 }, kb: { registered: 20, active: 9 }, immunization: { registered: 0, complete: 0 },
    programs: [], households: { total: 40, paying: 0 }, ...over,
  });

  it('D/S 42 % → 50 % with 50 balita: 4 more children weighed each month', () => {
    const [g] = strataGaps([{ indicator: 'ds', have: 0.42, need: 0.5, op: '>=' }], basis());
    expect(g).toMatchObject({ unit: 'childrenPerMonth', more: 4 });
  });
  it('strictly more than 50 % needs one more', () => {
    const [g] = strataGaps([{ indicator: 'ds', have: 0.42, need: 0.5, op: '>' }], basis());
    expect(g.more).toBe(5);
  });
  it.each<[string, Parameters<typeof strataGaps>[0][0], number | null, string]>([
    ['sessions 6 → ≥ 8', { indicator: 'sessions', have: 6, need: 8, op: '>=' }, 2, 'sessions'],
    ['sessions 8 → > 8', { indicator: 'sessions', have: 8, need: 8, op: '>' }, 1, 'sessions'],
    ['kaders 4.2 → ≥ 5', { indicator: 'avgKaders', have: 4.2, need: 5, op: '>=' }, 1, 'kadersPerSession'],
    ['KIA 3/10 → ≥ 50 %', { indicator: 'kia', have: 0.3, need: 0.5, op: '>=' }, 2, 'pregnantWomenAnc'],
    ['KIA 3/10 → > 50 %', { indicator: 'kia', have: 0.3, need: 0.5, op: '>' }, 3, 'pregnantWomenAnc'],
    ['KB 9/20 → ≥ 50 %', { indicator: 'kb', have: 0.45, need: 0.5, op: '>=' }, 1, 'pusKbActive'],
    ['immunisation with nobody registered', { indicator: 'immunization', have: 0, need: 0.5, op: '>=' }, null, 'babiesImmunized'],
    ['dana sehat 0/40 → > 0', { indicator: 'danaSehat', have: 0, need: 0, op: '>' }, 1, 'householdsDanaSehat'],
    ['dana sehat 0/40 → ≥ 50 %', { indicator: 'danaSehat', have: 0, need: 0.5, op: '>=' }, 20, 'householdsDanaSehat'],
    ['programme', { indicator: 'additionalProgram', have: false, need: true, op: 'is' }, 1, 'programs'],
  ])('%s', (_, m, more, unit) => {
    expect(strataGaps([m], basis())[0]).toMatchObject({ ...m, more, unit });
  });

  it('gives the least whole number that reaches the requirement (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(500), fc.integer({ min: 1, max: 99 }), fc.boolean(), (n, d, pct, strict) => {
        const done = Math.min(d, n);
        const need = pct / 100;
        const op = strict ? '>' : '>=';
        const reaches = (k: number) => (strict ? (done + k) / n > need : (done + k) / n >= need);
        const [g] = strataGaps([{ indicator: 'kb', have: done / n, need, op }], basis({ kb: { registered: n, active: done } }));
        if (g.more === null) {
          expect(reaches(n - done)).toBe(false);
        } else {
          expect(reaches(g.more)).toBe(true);
          if (g.more > 0) expect(reaches(g.more - 1)).toBe(false);
        }
      }),
    );
  });

  it('works on the result of posyanduStrata + computeStrataIndicators', () => {
    const { indicators, basis: b } = computeStrataIndicators(records(), calendarYear(2025));
    const r = posyanduStrata(indicators, 'nasional');
    expect(r.level).toBe('madya');
    const gaps = strataGaps(r.next!.missing, b);
    expect(gaps.map((g) => g.indicator)).toEqual(r.next!.missing.map((m) => m.indicator));
    expect(gaps.map((g) => g.indicator)).toEqual(['kia', 'additionalProgram']);
    const kia = gaps[0];
    expect((b.kia.complete + kia.more!) / b.kia.registered).toBeGreaterThanOrEqual(0.5);
    expect((b.kia.complete + kia.more! - 1) / b.kia.registered).toBeLessThan(0.5);
  });
});

describe('integratedEligibility (SPEC §3.5)', () => {
  const ok = { level: 'madya' as const, activitiesHeld: 12, reportedMonths: months2025, period: calendarYear(2025), kaderCount: 6 };
  it('is eligible when every computable condition holds', () => {
    const r = integratedEligibility(ok);
    expect(r.eligible).toBe(true);
    expect(r.checklist).toEqual(['building', 'land', 'sk', 'support']);
  });
  it.each<[string, Partial<typeof ok>, string]>([
    ['Pratama', { level: 'pratama' as never }, 'strataAtLeastMadya'],
    ['11 activities', { activitiesHeld: 11 }, 'routineActivity'],
    ['a month without report', { reportedMonths: months2025.filter((m) => m !== '2025-07') }, 'monthlyReports'],
    ['exactly 5 kaders', { kaderCount: 5 }, 'kadersMoreThan5'],
  ])('fails on %s', (_, over, id) => {
    const r = integratedEligibility({ ...ok, ...over });
    expect(r.eligible).toBe(false);
    expect(r.conditions.filter((c) => !c.ok).map((c) => c.id)).toEqual([id]);
  });
  it('names the missing report months', () => {
    const r = integratedEligibility({ ...ok, reportedMonths: ['2025-01'] });
    const c = r.conditions.find((x) => x.id === 'monthlyReports');
    expect(c).toMatchObject({ have: 1, need: 12 });
    expect(c && 'missingMonths' in c ? c.missingMonths : []).toHaveLength(11);
  });
});
