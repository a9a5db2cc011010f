import { beforeAll, describe, expect, it } from 'vitest';
import { chooseRecorder, lastRecorder, setProfileRecorderSource, whoIsRecording } from '../../../src/data/recorder';
import { loadRegister, saveChild, saveVisit } from '../../../src/data/posyandu';
import { childrenOn, dayStatus, dayWorkList } from '../../../src/data/posyandu/worklist';
import { loadWhoTables } from '../../../src/domain';
import { child, freshDb, setupUnit } from './helpers';

beforeAll(async () => {
  await loadWhoTables();
});

describe('who is recording (item 8)', () => {
  it('is chosen per unit and day, remembered in the database, and a phone profile answers first', async () => {
    const db = freshDb();
    const scope = { unitId: 'u1', date: '2026-02-10' };
    expect(await whoIsRecording(db, scope)).toBeNull();
    await chooseRecorder(db, scope, { kaderId: 'k1', name: ' Bu Sari ' });
    expect(await whoIsRecording(db, scope)).toEqual({ recorder: { kaderId: 'k1', name: 'Bu Sari' }, source: 'day' });
    // Another day asks again; the last one is offered, not assumed.
    expect(await whoIsRecording(db, { ...scope, date: '2026-02-11' })).toBeNull();
    expect(await lastRecorder(db, 'u1')).toEqual({ kaderId: 'k1', name: 'Bu Sari' });
    setProfileRecorderSource(async () => ({ name: 'Bu Profil' }));
    try {
      expect(await whoIsRecording(db, scope)).toEqual({ recorder: { name: 'Bu Profil' }, source: 'profile' });
    } finally {
      setProfileRecorderSource(null);
    }
  });
});

describe('the day lists from the register', () => {
  it('a past day lists only children born by then; the work list reads services kept in the cached columns', async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    let reg = await loadRegister(db, unit.addr);
    const older = await saveChild(db, reg, child('Ani', 'P', '2024-06-01'));
    reg = await loadRegister(db, unit.addr);
    await saveChild(db, reg, child('Bayu', 'L', '2026-02-05'));
    reg = await loadRegister(db, unit.addr);
    expect(childrenOn(reg, '2026-02-03').map((c) => c.data.name)).toEqual(['Ani']);
    expect(childrenOn(reg, '2026-02-05').map((c) => c.data.name)).toEqual(['Ani', 'Bayu']);

    expect(dayWorkList(reg, '2026-02-10').vitaminA.map((v) => v.id)).toEqual([older.id]);
    await saveVisit(db, older, { date: '2026-02-03', weightKg: 10.1, services: { vitaminA: 'merah', immunisations: ['MR2', 'DPT4'] } }, '2026-02-10');
    await loadRegister(db, unit.addr); // builds the cached columns
    reg = await loadRegister(db, unit.addr); // reads them
    expect(reg.visitsByChild.get(older.id)?.[0].data.services).toEqual({ vitaminA: 'merah', immunisations: ['MR2', 'DPT4'] });
    const work = dayWorkList(reg, '2026-02-10');
    expect(work.vitaminA).toEqual([]);
    expect(dayStatus(reg, '2026-02-03')).toEqual({ weighed: new Map([[older.id, reg.visitsByChild.get(older.id)]]), doubles: [] });
  });

  it('columns cached by the earlier release (no services, no format) are rebuilt, not misread', async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    const c = await saveChild(db, await loadRegister(db, unit.addr), child('Ani', 'P', '2024-06-01'));
    await saveVisit(db, c, { date: '2026-02-03', weightKg: 10.1, services: { vitaminA: 'merah', referral: true } }, '2026-02-10');
    await loadRegister(db, unit.addr);
    const key = `posyandu.visitColumns:${unit.addr}`;
    const row = (await db.meta.get(key))!.value as Record<string, unknown> & { stamp: Record<string, unknown>; flags: Uint8Array };
    // The release-0.2 layout: no imms column, no format in the stamp, flags without service bits.
    const { imms: _imms, ...old } = row;
    const { format: _format, ...stamp } = row.stamp;
    await db.meta.put({ key, value: { ...old, stamp, flags: row.flags.map((f) => f & 7) } });
    const reg = await loadRegister(db, unit.addr);
    expect(reg.visitsByChild.get(c.id)?.map((v) => [v.data.weightKg, v.data.services])).toEqual([[10.1, { vitaminA: 'merah', referral: true }]]);
  });
});
