import { describe, expect, it } from 'vitest';
import { SPLIT_PERCENT, SPLIT_SHARES, businessResult, splitResult } from '../../../src/domain/posyantek';

// Pasal 24 ayat (5), (6): result = income − costs; 40/10/15/15/20 % in whole rupiah, largest remainder.

const amounts = (r: number) => splitResult(r).lines.map((l) => l.amount);

describe('Posyantek business result split (Pasal 24 ayat (6))', () => {
  it('percentages are the article\'s and add up to 100', () => {
    expect(SPLIT_SHARES.map((s) => SPLIT_PERCENT[s])).toEqual([40, 10, 15, 15, 20]);
  });

  it.each([
    // result, [insentif 40, desa 10, sosial 15, kapasitas 15, modal 20]
    [1_000_000, [400_000, 100_000, 150_000, 150_000, 200_000]],
    [100, [40, 10, 15, 15, 20]],
    // 1 rupiah: fractions .4 .1 .15 .15 .2 → the largest (.4, insentif) gets it
    [1, [1, 0, 0, 0, 0]],
    // 2: .8 .2 .3 .3 .4 → insentif and modal
    [2, [1, 0, 0, 0, 1]],
    // 3: 1.2 .3 .45 .45 .6 → floors 1,0,0,0,0 (1); left 2 → modal .6, then .45 tie → sosial (named first)
    [3, [1, 0, 1, 0, 1]],
    // 7: 2.8 .7 1.05 1.05 1.4 → floors 2,0,1,1,1 (5); left 2 → insentif .8, desa .7
    [7, [3, 1, 1, 1, 1]],
    // 99: 39.6 9.9 14.85 14.85 19.8 → floors 39,9,14,14,19 (95); left 4 → desa .9, sosial .85, kapasitas .85, modal .8
    [99, [39, 10, 15, 15, 20]],
    // 1 234 567: 493826.8 123456.7 185185.05 185185.05 246913.4 → floors sum 1234565; left 2 → insentif, desa
    [1_234_567, [493_827, 123_457, 185_185, 185_185, 246_913]],
  ])('%i rupiah splits as %j', (result, want) => {
    const s = splitResult(result);
    expect(s.split).toBe(true);
    expect(amounts(result)).toEqual(want);
  });

  it('never loses or invents a rupiah, and each share is within 1 rupiah of its exact percentage', () => {
    for (let r = 1; r <= 5000; r++) {
      const s = splitResult(r);
      expect(s.lines.reduce((a, l) => a + l.amount, 0)).toBe(r);
      for (const l of s.lines) expect(Math.abs(l.amount - (r * l.percent) / 100)).toBeLessThan(1);
    }
    const big = 98_765_432_101;
    expect(amounts(big).reduce((a, b) => a + b, 0)).toBe(big);
  });

  it('a zero result or a loss is not split', () => {
    for (const r of [0, -1, -250_000]) {
      const s = splitResult(r);
      expect(s.split).toBe(false);
      expect(s.result).toBe(r);
      expect(amounts(r)).toEqual([0, 0, 0, 0, 0]);
    }
  });

  it('result = business income − costs; fractions of a rupiah are refused', () => {
    expect(businessResult(2_500_000, 1_750_000)).toBe(750_000);
    expect(businessResult(100, 300)).toBe(-200);
    expect(() => businessResult(10.5, 0)).toThrow(RangeError);
    expect(() => splitResult(0.5)).toThrow(RangeError);
    expect(() => splitResult(Number.MAX_SAFE_INTEGER)).toThrow(RangeError);
  });
});
