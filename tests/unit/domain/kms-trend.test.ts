import { beforeAll, describe, expect, it } from 'vitest';
import { loadWhoTables, sdLine, whoTables } from '../../../src/domain/growth';
import { isBgm, isTwoT, kbmGrams, kmsTrend, KBM_KMS_2010, type ChildRecord, type KbmTable } from '../../../src/domain/kms';
import { completedMonths } from '../../../src/domain/dates';

beforeAll(async () => {
  await loadWhoTables();
});

const child = (birthDate: string, weighings: [string, number][], sex: 'L' | 'P' = 'L'): ChildRecord => ({
  id: 'c', sex, birthDate, hasKms: true, weighings: weighings.map(([date, weightKg]) => ({ date, weightKg })),
});

describe('KBM table (domain-tables §1)', () => {
  it.each([
    [0, 800], [1, 800], [2, 900], [3, 800], [4, 600], [5, 500], [6, 400], [7, 300], [11, 300], [12, 200], [59, 200], [70, 200],
  ])('%s completed months → %s g', (m, g) => expect(kbmGrams(m)).toBe(g));

  it('is versioned data a county can replace', () => {
    expect(KBM_KMS_2010).toMatchObject({ id: expect.any(String), version: 1 });
    const custom: KbmTable = { id: 'test', version: 2, source: 't', bands: [{ fromMonths: 0, toMonths: 59, grams: 500 }] };
    const c = child('2024-01-15', [['2025-01-10', 10], ['2025-02-10', 10.4]]);
    expect(kmsTrend(c, '2025-02')).toBe('N');
    expect(kmsTrend(c, '2025-02', custom)).toBe('T');
  });
});

describe('completed months', () => {
  it.each([
    ['2024-01-15', '2024-02-14', 0], ['2024-01-15', '2024-02-15', 1], ['2024-01-31', '2024-02-29', 1],
    ['2024-01-31', '2024-02-28', 0], ['2023-12-31', '2024-11-30', 11], ['2020-03-01', '2025-03-01', 60],
  ])('born %s, on %s → %s', (b, d, m) => expect(completedMonths(b, d)).toBe(m));
});

describe('kmsTrend: B, O, N, T in that order', () => {
  it.each<[string, string, [string, number][], string, string | null]>([
    ['not weighed this month', '2024-01-15', [['2025-01-10', 10]], '2025-02', null],
    ['first weighing ever', '2024-01-15', [['2025-02-10', 10]], '2025-02', 'B'],
    ['two weighings in the first month', '2024-01-15', [['2025-02-03', 10], ['2025-02-20', 9]], '2025-02', 'B'],
    ['gap of a month', '2024-01-15', [['2024-12-10', 9.5], ['2025-02-10', 10]], '2025-02', 'O'],
    ['10.0 → 10.2 kg at 12 months is N (200 g = KBM)', '2024-01-15', [['2025-01-10', 10.0], ['2025-02-10', 10.2]], '2025-02', 'N'],
    ['10.0 → 10.1 kg at 12 months is T', '2024-01-15', [['2025-01-10', 10.0], ['2025-02-10', 10.1]], '2025-02', 'T'],
    ['equal weight is T', '2024-01-15', [['2025-01-10', 10.0], ['2025-02-10', 10.0]], '2025-02', 'T'],
    ['loss is T', '2024-01-15', [['2025-01-10', 10.0], ['2025-02-10', 9.7]], '2025-02', 'T'],
    ['7.3 → 7.6 kg at 8 months is N (300 g, float-safe)', '2024-06-01', [['2025-01-05', 7.3], ['2025-02-05', 7.6]], '2025-02', 'N'],
    ['1 month: +800 g is N', '2025-01-01', [['2025-01-05', 3.5], ['2025-02-03', 4.3]], '2025-02', 'N'],
    ['1 month: +700 g is T', '2025-01-01', [['2025-01-05', 3.5], ['2025-02-03', 4.2]], '2025-02', 'T'],
    ['2 months: +800 g is T (KBM 900)', '2025-01-01', [['2025-02-05', 4.3], ['2025-03-05', 5.1]], '2025-03', 'T'],
    ['0 completed months uses the 1-month KBM', '2025-01-10', [['2025-01-12', 3.2], ['2025-02-05', 4.0]], '2025-02', 'N'],
    ['6 months: +400 g is N', '2024-07-01', [['2024-12-20', 7.0], ['2025-01-03', 7.4]], '2025-01', 'N'],
    ['later weighing of the month counts', '2024-06-01', [['2025-01-05', 8.0], ['2025-02-20', 8.1], ['2025-02-05', 8.5]], '2025-02', 'T'],
    ['later weighing of last month is the base', '2024-06-01', [['2025-01-05', 7.0], ['2025-01-25', 8.0], ['2025-02-05', 8.2]], '2025-02', 'T'],
  ])('%s', (_, birth, ws, month, want) => expect(kmsTrend(child(birth, ws), month)).toBe(want));

  it('takes age at the current weighing, not at the month start', () => {
    // 6 completed months on 2025-01-03 (KBM 400), still 5 on 2025-01-01: +450 g is N only at 6.
    const c = child('2024-07-02', [['2024-12-20', 7.0], ['2025-01-03', 7.45]]);
    expect(kmsTrend(c, '2025-01')).toBe('N');
    const d = child('2024-07-04', [['2024-12-20', 7.0], ['2025-01-03', 7.45]]);
    expect(kmsTrend(d, '2025-01')).toBe('T');
  });
});

describe('2T', () => {
  it.each<[string, [string, number][], boolean]>([
    ['T then T', [['2025-01-05', 10], ['2025-02-05', 10], ['2025-03-05', 10]], true],
    ['N then T', [['2025-01-05', 10], ['2025-02-05', 10.5], ['2025-03-05', 10.5]], false],
    ['B then T', [['2025-02-05', 10], ['2025-03-05', 10]], false],
    ['T then N', [['2025-01-05', 10], ['2025-02-05', 10], ['2025-03-05', 10.5]], false],
    ['T, gap, O', [['2025-01-05', 10], ['2025-02-05', 10], ['2025-04-05', 10]], false],
  ])('%s', (_, ws, want) => {
    const last = ws[ws.length - 1][0].slice(0, 7);
    expect(isTwoT(child('2023-01-15', ws), last)).toBe(want);
  });
});

describe('BGM: weight-for-age z < −3 at the weighing’s age in days', () => {
  const birth = '2024-01-01';
  const day = 366; // 2025-01-01
  const red = () => {
    const t = whoTables().wfa.P;
    return sdLine(-3, t.L[day], t.M[day], t.S[day]);
  };
  it('is BGM just below the −3 SD line', () => {
    expect(isBgm(child(birth, [['2025-01-01', red() - 0.01]], 'P'), '2025-01')).toBe(true);
  });
  it('is not BGM on or above the line', () => {
    expect(isBgm(child(birth, [['2025-01-01', red() + 0.001]], 'P'), '2025-01')).toBe(false);
  });
  it('is not BGM when not weighed', () => {
    expect(isBgm(child(birth, [['2024-12-01', 3]], 'P'), '2025-01')).toBe(false);
  });
});
