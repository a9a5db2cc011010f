import { afterEach, describe, expect, it } from 'vitest';
import { DESA, family, freshDb, member, useClock } from './fixtures';
import { createGroup, saveFamily, saveMember, groupRecap, recapInput, toSnapshot, fromSnapshot, submitRecap, copyFamilyToYear, listFamilies, effectiveMembers, refreshLinkedMembers } from '../../../src/data/dasawisma';
import { setDasawismaClock } from '../../../src/data/dasawisma/context';
import { dasawismaGroupRecap } from '../../../src/domain';
import { saveRtUnit } from '../../../src/data/rt/unit';
import { saveHousehold, savePerson } from '../../../src/data/rt/operations';

afterEach(() => setDasawismaClock(undefined));

describe('group recap read model (4.16a)', () => {
  it('equals the domain recap of the records entered', async () => {
    const db = freshDb();
    useClock();
    const g = await createGroup(db, { desaCode: DESA, rtNo: '001', name: 'Mawar 1', coordinatorName: 'Bu Sri' });
    const fA = family('Budi', { stapleFood: 'beras', latrine: 'ada-septic', water: ['pdam', 'sumur'], healthyHouse: true, spal: true, up2k: true, yardUse: ['toga'] });
    const fB = family('Slamet', { stapleFood: 'non-beras', latrine: 'ada', water: ['lainnya'], healthyHouse: false, homeIndustry: ['pangan'] });
    const fOld = family('Tahun lalu', { year: 2025 });
    const membersA = [
      member('Budi', 'L', '1980-03-01', { maritalStatus: 'kawin', familyStatus: 'kepala' }),
      member('Ani', 'P', '1985-05-05', { maritalStatus: 'kawin', pregnant: true, pkkActivities: ['kesehatan'] }),
      member('Dedi', 'L', '2024-01-10'),
    ];
    const membersB = [member('Slamet', 'L', '1950-01-01', { illiterate: true }), member('Rina', 'P', '2010-02-02', { specialNeeds: 'netra' })];
    const a = await saveFamily(db, g, fA);
    const b = await saveFamily(db, g, fB);
    await saveFamily(db, g, fOld);
    for (const m of membersA) await saveMember(db, a, m);
    for (const m of membersB) await saveMember(db, b, m);

    const table = await groupRecap(db, g, '2026-11');
    const expected = dasawismaGroupRecap(
      [
        { id: a.id, data: a.data, members: membersA },
        { id: b.id, data: b.data, members: membersB },
      ],
      '2026-11',
    );
    const byId = (t: typeof table) => [...t.rows].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(table)).toEqual(byId(expected));
    expect(table.totals).toEqual(expected.totals);
    // Sanity on the figures themselves, so the test is not only "same function twice".
    expect(table.totals.households).toBe(2);
    expect(table.totals.membersL + table.totals.membersP).toBe(5);
    expect(table.totals.balitaL).toBe(1);
    expect(table.totals.pregnant).toBe(1);
    expect(table.totals.waterPdam).toBe(1);
  });

  it('reads last year\'s records when the new year has not been started, and the copied year afterwards', async () => {
    const db = freshDb();
    useClock();
    const g = await createGroup(db, { desaCode: DESA, rtNo: '001', name: 'Melati' });
    const f = await saveFamily(db, g, family('Ahmad', { year: 2026 }));
    await saveMember(db, f, member('Ahmad', 'L', '1970-01-01'));
    await saveMember(db, f, member('Siti', 'P', '1975-01-01', { breastfeeding: true }));
    expect((await recapInput(db, g, '2027-01')).map((x) => x.id)).toEqual([f.id]);
    const copy = await copyFamilyToYear(db, f, 2027);
    const input = await recapInput(db, g, '2027-01');
    expect(input.map((x) => x.id)).toEqual([copy.id]);
    expect(input[0].members.map((m) => m.name).sort()).toEqual(['Ahmad', 'Siti']);
    // The status of a moment (breast-feeding) is not carried into the new year.
    expect(input[0].members.some((m) => m.breastfeeding)).toBe(false);
    expect(await listFamilies(db, g.addr, 2026)).toHaveLength(1);
  });

  it('keeps the submitted snapshot readable as a table', async () => {
    const db = freshDb();
    useClock();
    const g = await createGroup(db, { desaCode: DESA, rtNo: '002', name: 'Anggrek' });
    const f = await saveFamily(db, g, family('Joko', { rubbishDump: true }));
    await saveMember(db, f, member('Joko', 'L', '1990-01-01'));
    const table = await groupRecap(db, g, '2026-11');
    const sub = await submitRecap(db, g, { month: '2026-11', submittedOn: '2026-11-25', snapshot: toSnapshot(table) });
    expect(fromSnapshot(sub)).toEqual(table);
  });

  it('takes members from the RT books when linked, and falls back to the copies kept here', async () => {
    const db = freshDb();
    useClock();
    const ctx = { by: 'dev-rt' };
    const unit = await saveRtUnit(db, { desaCode: DESA, desaName: 'Sumber Sari', rtNo: '001', bookStart: '2026-01-01' }, ctx);
    const hh = await saveHousehold(db, unit.addr, { address: 'Jl. Mawar 1' }, ctx);
    await savePerson(db, unit.addr, hh.id, { name: 'Karto', sex: 'L', birthDate: '1960-01-01', citizenship: 'WNI', maritalStatus: 'kawin' }, ctx);
    await savePerson(db, unit.addr, hh.id, { name: 'Bayi', sex: 'P', birthDate: '2026-05-01', citizenship: 'WNI' }, ctx);
    const g = await createGroup(db, { desaCode: DESA, rtNo: '001', name: 'Kenanga' });
    const f = await saveFamily(db, g, family('Karto', { rtHouseholdId: hh.id }));
    const eff = await effectiveMembers(db, f);
    expect(eff.map((m) => [m.data.name, m.fromRt])).toEqual(expect.arrayContaining([['Karto', true], ['Bayi', true]]));
    expect(await refreshLinkedMembers(db, f)).toBe(2);
    expect(await refreshLinkedMembers(db, f)).toBe(0);
    const withRt = await groupRecap(db, g, '2026-11');
    // Without the RT books (the coordinator's phone) the copies give the same recap.
    for (const r of await db.records.where('kind').anyOf('rt.person', 'rt.household').toArray()) await db.records.delete(r.id);
    const withoutRt = await groupRecap(db, g, '2026-11');
    expect(withoutRt.totals).toEqual(withRt.totals);
    expect(withRt.totals.elderly).toBe(1);
    expect(withRt.totals.balitaP).toBe(1);
  });
});
