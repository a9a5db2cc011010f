import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backoffDelay, BACKOFF_BASE_MS, BACKOFF_CAP_MS } from '../../../src/sync';

describe('backoff with full jitter', () => {
  it('stays within [0, min(cap, base·2^attempt))', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempt, r) => {
        const d = backoffDelay(attempt, () => r);
        const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 30));
        return d >= 0 && d < ceiling && Number.isInteger(d);
      }),
    );
  });

  it('doubles until the 5-minute cap', () => {
    const top = (a: number) => backoffDelay(a, () => 0.999999);
    expect(top(0)).toBe(1999);
    expect(top(1)).toBe(3999);
    expect(top(3)).toBe(15_999);
    expect(top(20)).toBe(299_999);
    expect(backoffDelay(5, () => 0)).toBe(0);
  });
});
