import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dasawismaGroupRecap, fromSnapshot, HOUSEHOLD_FACTS, recapYear, rollUpRecap, toSnapshot, unaskedFacts, type DasawismaFamily,
} from '../../../src/domain/dasawisma';
import { checkData } from '../../../src/domain/records';
import type { FamilyData } from '../../../src/domain/records/dasawisma';

const fam = (id: string, data: Partial<FamilyData>): DasawismaFamily => ({ id, data: { year: 2026, headName: id, ...data }, members: [] });

describe('household facts: an answer or "not asked yet", never a silent third state', () => {
  it('two houses, one never asked about a healthy house: 1 healthy, 0 less healthy, 1 not asked', () => {
    const t = dasawismaGroupRecap([fam('a', { healthyHouse: true }), fam('b', {})], '2026-11');
    expect(t.totals.houseHealthy).toBe(1);
    expect(t.totals.houseUnhealthy).toBe(0);
    expect(t.missing?.healthyHouse).toBe(1);
    expect(t.rows.find((r) => r.id === 'b')?.missing?.healthyHouse).toBe(1);
  });

  it('false, a choice and an empty list are answers; absent is not', () => {
    expect(unaskedFacts({ year: 2026, headName: 'x', healthyHouse: false, spal: false, yardUse: [], homeIndustry: [] })).not.toContain('healthyHouse');
    expect(unaskedFacts({ year: 2026, headName: 'x', yardUse: [] })).not.toContain('yardUse');
    expect(unaskedFacts({ year: 2026, headName: 'x' })).toEqual([...HOUSEHOLD_FACTS]);
  });

  it('a record stored before the rule (fact absent) still validates and reads as not asked: nothing is rewritten', () => {
    const old = { year: 2025, headName: 'Lama', stapleFood: 'beras', water: ['sumur'] };
    const c = checkData('dasawisma.family', old);
    expect(c.ok).toBe(true);
    expect(c.ok && c.data).toEqual(old);
    expect(unaskedFacts(old as FamilyData)).toContain('healthyHouse');
  });

  it('property: for every yes/no fact, yes + no + not asked = households', () => {
    const flag = fc.option(fc.boolean(), { nil: undefined });
    const arb = fc.array(fc.record({ healthyHouse: flag, spal: flag, rubbishDump: flag, up2k: flag, envHealth: flag }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(arb, (facts) => {
        const t = dasawismaGroupRecap(facts.map((f, i) => fam(`f${i}`, JSON.parse(JSON.stringify(f)))), '2026-11');
        const n = t.totals.households;
        expect(t.totals.houseHealthy + t.totals.houseUnhealthy + t.missing!.healthyHouse).toBe(n);
        const no = (k: 'spal' | 'rubbishDump' | 'up2k' | 'envHealth') => facts.filter((f) => f[k] === false).length;
        expect(t.totals.spal + no('spal') + t.missing!.spal).toBe(n);
        expect(t.totals.rubbishDump + no('rubbishDump') + t.missing!.rubbishDump).toBe(n);
        expect(t.totals.up2k + no('up2k') + t.missing!.up2k).toBe(n);
        expect(t.totals.envHealth + no('envHealth') + t.missing!.envHealth).toBe(n);
      }),
    );
  });

  it('missing facts survive a submission and roll up; an older submission without them says "unknown", never 0', () => {
    const t = dasawismaGroupRecap([fam('a', {}), fam('b', { healthyHouse: false })], '2026-11');
    const back = fromSnapshot(toSnapshot(t));
    expect(back.missing).toEqual(t.missing);
    expect(back.rows[0].missing).toEqual(t.rows[0].missing);
    const up = rollUpRecap([{ id: 'g1', label: 'G1', table: back }, { id: 'g2', label: 'G2', table: back }]);
    expect(up.missing?.healthyHouse).toBe(2);
    const old = fromSnapshot({ rows: [], totals: { households: 3 } });
    expect(old.missing).toBeUndefined();
    expect(rollUpRecap([{ id: 'g1', label: 'G1', table: back }, { id: 'g2', label: 'G2', table: old }]).missing).toBeUndefined();
  });

  it('recap year: the month\'s year or the latest earlier one', () => {
    expect(recapYear([2024, 2025, 2027], '2026-01')).toBe(2025);
    expect(recapYear([2027], '2026-01')).toBeUndefined();
  });
});
