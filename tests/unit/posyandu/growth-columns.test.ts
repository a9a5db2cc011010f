import { describe, expect, it } from 'vitest';
import { saveRecord } from '../../../src/data/records';
import { loadRegister, saveChild, saveVisit, writeContext } from '../../../src/data/posyandu';
import { applyPullPage } from '../../../src/sync/pull';
import { child, freshDb, setupUnit } from './helpers';

const weights = async (db: ReturnType<typeof freshDb>, addr: string, id: string) =>
  ((await loadRegister(db, addr)).visitsByChild.get(id) ?? []).map((v) => v.data.weightKg);

describe('growth columns cached in db.meta', () => {
  it('follow our own saves, corrections and pulls, and are rebuilt after a visit written elsewhere', async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    const c = await saveChild(db, await loadRegister(db, unit.addr), child('Ani', 'P', '2025-01-01'));
    const a = await saveVisit(db, c, { date: '2026-09-10', weightKg: 8.0 }, '2026-11-10');
    expect(await weights(db, unit.addr, c.id)).toEqual([8.0]); // columns built here
    await saveVisit(db, c, { date: '2026-10-10', weightKg: 8.4, lengthCm: 75, position: 'lying' }, '2026-11-10');
    await saveVisit(db, c, { date: '2026-09-10', weightKg: 7.9, replaces: a.id }, '2026-11-10');
    const reg = await loadRegister(db, unit.addr);
    expect(reg.visitsByChild.get(c.id)?.map((v) => [v.data.date, v.data.weightKg, v.data.position])).toEqual([
      ['2026-09-10', 7.9, undefined], ['2026-10-10', 8.4, 'lying'],
    ]);

    // Another module (or a test) writing a visit directly: newest id changes, columns rebuilt.
    const ctx = await writeContext(db);
    await saveRecord(db, { kind: 'posyandu.visit', addr: unit.addr, parent: c.id, data: { childId: c.id, date: '2026-11-05', weightKg: 8.6 } }, ctx);
    expect(await weights(db, unit.addr, c.id)).toEqual([7.9, 8.4, 8.6]);

    // A pulled visit with an older id: the pull path merges it into the columns (data/remote.ts).
    const pulled = { id: '00000000000000000000000001', kind: 'posyandu.visit', addr: unit.addr, parent: c.id, deleted: false, version: 7,
      updatedAt: new Date().toISOString(), updatedBy: 'other-phone', data: { childId: c.id, date: '2026-08-10', weightKg: 7.5 } };
    await applyPullPage(db, { changes: [pulled], cursor: '7', hasMore: false, lastAppliedSeq: 0, serverTime: new Date().toISOString() });
    expect(await weights(db, unit.addr, c.id)).toEqual([7.5, 7.9, 8.4, 8.6]);
  });

  it('carry head circumference and LiLA (layout 3); a row of the earlier layout is rebuilt, not read', async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    const c = await saveChild(db, await loadRegister(db, unit.addr), child('Ani', 'P', '2025-01-01'));
    await saveVisit(db, c, { date: '2026-09-10', weightKg: 8.0, headCm: 44.5, muacCm: 13.2 }, '2026-11-10');
    const circ = async () => ((await loadRegister(db, unit.addr)).visitsByChild.get(c.id) ?? []).map((v) => [v.data.headCm, v.data.muacCm]);
    expect(await circ()).toEqual([[44.5, 13.2]]); // built from the records
    await saveVisit(db, c, { date: '2026-10-10', weightKg: 8.3, muacCm: 13.4 }, '2026-11-10');
    expect(await circ()).toEqual([[44.5, 13.2], [undefined, 13.4]]); // from the columns, updated by the save

    // A phone upgraded from the release with layout 2 has a row without head/LiLA columns: the
    // row is stamped with format 2, so it is rebuilt from the records and nothing is lost.
    const key = `posyandu.visitColumns:${unit.addr}`;
    const row = await db.meta.get(key);
    const old = { ...(row!.value as Record<string, unknown>) };
    delete old.heads;
    delete old.muacs;
    old.stamp = { ...(old.stamp as object), format: 2 };
    await db.meta.put({ key, value: old });
    expect(await circ()).toEqual([[44.5, 13.2], [undefined, 13.4]]);
    expect(((await db.meta.get(key))!.value as { stamp: { format: number } }).stamp.format).toBe(3);
  });
});
