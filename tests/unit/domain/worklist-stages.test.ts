import { beforeAll, describe, expect, it } from 'vitest';
import { loadWhoTables } from '../../../src/domain/growth';
import { indexChild, workList, type WorkChild } from '../../../src/domain/kms';
import { absentSignal } from '../../../src/domain/kms/worklist';
import { ancMinimumBy, currentPregnancy, motherWorkList, type WorkPregnancy } from '../../../src/domain/kms/mothers';
import { monthIndex } from '../../../src/domain/dates';

// Issue 15's work list: LiLA < 11.5 cm as a referral reason, balita not seen for 2+ months, and the
// mothers' part (KEK, ANC, TTD, vitamin A in nifas) from the pregnancy and mother registers.

beforeAll(async () => {
  await loadWhoTables();
});

const wc = (id: string, birthDate: string, weighings: [string, number][], extra: Partial<WorkChild> = {}): WorkChild => ({
  id, birthDate,
  months: indexChild({ id, sex: 'P', birthDate, hasKms: true, weighings: weighings.map(([date, weightKg]) => ({ date, weightKg })) }),
  immunisations: new Set(), vitaminAMonths: new Set(), referralMonths: new Set(),
  lastVisitMonth: weighings.length ? weighings[weighings.length - 1][0].slice(0, 7) : undefined,
  ...extra,
});

describe('referral by LiLA (balita 6–59 months, < 11.5 cm)', () => {
  it.each<[string, number, string, string[]]>([
    ['11.4 cm at 14 months: refer', 11.4, '2024-12-01', ['LiLA']],
    ['11.5 cm is moderate, not a referral', 11.5, '2024-12-01', []],
    ['11.0 cm at 4 months: outside the LiLA screening ages', 11.0, '2025-10-01', []],
  ])('%s', (_, cm, birth, reasons) => {
    const c = wc('a', birth, [['2026-02-10', 9.5]], { lilaByMonth: new Map([['2026-02', { cm, date: '2026-02-10' }]]) });
    expect(workList([c], '2026-02-14').referral.flatMap((r) => r.reasons).filter((r) => r === 'LiLA')).toEqual(reasons);
  });

  it("last month's LiLA while not seen this month; none once a referral is recorded", () => {
    const lila = new Map([['2026-01', { cm: 11.0, date: '2026-01-12' }]]);
    const c = wc('a', '2024-12-01', [['2026-01-12', 9.5]], { lilaByMonth: lila });
    expect(workList([c], '2026-02-14').referral).toEqual([{ id: 'a', reasons: ['LiLA'], month: '2026-01' }]);
    const referred = wc('a', '2024-12-01', [['2026-01-12', 9.5]], { lilaByMonth: lila, referralMonths: new Set(['2026-01']) });
    expect(workList([referred], '2026-02-14').referral).toEqual([]);
  });
});

describe('not come for 2+ months', () => {
  it.each<[string, string | undefined, boolean]>([
    ['last seen in November, now January: one month missed', '2025-11', false],
    ['last seen in October, now January: November and December missed', '2025-10', true],
    ['seen this month', '2026-01', false],
  ])('%s', (_, last, listed) => {
    const c = wc('a', '2024-06-01', [], { lastVisitMonth: last });
    expect(absentSignal(c, monthIndex('2026-01'))).toEqual(listed ? { id: 'a', lastMonth: last } : null);
  });

  it('a child never seen counts from joining the register (or birth); older children are not balita', () => {
    expect(absentSignal(wc('a', '2024-06-01', [], { registeredOn: '2025-11-20' }), monthIndex('2026-01'))).toBeNull();
    expect(absentSignal(wc('a', '2024-06-01', [], { registeredOn: '2025-10-20' }), monthIndex('2026-01'))).toEqual({ id: 'a', lastMonth: null });
    expect(absentSignal(wc('a', '2025-12-01', []), monthIndex('2026-01'))).toBeNull();
    const old = wc('old', '2020-06-01', [['2025-01-10', 15]]);
    expect(workList([old], '2026-01-14').absent).toEqual([]);
    expect(workList([wc('b', '2024-06-01', [['2025-09-10', 9]])], '2026-01-14').absent).toEqual([{ id: 'b', lastMonth: '2025-09' }]);
  });
});

describe("the mothers' work list", () => {
  const p = (over: Partial<WorkPregnancy>): WorkPregnancy => ({ id: 'p', lastPeriod: '2025-10-01', status: 'hamil', ancVisits: 0, ironTablets: 0, ...over });

  it('K6 minimum by trimester: 1, 3, 6', () => {
    expect([ancMinimumBy(1), ancMinimumBy(2), ancMinimumBy(3)]).toEqual([1, 3, 6]);
  });

  it('a current pregnancy: HPHT known, no outcome, not past 42 weeks', () => {
    expect(currentPregnancy(p({}), '2026-01-10')).toBe(true);
    expect(currentPregnancy(p({ status: 'melahirkan' }), '2026-01-10')).toBe(false);
    expect(currentPregnancy(p({ outcomeDate: '2026-01-05' }), '2026-01-10')).toBe(false);
    expect(currentPregnancy(p({ lastPeriod: undefined }), '2026-01-10')).toBe(false);
    expect(currentPregnancy(p({ lastPeriod: '2025-03-01' }), '2026-01-10')).toBe(false); // 45 weeks
  });

  it('KEK strictly below 23.5 cm; ANC due by trimester; TTD below 90; nifas vitamin A within 42 days', () => {
    // HPHT 1 Oct 2025 → 10 Jan 2026 is 14 weeks: trimester 2, three contacts expected by its end.
    const list = motherWorkList([
      p({ id: 'kek', muacCm: 23.4, ancVisits: 3, ironTablets: 90 }),
      p({ id: 'edge', muacCm: 23.5, ancVisits: 2, ironTablets: 60 }),
      p({ id: 'gone', muacCm: 20, status: 'keguguran' }),
    ], [
      { id: 'm1', deliveryDate: '2025-12-20' },
      { id: 'm2', deliveryDate: '2025-12-20', vitaminA: true },
      { id: 'm3', deliveryDate: '2025-11-20' },
    ], '2026-01-10');
    expect(list.kek).toEqual([{ id: 'kek', muacCm: 23.4 }]);
    expect(list.anc).toEqual([{ id: 'edge', next: 3, trimester: 2 }]);
    expect(list.ttd).toEqual([{ id: 'edge', given: 60, target: 90 }]);
    expect(list.nifasVitaminA).toEqual([{ id: 'm1' }]);
  });
});
