import { afterEach, describe, expect, it } from 'vitest';
import { DESA, family, freshDb, member, useClock } from './fixtures';
import { createGroup, saveFamily, saveMember, deleteMember, groupRecap, toSnapshot, submitRecap, groupStatuses, filterStatuses, reportedCount, houseCountFlag, updateGroup } from '../../../src/data/dasawisma';
import { setDasawismaClock } from '../../../src/data/dasawisma/context';
import { rtAddr, desaAddr } from '../../../src/domain';

afterEach(() => setDasawismaClock(undefined));

describe('group status for PKK coordinators', () => {
  it('shows who reported for the month, size flags, coordinator, changes since the last recap', async () => {
    const db = freshDb();
    const clock = useClock('2026-11-02T08:00:00.000Z');
    const a = await createGroup(db, { desaCode: DESA, rtNo: '001', name: 'A', coordinatorName: 'Bu Ani' });
    const b = await createGroup(db, { desaCode: DESA, rtNo: '001', name: 'B' });
    const other = await createGroup(db, { desaCode: DESA, rtNo: '002', name: 'Lain RT' });
    const aFamilies = [];
    for (let i = 0; i < 6; i++) aFamilies.push(await saveFamily(db, a, family(`Rumah ${i}`)));
    const m = await saveMember(db, aFamilies[0], member('X', 'L', '1990-01-01'));
    await saveFamily(db, b, family('Satu-satunya'));

    clock.set('2026-11-20T08:00:00.000Z');
    await submitRecap(db, a, { month: '2026-11', submittedOn: '2026-11-20', snapshot: toSnapshot(await groupRecap(db, a, '2026-11')) });

    let rows = await groupStatuses(db, rtAddr(DESA, '001'), '2026-11');
    expect(rows.map((r) => r.group.data.name)).toEqual(['A', 'B']);
    expect(reportedCount(rows)).toEqual({ reported: 1, total: 2 });
    const [sa, sb] = rows;
    expect(sa.submitted?.data.submittedOn).toBe('2026-11-20');
    expect(sa.houses).toBe(6);
    expect(sa.housesFlag).toBeNull();
    expect(sa.hasCoordinator).toBe(true);
    expect(sa.changedSinceRecap).toBe(0);
    expect(sb.submitted).toBeUndefined();
    expect(sb.houses).toBe(1);
    expect(sb.housesFlag).toBe('few');
    expect(sb.hasCoordinator).toBe(false);
    // Never recapped: every record counts as a change.
    expect(sb.changedSinceRecap).toBe(1);
    // No peer list received yet: last sync unknown.
    expect(sa.lastSync).toBeUndefined();

    expect(filterStatuses(rows, 'belum-lapor').map((r) => r.group.id)).toEqual([b.id]);
    expect(filterStatuses(rows, 'tanpa-koordinator').map((r) => r.group.id)).toEqual([b.id]);
    // Next month nobody has reported yet.
    expect(reportedCount(await groupStatuses(db, rtAddr(DESA, '001'), '2026-12')).reported).toBe(0);

    clock.set('2026-11-21T08:00:00.000Z');
    await saveMember(db, aFamilies[1], member('Y', 'P', '1992-01-01'));
    await deleteMember(db, m.id);
    await updateGroup(db, b, { ...b.data, coordinatorName: 'Bu Budi' });
    rows = await groupStatuses(db, desaAddr(DESA), '2026-11');
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.group.id === a.id)!.changedSinceRecap).toBe(2);
    expect(filterStatuses(rows, 'tanpa-koordinator').map((r) => r.group.id)).toEqual([other.id]);
  });

  it('reads the last sync of the phones that wrote the group from the peer list', async () => {
    const db = freshDb();
    useClock();
    const g = await createGroup(db, { desaCode: DESA, rtNo: '001', name: 'A' });
    const writer = g.updatedBy;
    await db.meta.put({ key: 'peers', value: [{ deviceId: writer, role: 'dasawisma', label: 'HP Bu Ani', lastSyncAt: '2026-11-19T10:00:00.000Z' }, { deviceId: 'other', role: 'pkk', label: 'x', lastSyncAt: '2026-11-22T10:00:00.000Z' }] });
    const [s] = await groupStatuses(db, undefined, '2026-11');
    expect(s.lastSync).toBe('2026-11-19T10:00:00.000Z');
  });

  it('flags groups far from ten houses', () => {
    expect([0, 4, 5, 10, 20, 21].map(houseCountFlag)).toEqual(['few', 'few', null, null, null, 'many']);
  });
});
