import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dasawismaGroupRecap, familyRecapCounts, rollUpRecap, RECAP_COLUMNS, type DasawismaFamily, type RecapTable,
} from '../../../src/domain/dasawisma';
import type { MemberData } from '../../../src/domain/records/dasawisma';

const member = (over: Partial<MemberData>): MemberData => ({ name: 'x', sex: 'L', ...over }) as MemberData;
const family = (id: string, members: MemberData[], data: Partial<DasawismaFamily['data']> = {}): DasawismaFamily => ({
  id, data: { year: 2025, headName: `Keluarga ${id}`, ...data } as DasawismaFamily['data'], members,
});

describe('4.16a row of one household (ages on the month’s last day)', () => {
  const month = '2025-06';
  it.each<[string, MemberData, Partial<Record<string, number>>]>([
    ['a man', member({ sex: 'L', birthDate: '1980-01-01' }), { membersL: 1, membersP: 0 }],
    ['a balita girl of 59 months', member({ sex: 'P', birthDate: '2020-07-30' }), { membersP: 1, balitaP: 1 }],
    ['a girl of exactly 60 months', member({ sex: 'P', birthDate: '2020-06-30' }), { membersP: 1, balitaP: 0 }],
    ['a boy born in the month', member({ sex: 'L', birthDate: '2025-06-30' }), { membersL: 1, balitaL: 1 }],
    ['a baby born after the month', member({ sex: 'L', birthDate: '2025-07-01' }), { membersL: 0, balitaL: 0 }],
    ['married woman of 30', member({ sex: 'P', birthDate: '1995-01-01', maritalStatus: 'kawin' }), { wus: 1, pus: 1 }],
    ['unmarried woman of 30', member({ sex: 'P', birthDate: '1995-01-01', maritalStatus: 'belum_kawin' }), { wus: 1, pus: 0 }],
    ['woman of 14', member({ sex: 'P', birthDate: '2010-07-01', maritalStatus: 'kawin' }), { wus: 0, pus: 0 }],
    ['woman of 15', member({ sex: 'P', birthDate: '2010-06-30' }), { wus: 1 }],
    ['woman of 49', member({ sex: 'P', birthDate: '1975-07-01', maritalStatus: 'kawin' }), { wus: 1, pus: 1 }],
    ['woman of 50', member({ sex: 'P', birthDate: '1975-06-01', maritalStatus: 'kawin' }), { wus: 0, pus: 0 }],
    ['married man of 30', member({ sex: 'L', birthDate: '1995-01-01', maritalStatus: 'kawin' }), { wus: 0, pus: 0 }],
    ['person of 59 by age only', member({ ageYears: 59 }), { elderly: 0 }],
    ['person of 60 by age only', member({ ageYears: 60 }), { elderly: 1 }],
    ['child of 4 by age only', member({ ageYears: 4 }), { balitaL: 1 }],
    ['pregnant, breast-feeding, 3 buta, special needs', member({ sex: 'P', pregnant: true, breastfeeding: true, illiterate: true, specialNeeds: 'netra' }),
      { pregnant: 1, breastfeeding: 1, illiterate: 1, specialNeeds: 1 }],
  ])('%s', (_, m, want) => {
    expect(familyRecapCounts(family('f', [m]), month)).toMatchObject({ households: 1, kk: 1, ...want });
  });

  it.each<[string, Partial<DasawismaFamily['data']>, Partial<Record<string, number>>]>([
    ['healthy house', { healthyHouse: true }, { houseHealthy: 1, houseUnhealthy: 0 }],
    ['unhealthy house', { healthyHouse: false }, { houseHealthy: 0, houseUnhealthy: 1 }],
    ['house not assessed', {}, { houseHealthy: 0, houseUnhealthy: 0 }],
    ['latrine with septic tank', { latrine: 'ada-septic' }, { latrineSeptic: 1 }],
    ['latrine without', { latrine: 'ada' }, { latrineSeptic: 0 }],
    ['two water sources', { water: ['pdam', 'sumur'] }, { waterPdam: 1, waterWell: 1, waterOther: 0 }],
    ['rice', { stapleFood: 'beras' }, { stapleRice: 1, stapleNonRice: 0 }],
    ['non-rice', { stapleFood: 'non-beras' }, { stapleRice: 0, stapleNonRice: 1 }],
    ['activities', { up2k: true, envHealth: true, yardUse: ['toga'], homeIndustry: ['pangan'], rubbishDump: true, spal: true },
      { up2k: 1, envHealth: 1, yardUse: 1, homeIndustry: 1, rubbishDump: 1, spal: 1 }],
    ['empty yard use list', { yardUse: [] }, { yardUse: 0 }],
    ['2 KK in the house', { kkCount: 2 }, { kk: 2, households: 1 }],
  ])('%s', (_, data, want) => {
    expect(familyRecapCounts(family('f', [], data), '2025-06')).toMatchObject(want);
  });
});

const memberArb = fc.record({
  name: fc.constant('m'),
  sex: fc.constantFrom('L' as const, 'P' as const),
  birthDate: fc.option(fc.integer({ min: 0, max: 90 * 365 }).map((n) => new Date(Date.UTC(1940, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)), { nil: undefined }),
  maritalStatus: fc.option(fc.constantFrom('belum_kawin' as const, 'kawin' as const, 'cerai_hidup' as const), { nil: undefined }),
  pregnant: fc.option(fc.boolean(), { nil: undefined }),
  illiterate: fc.option(fc.boolean(), { nil: undefined }),
});
const familyArb = fc.record({
  id: fc.uuid(),
  data: fc.record({
    year: fc.constant(2025), headName: fc.constant('K'),
    kkCount: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    healthyHouse: fc.option(fc.boolean(), { nil: undefined }),
    water: fc.option(fc.subarray(['pdam', 'sumur', 'lainnya'] as ('pdam' | 'sumur' | 'lainnya')[]), { nil: undefined }),
  }),
  members: fc.array(memberArb, { maxLength: 8 }),
}) as fc.Arbitrary<DasawismaFamily>;
const groupArb = fc.array(familyArb, { minLength: 1, maxLength: 12 });

const sumOf = (t: RecapTable, col: (typeof RECAP_COLUMNS)[number]) => t.rows.reduce((s, r) => s + r.counts[col], 0);

describe('recap totals and roll-ups (property)', () => {
  it('group totals are the sum of household rows; members ≥ balita; WUS ≥ PUS', () => {
    fc.assert(
      fc.property(groupArb, (families) => {
        const t = dasawismaGroupRecap(families, '2025-06');
        expect(t.rows).toHaveLength(families.length);
        for (const col of RECAP_COLUMNS) if (col !== 'dasawisma') expect(t.totals[col]).toBe(sumOf(t, col));
        expect(t.totals.dasawisma).toBe(1);
        expect(t.totals.households).toBe(families.length);
        expect(t.totals.membersL + t.totals.membersP).toBeGreaterThanOrEqual(t.totals.balitaL + t.totals.balitaP);
        expect(t.totals.wus).toBeGreaterThanOrEqual(t.totals.pus);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('RT ← groups, RW ← RT, desa ← RW: every level’s totals are the sum of the level below', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.array(groupArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), (desa) => {
        const month = '2025-06';
        const rws = desa.map((rts, i) => {
          const rtTables = rts.map((groups, j) => {
            const groupTables = groups.map((fams, k) => ({ id: `g${k}`, label: `G${k}`, table: dasawismaGroupRecap(fams, month) }));
            return { id: `rt${j}`, label: `RT ${j}`, table: rollUpRecap(groupTables) };
          });
          return { id: `rw${i}`, label: `RW ${i}`, table: rollUpRecap(rtTables) };
        });
        const top = rollUpRecap(rws);
        for (const t of [top, ...rws.map((r) => r.table)]) for (const col of RECAP_COLUMNS) expect(t.totals[col]).toBe(sumOf(t, col));
        const allFamilies = desa.flat(2).flat();
        const flat = dasawismaGroupRecap(allFamilies, month);
        for (const col of RECAP_COLUMNS) if (col !== 'dasawisma') expect(top.totals[col]).toBe(flat.totals[col]);
        expect(top.totals.dasawisma).toBe(desa.flat(2).length);
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  it('an empty group is not counted as a dasawisma', () => {
    expect(dasawismaGroupRecap([], '2025-06').totals.dasawisma).toBe(0);
  });
});
