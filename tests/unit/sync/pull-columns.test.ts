import { describe, expect, it } from 'vitest';
import { deleteRecord, listRecords, saveRecord } from '../../../src/data/records';
import { loadGrowthVisits } from '../../../src/data/posyandu';
import { SyncEngine } from '../../../src/sync';
import type { SyncRecord } from '../../../src/domain/records';
import { FakeServer } from './fake-server';
import { child, newDb, POSY, scopePosy } from './helpers';

// Issue 14 item 12: the first open of the Posyandu day after a pull must read the visit columns
// (src/data/posyandu/snapshot.ts), not rebuild them from every record. The pull keeps them current.

async function phone(server: FakeServer, pullLimit?: number) {
  const db = newDb();
  const engine = new SyncEngine({ db, fetch: server.fetch, serverUrl: 'http://county', pullLimit });
  const e = await engine.enroll('KADER-MAWAR');
  return { db, engine, by: e.deviceId };
}

const visitData = (childId: string, date: string, weightKg: number) => ({ childId, date, weightKg });
const sorted = (vs: { id: string; data: unknown }[]) => vs.map((v) => [v.id, v.data]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

/**
 * Proves the columns answered, not the records: a visit record removed behind the repository's
 * back (not the newest, so the stamp does not change) is still listed when the columns are read.
 */
async function servedFromColumns(db: ReturnType<typeof newDb>, victimId: string): Promise<boolean> {
  const rec = (await db.records.get(victimId))!;
  await db.records.delete(victimId);
  try {
    return (await loadGrowthVisits(db, POSY)).some((v) => v.id === victimId);
  } finally {
    await db.records.put(rec);
  }
}

describe('the pull keeps the Posyandu visit columns current', () => {
  it('a first sync over several pages leaves current columns, and later pulls merge new, changed and removed visits', async () => {
    const server = new FakeServer();
    server.codes.set('KADER-MAWAR', scopePosy);
    const a = await phone(server);
    const kids: SyncRecord[] = [];
    for (let i = 0; i < 3; i++) kids.push(await saveRecord(a.db, { kind: 'posyandu.child', addr: POSY, data: child(`Anak ${i}`) }, { by: a.by }));
    const visits: SyncRecord[] = [];
    for (const k of kids) {
      for (let m = 1; m <= 9; m++) {
        visits.push(await saveRecord(a.db, { kind: 'posyandu.visit', addr: POSY, parent: k.id, data: visitData(k.id, `2025-0${m}-10`, 5 + m / 10) }, { by: a.by }));
      }
    }
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 30 });

    // A fresh phone pulls everything, 7 records a page.
    const b = await phone(server, 7);
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, pulled: 30 });
    expect(await b.db.meta.get(`posyandu.visitColumns:${POSY}`)).toBeDefined();
    const all = await listRecords(b.db, 'posyandu.visit', POSY);
    expect(all).toHaveLength(27);
    expect(sorted(await loadGrowthVisits(b.db, POSY))).toEqual(sorted(all));
    expect(await servedFromColumns(b.db, visits[3].id)).toBe(true);

    // Phone A corrects one weighing (tombstone + new row) and adds one; B pulls them.
    await deleteRecord(a.db, visits[5].id, { by: a.by });
    const fixed = await saveRecord(a.db, { kind: 'posyandu.visit', addr: POSY, parent: kids[0].id, data: visitData(kids[0].id, '2025-06-10', 6.66) }, { by: a.by });
    const added = await saveRecord(a.db, { kind: 'posyandu.visit', addr: POSY, parent: kids[2].id, data: visitData(kids[2].id, '2025-10-10', 7.7) }, { by: a.by });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, pulled: 3 });

    const now = await loadGrowthVisits(b.db, POSY);
    expect(sorted(now)).toEqual(sorted(await listRecords(b.db, 'posyandu.visit', POSY)));
    expect(now.some((v) => v.id === visits[5].id)).toBe(false);
    expect(now.find((v) => v.id === fixed.id)?.data).toMatchObject({ weightKg: 6.66 });
    expect(now.find((v) => v.id === added.id)?.data).toMatchObject({ weightKg: 7.7 });
    expect(await servedFromColumns(b.db, visits[3].id)).toBe(true);
  });

  it('columns that were stale before a pull are dropped, not patched (rebuilt on first open)', async () => {
    const server = new FakeServer();
    server.codes.set('KADER-MAWAR', scopePosy);
    const a = await phone(server);
    const k = await saveRecord(a.db, { kind: 'posyandu.child', addr: POSY, data: child('Ani') }, { by: a.by });
    const b = await phone(server);
    await saveRecord(b.db, { kind: 'posyandu.visit', addr: POSY, parent: k.id, data: visitData(k.id, '2025-01-10', 5) }, { by: b.by });
    expect(await loadGrowthVisits(b.db, POSY)).toHaveLength(1); // columns built
    // A visit written behind the columns' back with the newest id makes them stale.
    await b.db.records.put({ id: 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ', kind: 'posyandu.visit', addr: POSY, parent: k.id, deleted: false, version: 0, updatedAt: '', updatedBy: 'x', data: visitData(k.id, '2025-02-10', 5.2) });
    await saveRecord(a.db, { kind: 'posyandu.visit', addr: POSY, parent: k.id, data: visitData(k.id, '2025-03-10', 5.4) }, { by: a.by });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true });
    expect((await loadGrowthVisits(b.db, POSY)).map((v) => v.data.weightKg).sort()).toEqual([5, 5.2, 5.4]);
  });
});
