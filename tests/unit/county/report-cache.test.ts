import { describe, expect, it } from 'vitest';
import { ReportCache } from '../../../src/server/reports/cache';

describe('county report cache', () => {
  it('computes once per change mark, also for concurrent requests, and again when the mark moves', async () => {
    const cache = new ReportCache();
    let computed = 0;
    const compute = async () => ++computed;
    const [a, b] = await Promise.all([cache.get('k', 7, compute), cache.get('k', 7, compute)]);
    expect([a, b, computed]).toEqual([1, 1, 1]);
    expect(await cache.get('k', 7, compute)).toBe(1);
    expect(await cache.get('k', 8, compute)).toBe(2);
    expect(computed).toBe(2);
  });

  it('forgets a failed computation so the next request tries again', async () => {
    const cache = new ReportCache();
    await expect(cache.get('k', 1, async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    await Promise.resolve();
    expect(await cache.get('k', 1, async () => 'ok')).toBe('ok');
  });

  it('keeps at most 64 entries, evicting the least recently used', async () => {
    const cache = new ReportCache();
    let computed = 0;
    for (let i = 0; i < 65; i++) await cache.get(`k${i}`, 1, async () => ++computed);
    await cache.get('k64', 1, async () => ++computed);
    expect(computed).toBe(65);
    await cache.get('k0', 1, async () => ++computed);
    expect(computed).toBe(66);
  });
});
