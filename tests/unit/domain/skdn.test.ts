import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadWhoTables } from '../../../src/domain/growth';
import { kmsTrend, skdn, skdnRange, skdnRatios, SKDN_AGE_BANDS, type ChildRecord, type SkdnCell } from '../../../src/domain/kms';

beforeAll(async () => {
  await loadWhoTables();
});

let n = 0;
const kid = (birthDate: string, extra: Partial<ChildRecord> = {}): ChildRecord => ({
  id: `k${n++}`, sex: 'L', birthDate, hasKms: true, weighings: [], ...extra,
});

describe('who is a balita of the month (S)', () => {
  it.each([
    ['born on the month’s last day', '2025-03-31', {}, 1],
    ['born the day after the month', '2025-04-01', {}, 0],
    ['59 months on the first day', '2020-03-02', {}, 1],
    ['exactly 60 months on the first day', '2020-03-01', {}, 0],
    ['left during the month', '2023-01-01', { leftDate: '2025-03-10' }, 1],
    ['left before the month', '2023-01-01', { leftDate: '2025-02-28' }, 0],
  ] as const)('%s → S=%s', (_, birth, extra, s) => {
    expect(skdn([kid(birth, extra)], '2025-03').S).toBe(s);
  });

  it('does not count a weighed child outside S in D', () => {
    const old = kid('2020-02-01', { weighings: [{ date: '2025-03-05', weightKg: 18 }] });
    expect(skdn([old], '2025-03')).toMatchObject({ S: 0, D: 0, B: 0 });
  });
});

describe('SKDN counts', () => {
  const kids = [
    kid('2024-01-10', { weighings: [{ date: '2025-02-05', weightKg: 10 }, { date: '2025-03-05', weightKg: 10.3 }] }), // N
    kid('2024-01-10', { weighings: [{ date: '2025-02-05', weightKg: 10 }, { date: '2025-03-05', weightKg: 10 }] }), // T
    kid('2024-01-10', { hasKms: false, weighings: [{ date: '2025-01-05', weightKg: 10 }, { date: '2025-03-05', weightKg: 10 }] }), // O
    kid('2024-01-10', { sex: 'P', weighings: [{ date: '2025-03-05', weightKg: 9 }] }), // B
    kid('2024-01-10', { sex: 'P' }), // not weighed
    kid('2024-01-10', { sex: 'P', hasKms: false }), // not weighed, no KMS
  ];
  it('counts S, K, D, N, T, O, B and absent = K − D', () => {
    expect(skdn(kids, '2025-03')).toMatchObject({ S: 6, K: 4, D: 4, N: 1, T: 1, O: 1, B: 1, absent: 0, BGM: 0, T2: 0 });
  });
  it('splits by age band (completed months on the first day) and sex', () => {
    const r = skdn([kid('2024-09-01'), kid('2024-09-02', { sex: 'P' }), kid('2022-03-01'), kid('2022-03-02')], '2025-03');
    expect(r.byBand['6-11'].L.S).toBe(1);
    expect(r.byBand['0-5'].P.S).toBe(1);
    expect(r.byBand['36-59'].L.S).toBe(1);
    expect(r.byBand['24-35'].L.S).toBe(1);
  });
  it('counts 2T', () => {
    const w = (d: string, kg: number) => ({ date: d, weightKg: kg });
    const c = kid('2023-01-10', { weighings: [w('2025-01-05', 10), w('2025-02-05', 10), w('2025-03-05', 9.9)] });
    expect(skdn([c], '2025-03')).toMatchObject({ T: 1, T2: 1 });
  });
  it('gives ratios, null on a zero denominator', () => {
    const r = skdnRatios(skdn(kids, '2025-03'));
    expect(r.DS).toBeCloseTo(4 / 6, 12);
    expect(r.ND).toBeCloseTo(1 / 4, 12);
    expect(skdnRatios(skdn([], '2025-03')).DS).toBeNull();
  });
});

// The split behind "− (absent) = K − D": a kader is shown who has a book and was not weighed
// (never negative), and the children weighed without a book apart (why D/K can pass 100 %).
describe('absent = K − D, split so no count is negative', () => {
  const w = [{ date: '2025-03-05', weightKg: 10 }];
  const book = (weighed: boolean) => kid('2024-01-10', { hasKms: true, weighings: weighed ? w : [] });
  const noBook = (weighed: boolean) => kid('2024-01-10', { hasKms: false, weighings: weighed ? w : [] });
  it.each([
    ['everyone with a book, all weighed', [book(true), book(true)], { K: 2, D: 2, absent: 0, kmsNotWeighed: 0, weighedNoKms: 0 }],
    ['one with a book stayed home', [book(true), book(false)], { K: 2, D: 1, absent: 1, kmsNotWeighed: 1, weighedNoKms: 0 }],
    ['two weighed without a book (D/K 200 %)', [book(true), noBook(true), noBook(true)], { K: 1, D: 3, absent: -2, kmsNotWeighed: 0, weighedNoKms: 2 }],
    ['both at once', [book(false), book(false), noBook(true)], { K: 2, D: 1, absent: 1, kmsNotWeighed: 2, weighedNoKms: 1 }],
    ['no book, not weighed: in S only', [noBook(false)], { K: 0, D: 0, absent: 0, kmsNotWeighed: 0, weighedNoKms: 0 }],
  ] as const)('%s', (_, children, want) => {
    const r = skdn([...children], '2025-03');
    expect(r).toMatchObject(want);
    expect(r.absent).toBe(r.kmsNotWeighed - r.weighedNoKms);
    expect(skdnRatios(r).DK).toBe(want.K ? want.D / want.K : null);
  });
  it('splits per age band and sex too', () => {
    const r = skdn([kid('2024-01-10', { sex: 'P', hasKms: false, weighings: w })], '2025-03');
    expect(r.byBand['12-23'].P).toMatchObject({ D: 1, K: 0, absent: -1, weighedNoKms: 1, kmsNotWeighed: 0 });
  });
});

// Random registers: children born 2019–2025, weighed on random months of 2023–2025.
const dateArb = (y0: number, y1: number) =>
  fc.record({ y: fc.integer({ min: y0, max: y1 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const childArb = fc.record({
  id: fc.uuid(),
  sex: fc.constantFrom('L' as const, 'P' as const),
  birthDate: dateArb(2019, 2025),
  hasKms: fc.boolean(),
  weighings: fc.array(fc.record({ date: dateArb(2023, 2025), weightKg: fc.integer({ min: 20, max: 250 }).map((x) => x / 10) }), { maxLength: 20 }),
});
const monthArb = fc.record({ y: fc.integer({ min: 2023, max: 2025 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`);

const KEYS: (keyof SkdnCell)[] = ['S', 'K', 'D', 'N', 'T', 'O', 'B', 'absent', 'BGM', 'T2', 'kmsNotWeighed', 'weighedNoKms'];

describe('SKDN identities (property)', () => {
  it('D = N+T+O+B, absent = K−D, bands × sexes sum to totals, D ≤ S, K ≤ S, T2 ≤ T, BGM ≤ D', () => {
    fc.assert(
      fc.property(fc.array(childArb, { maxLength: 30 }), monthArb, (children, month) => {
        const r = skdn(children, month);
        const cells = SKDN_AGE_BANDS.flatMap((b) => [r.byBand[b].L, r.byBand[b].P]);
        for (const c of [r, ...cells]) {
          expect(c.D).toBe(c.N + c.T + c.O + c.B);
          expect(c.absent).toBe(c.K - c.D);
          expect(c.absent).toBe(c.kmsNotWeighed - c.weighedNoKms);
          expect(c.kmsNotWeighed).toBeGreaterThanOrEqual(0);
          expect(c.weighedNoKms).toBeLessThanOrEqual(c.D);
          expect(c.D).toBeLessThanOrEqual(c.S);
          expect(c.K).toBeLessThanOrEqual(c.S);
          expect(c.T2).toBeLessThanOrEqual(c.T);
          expect(c.BGM).toBeLessThanOrEqual(c.D);
        }
        for (const k of KEYS) expect(cells.reduce((s, c) => s + c[k], 0)).toBe(r[k]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('D counts exactly the balita whose kmsTrend is not null; skdnRange equals month-by-month skdn', () => {
    fc.assert(
      fc.property(fc.array(childArb, { maxLength: 20 }), monthArb, (children, month) => {
        const inS = children.filter((c) => skdn([c], month).S === 1);
        expect(skdn(children, month).D).toBe(inS.filter((c) => kmsTrend(c, month) !== null).length);
        const range = skdnRange(children, '2024-11', '2025-02');
        expect(range.map((r) => r.month)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
        range.forEach((r) => expect(r).toEqual(skdn(children, r.month)));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
