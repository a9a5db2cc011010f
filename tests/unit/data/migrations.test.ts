import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_DB_VERSION, KaderDb } from '../../../src/data/db';
import { listChildren, listRecords, saveRecord } from '../../../src/data/records';
import { getEnrolment } from '../../../src/data/device';

// Release 0.1's schema, copied here on purpose: this is what phones in the field have on disk,
// and it must keep opening even if db.ts is edited by mistake.
const V1_STORES = {
  records: 'id, kind, [kind+addr]',
  outbox: '++seq, recordId',
  meta: 'key',
};

const ADDR = '64.11.05.2003/rt/001';
let n = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((d) => d.name))) await Dexie.delete(name);
});

/** Rows as release 0.1 wrote them: no parent, and `deleted`/`version` only on some. */
function v1Records() {
  return [
    { id: '01J0000000000000000000000A', kind: 'config.county', addr: ADDR, data: { strataProfile: 'nasional' }, updatedAt: '2026-01-02T03:04:05.000Z', updatedBy: 'dev-1' },
    { id: '01J0000000000000000000000B', kind: 'posyandu.child', addr: ADDR, data: { name: 'Ani', sex: 'P' }, deleted: true, version: 7, updatedAt: '2026-01-03T00:00:00.000Z', updatedBy: 'dev-1' },
    { id: '01J0000000000000000000000C', kind: 'posyandu.child', addr: '64.11.05.2003/rt/002', data: { name: 'Budi', sex: 'L' }, version: 3, updatedAt: '2026-01-04T00:00:00.000Z', updatedBy: 'dev-2' },
    { id: '01J0000000000000000000000D', kind: 'rt.person', addr: ADDR, data: { nik: '6411054101900001', nama: 'Siti' }, updatedAt: '2026-01-05T00:00:00.000Z', updatedBy: 'dev-1' },
  ];
}

async function writeV1Database(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  await old.open();
  const records = v1Records();
  await old.table('records').bulkAdd(records);
  await old.table('outbox').bulkAdd([
    { recordId: records[0].id, record: records[0], baseVersion: 0, createdAt: records[0].updatedAt },
    { recordId: records[3].id, record: records[3], baseVersion: 0, createdAt: records[3].updatedAt },
  ]);
  const enrolment = { deviceId: 'dev-1', token: 't', role: 'kader', scope: { addrs: [ADDR] }, serverUrl: '', enrolledAt: '2026-01-01T00:00:00.000Z' };
  await old.table('meta').bulkAdd([{ key: 'enrolment', value: enrolment }, { key: 'lastPullAt', value: 42 }]);
  expect(old.verno).toBe(1);
  old.close();
  return { records, enrolment };
}

async function openCurrent(name: string) {
  const db = new KaderDb(name);
  opened.push(db);
  await db.open();
  return db;
}

describe('upgrade from release 0.1 (schema version 1)', () => {
  it('keeps every row and gives old records the new fields', async () => {
    const name = `mig-${++n}`;
    const { records } = await writeV1Database(name);
    const db = await openCurrent(name);

    expect(db.verno).toBe(CURRENT_DB_VERSION);
    const rows = await db.records.orderBy('id').toArray();
    expect(rows).toHaveLength(records.length);
    for (const old of records) {
      const row = rows.find((r) => r.id === old.id)!;
      expect(row, old.id).toBeDefined();
      // Everything 0.1 wrote is unchanged...
      expect(row.data).toEqual(old.data);
      expect(row.addr).toBe(old.addr);
      expect(row.updatedAt).toBe(old.updatedAt);
      expect(row.updatedBy).toBe(old.updatedBy);
      // ...and the fields 0.2 added are there, without overwriting values 0.1 had set.
      expect(row.parent).toBeNull();
      expect(row.deleted).toBe((old as { deleted?: boolean }).deleted ?? false);
      expect(row.version).toBe((old as { version?: number }).version ?? 0);
    }
  });

  it('keeps the sync queue in order and meta, and the new tables are there and empty', async () => {
    const name = `mig-${++n}`;
    const { records, enrolment } = await writeV1Database(name);
    const db = await openCurrent(name);

    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((o) => o.recordId)).toEqual([records[0].id, records[3].id]);
    expect(outbox.map((o) => o.seq)).toEqual([1, 2]);
    expect(await getEnrolment(db)).toEqual(enrolment);
    expect((await db.meta.get('lastPullAt'))?.value).toBe(42);
    for (const t of [db.history, db.conflicts, db.rejections, db.drafts]) expect(await t.count()).toBe(0);
  });

  it('old and new indexes answer queries on migrated data', async () => {
    const name = `mig-${++n}`;
    await writeV1Database(name);
    const db = await openCurrent(name);

    // [kind+addr] (from v1) through the repository: the deleted child is hidden, RT 002 is not under RT 001.
    expect((await listRecords(db, 'posyandu.child', '64.11.05.2003/rt')).map((r) => r.id)).toEqual(['01J0000000000000000000000C']);
    expect(await listRecords(db, 'posyandu.child', ADDR)).toEqual([]);
    expect((await listRecords(db, 'rt.person')).map((r) => r.id)).toEqual(['01J0000000000000000000000D']);

    // [kind+parent] (new in v2) on a record written after the upgrade, hanging under a migrated one.
    const child = await saveRecord(
      db,
      { kind: 'config.county', addr: ADDR, parent: '01J0000000000000000000000D', data: { strataProfile: 'prangat-selatan-2025' } },
      { by: 'dev-1' },
    );
    expect((await listChildren(db, 'config.county', '01J0000000000000000000000D')).map((r) => r.id)).toEqual([child.id]);

    // The outbox's auto-increment continues after the migrated entries instead of reusing 1 and 2.
    const last = await db.outbox.orderBy('seq').last();
    expect(last?.recordId).toBe(child.id);
    expect(last?.seq).toBe(3);
  });

  it('a database already at the current version opens unchanged (no upgrade runs twice)', async () => {
    const name = `mig-${++n}`;
    await writeV1Database(name);
    const first = await openCurrent(name);
    await first.records.update('01J0000000000000000000000A', { parent: '01J0000000000000000000000D' });
    first.close();
    const again = await openCurrent(name);
    expect((await again.records.get('01J0000000000000000000000A'))?.parent).toBe('01J0000000000000000000000D');
    expect(await again.records.count()).toBe(4);
  });
});
