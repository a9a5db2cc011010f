import { afterEach, describe, expect, it } from 'vitest';
import { DESA, family, freshDb, useClock } from './fixtures';
import { createGroup, groupAt, listGroups, saveFamily } from '../../../src/data/dasawisma';
import { setDasawismaClock } from '../../../src/data/dasawisma/context';
import { groupAddr, parseAddr } from '../../../src/domain/records';
import { demoRecords } from '../../../src/server/demo/records';

afterEach(() => setDasawismaClock(undefined));

// One way to name a group: its address ends with dw:<id> and its record's id is that <id>; a
// family finds its group by address. Issue 20 item 1: the demo group's record id differed from its
// address segment, and the family page, reading the id out of the address, found nothing.

describe('a dasawisma group is named by its address', () => {
  it('app-made group: the record id is the address segment, and a family finds it by address', async () => {
    const db = freshDb();
    useClock();
    const g = await createGroup(db, { desaCode: DESA, rtNo: '001', name: 'Mawar' });
    expect(parseAddr(g.addr).group).toBe(g.id);
    const f = await saveFamily(db, g, family('Budi'));
    expect((await groupAt(db, f.addr))?.id).toBe(g.id);
  });

  it('demo groups follow the same rule', () => {
    const groups = demoRecords(new Date('2026-11-20T00:00:00Z')).filter((r) => r.kind === 'dasawisma.group');
    expect(groups.length).toBe(4);
    for (const g of groups) expect(parseAddr(g.addr).group, g.addr).toBe(g.id);
  });

  it('a group record whose id differs from its segment (servers seeded by an earlier release) is still found by its families', async () => {
    const db = freshDb();
    useClock();
    const addr = groupAddr(DESA, '001', 'anggrek');
    await db.records.put({ id: 'demo-dw-anggrek', kind: 'dasawisma.group', addr, parent: null, data: { name: 'Dasawisma Anggrek' }, deleted: false, version: 3, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'demo-seed' });
    const f = await saveFamily(db, { addr }, family('Budi'));
    expect((await groupAt(db, f.addr))?.data.name).toBe('Dasawisma Anggrek');
    // Enrolment later made the rule's record for the same address: one group is listed, the newer record.
    await db.records.put({ id: 'anggrek', kind: 'dasawisma.group', addr, parent: null, data: { name: 'Anggrek (baru)' }, deleted: false, version: 0, updatedAt: '2026-02-01T00:00:00.000Z', updatedBy: 'phone' });
    const listed = await listGroups(db);
    expect(listed.map((g) => g.data.name)).toEqual(['Anggrek (baru)']);
    expect((await groupAt(db, addr))?.id).toBe('anggrek');
  });
});
