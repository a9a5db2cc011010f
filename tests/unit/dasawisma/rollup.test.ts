import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DESA, freshDb, useClock } from './fixtures';
import { createGroup, saveFamily, saveMember, savePkkRt, desaRollup, groupRecap, submitRecap, toSnapshot } from '../../../src/data/dasawisma';
import { setDasawismaClock } from '../../../src/data/dasawisma/context';
import { RECAP_COLUMNS, addCounts, emptyCounts, type RecapCounts } from '../../../src/domain';
import { FAMILY_STATUSES, MARITAL_STATUSES, WATER_SOURCES, YARD_USES, type FamilyData, type MemberData } from '../../../src/domain/records/dasawisma';

afterEach(() => setDasawismaClock(undefined));

const sum = (xs: RecapCounts[]) => xs.reduce(addCounts, emptyCounts());

const memberArb: fc.Arbitrary<MemberData> = fc.record({
  name: fc.constantFrom('Ani', 'Budi', 'Citra', 'Dodi'),
  sex: fc.constantFrom('L' as const, 'P' as const),
  birthDate: fc.date({ min: new Date('1930-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  maritalStatus: fc.constantFrom(...MARITAL_STATUSES),
  familyStatus: fc.constantFrom(...FAMILY_STATUSES),
  pregnant: fc.boolean(),
  breastfeeding: fc.boolean(),
  illiterate: fc.boolean(),
});

const familyArb: fc.Arbitrary<{ data: FamilyData; members: MemberData[] }> = fc.record({
  data: fc.record({
    year: fc.constant(2026),
    headName: fc.constantFrom('Kepala A', 'Kepala B'),
    kkCount: fc.integer({ min: 1, max: 3 }),
    stapleFood: fc.constantFrom('beras' as const, 'non-beras' as const),
    latrine: fc.constantFrom('tidak-ada' as const, 'ada' as const, 'ada-septic' as const),
    water: fc.subarray([...WATER_SOURCES]),
    healthyHouse: fc.boolean(),
    spal: fc.boolean(),
    up2k: fc.boolean(),
    yardUse: fc.subarray([...YARD_USES]),
  }),
  members: fc.array(memberArb, { maxLength: 4 }),
});

const groupArb = fc.record({
  rtNo: fc.constantFrom('001', '002', '003'),
  submitted: fc.boolean(),
  families: fc.array(familyArb, { maxLength: 3 }),
});

describe('roll-ups 4.16b/c/d', () => {
  it('every level totals the sum of the level below', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(groupArb, { minLength: 1, maxLength: 5 }), fc.constantFrom(undefined, '01', '02'), async (groups, rwOf3) => {
        const db = freshDb();
        useClock();
        // RT 001 and 002 in RW 01; RT 003 in a generated RW (or none).
        await savePkkRt(db, DESA, '001', { rw: '01' });
        await savePkkRt(db, DESA, '002', { rw: '01' });
        if (rwOf3) await savePkkRt(db, DESA, '003', { rw: rwOf3 });
        for (const [i, gen] of groups.entries()) {
          const g = await createGroup(db, { desaCode: DESA, rtNo: gen.rtNo, name: `G${i}` });
          for (const f of gen.families) {
            const rec = await saveFamily(db, g, f.data);
            for (const m of f.members) await saveMember(db, rec, m);
          }
          if (gen.submitted) await submitRecap(db, g, { month: '2026-11', submittedOn: '2026-11-20', snapshot: toSnapshot(await groupRecap(db, g, '2026-11')) });
        }
        const r = await desaRollup(db, DESA, '2026-11');
        expect(r.groups).toHaveLength(groups.length);
        for (const rt of r.rts) {
          expect(rt.table.totals).toEqual(sum(rt.groups.map((x) => x.table.totals)));
          expect(rt.table.rows).toHaveLength(rt.groups.length);
        }
        for (const rw of r.rws) {
          const below = r.rts.filter((x) => (x.rw ?? '-') === (rw.rw ?? '-'));
          expect(rw.table.totals).toEqual(sum(below.map((x) => x.table.totals)));
        }
        expect(r.desa.totals).toEqual(sum(r.rws.map((x) => x.table.totals)));
        expect(r.desa.totals).toEqual(sum(r.groups.map((x) => x.table.totals)));
        // Each group's row sums its households (4.16a totals = sum of rows, except the group count).
        for (const gt of r.groups) {
          const rows = sum(gt.table.rows.map((x) => x.counts));
          for (const c of RECAP_COLUMNS) if (c !== 'dasawisma') expect(gt.table.totals[c]).toBe(rows[c]);
        }
        expect(r.desa.totals.households).toBe(groups.reduce((n, g) => n + g.families.length, 0));
        await db.delete();
      }),
      { numRuns: 20 },
    );
  });
});
