import { describe, expect, it } from 'vitest';
import { loadWhoTables, whoTables, whoTablesLoaded, zScore } from '../../../src/domain/growth';

describe('lazy WHO tables', () => {
  it('refuse to compute before loading, with a stable code', () => {
    expect(whoTablesLoaded()).toBe(false);
    expect(() => whoTables()).toThrow('growth.tablesNotLoaded');
    expect(() => zScore({ indicator: 'wfa', sex: 'L', ageDays: 10, weightKg: 3.5 })).toThrow('growth.tablesNotLoaded');
  });

  it('load once and keep every table for both sexes', async () => {
    const [a, b] = await Promise.all([loadWhoTables(), loadWhoTables()]);
    expect(a).toBe(b);
    expect(whoTablesLoaded()).toBe(true);
    expect(a.wfa.L.count).toBe(1857);
    expect(a.lhfa.P.count).toBe(1857);
    expect(a.bfa.L.count).toBe(1857);
    expect(a.wfl.P.count).toBe(651);
    expect(a.wfh.L.count).toBe(551);
    expect(a.wfl.L.first).toBe(45);
    expect(a.wfh.P.first).toBe(65);
  });
});
