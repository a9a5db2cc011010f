import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_DB_VERSION, KaderDb } from '../../../src/data/db';
import { listChildren, listRecords, saveRecord } from '../../../src/data/records';
import { getEnrolment } from '../../../src/data/device';

// Every released schema of the phone's database, frozen here on purpose: its stores exactly as
// that release declared them (copied, never imported from db.ts) and rows of the shape it wrote.
// This is what phones in the field have on disk, and it must keep opening even if db.ts is edited
// by mistake. src/data/README.md, "Migration policy".
//
// Adding version N to db.ts: add RELEASES entry N (its stores and a fill() writing rows of every
// table, in the shape that release writes) — the "every version has a fixture" test fails until
// you do — and a describe block for what its upgrade changes. The generic tests then open every
// earlier release's database with the new code and check that no row of any table is lost.

interface Release {
  version: number;
  name: string;
  stores: Record<string, string>;
  /** Writes rows of every table as this release would have; returns them per table. */
  fill(db: Dexie): Promise<Record<string, unknown[]>>;
}

const ADDR = '64.11.05.2003/rt/001';
const POSY = '64.11/64.11.05.2003/posyandu:mawar';

/** Rows as release 0.1 wrote them: no parent, and `deleted`/`version` only on some. */
function v1Records() {
  return [
    { id: '01J0000000000000000000000A', kind: 'config.county', addr: ADDR, data: { strataProfile: 'nasional' }, updatedAt: '2026-01-02T03:04:05.000Z', updatedBy: 'dev-1' },
    { id: '01J0000000000000000000000B', kind: 'posyandu.child', addr: ADDR, data: { name: 'Ani', sex: 'P' }, deleted: true, version: 7, updatedAt: '2026-01-03T00:00:00.000Z', updatedBy: 'dev-1' },
    { id: '01J0000000000000000000000C', kind: 'posyandu.child', addr: '64.11.05.2003/rt/002', data: { name: 'Budi', sex: 'L' }, version: 3, updatedAt: '2026-01-04T00:00:00.000Z', updatedBy: 'dev-2' },
    { id: '01J0000000000000000000000D', kind: 'rt.person', addr: ADDR, data: { nik: '6411054101900001', nama: 'Siti' }, updatedAt: '2026-01-05T00:00:00.000Z', updatedBy: 'dev-1' },
  ];
}
const V1_ENROLMENT = { deviceId: 'dev-1', token: 't', role: 'kader', scope: { addrs: [ADDR] }, serverUrl: '', enrolledAt: '2026-01-01T00:00:00.000Z' };

const RELEASES: Release[] = [
  {
    version: 1,
    name: 'release 0.1',
    stores: { records: 'id, kind, [kind+addr]', outbox: '++seq, recordId', meta: 'key' },
    async fill(db) {
      const records = v1Records();
      const outbox = [
        { seq: 1, recordId: records[0].id, record: records[0], baseVersion: 0, createdAt: records[0].updatedAt },
        { seq: 2, recordId: records[3].id, record: records[3], baseVersion: 0, createdAt: records[3].updatedAt },
      ];
      const meta = [{ key: 'enrolment', value: V1_ENROLMENT }, { key: 'lastPullAt', value: 42 }];
      await db.table('records').bulkAdd(records);
      await db.table('outbox').bulkAdd(outbox.map(({ seq: _seq, ...e }) => e));
      await db.table('meta').bulkAdd(meta);
      return { records, outbox, meta };
    },
  },
  {
    version: 2,
    name: 'release 0.2',
    stores: {
      records: 'id, kind, [kind+addr], [kind+parent]',
      outbox: '++seq, recordId',
      meta: 'key',
      history: '++id, recordId',
      conflicts: 'id, recordId, resolved',
      rejections: 'id, recordId',
      drafts: 'key',
    },
    async fill(db) {
      const at = '2026-02-01T08:00:00.000Z';
      const env = { deleted: false, updatedAt: at, updatedBy: 'dev-9' };
      const unit = { id: 'mawar', kind: 'posyandu.unit', addr: POSY, parent: null, data: { name: 'Mawar', desaCode: '64.11.05.2003' }, version: 11, ...env };
      const child = { id: '01J1000000000000000000000A', kind: 'posyandu.child', addr: POSY, parent: null, data: { name: 'Sari', sex: 'P', birthDate: '2024-03-01', hasKms: true }, version: 12, ...env };
      const visit = { id: '01J1000000000000000000000B', kind: 'posyandu.visit', addr: POSY, parent: child.id, data: { childId: child.id, date: '2026-02-01', weightKg: 8.7 }, version: 0, ...env };
      const gone = { ...child, id: '01J1000000000000000000000C', deleted: true, version: 13 };
      const records = [unit, child, visit, gone];
      const outbox = [
        { seq: 41, recordId: visit.id, record: visit, baseVersion: 0, createdAt: at },
        { seq: 42, recordId: child.id, record: { ...child, data: { ...child.data, name: 'Sari W' } }, baseVersion: 12, createdAt: at },
      ];
      const history = [{ id: 1, recordId: child.id, kind: child.kind, at, by: 'dev-9', before: { name: 'Sri' }, after: child.data }];
      const conflicts = [{ id: `${child.id}:40:${at}`, recordId: child.id, kind: child.kind, losing: { ...child, data: { ...child.data, name: 'Sary' } }, winning: child, at, resolved: false }];
      const rejections = [{ id: `x:39:${at}`, recordId: 'x', kind: 'posyandu.child', reason: 'scope', record: { ...child, id: 'x', addr: '64.11/64.11.05.2004/posyandu:melati' }, at }];
      const drafts = [{ key: 'posyandu.weigh:01J1000000000000000000000A', value: { weightKg: '8,7' }, updatedAt: at }];
      const meta = [
        { key: 'enrolment', value: { deviceId: 'dev-9', token: 'tok', role: 'kader', scope: { kabupaten: '64.11', prefix: POSY, modules: ['posyandu'], label: 'Posyandu Mawar' }, serverUrl: 'https://kab.example', enrolledAt: at } },
        { key: 'sync', value: { cursor: '13', ackedSeq: 40, seqHigh: 40 } },
      ];
      await db.table('records').bulkAdd(records);
      await db.table('outbox').bulkAdd(outbox);
      await db.table('history').bulkAdd(history);
      await db.table('conflicts').bulkAdd(conflicts);
      await db.table('rejections').bulkAdd(rejections);
      await db.table('drafts').bulkAdd(drafts);
      await db.table('meta').bulkAdd(meta);
      return { records, outbox, history, conflicts, rejections, drafts, meta };
    },
  },
  {
    version: 3,
    name: 'release 0.3',
    stores: {
      records: 'id, kind, [kind+addr], [kind+parent]',
      outbox: '++seq, recordId',
      meta: 'key',
      history: '++id, recordId',
      conflicts: 'id, recordId, resolved',
      rejections: 'id, recordId',
      drafts: 'key',
      notices: 'id, at',
    },
    async fill(db) {
      const rows = await release(2).fill(db);
      const at = '2026-03-01T08:00:00.000Z';
      const notices = [
        { id: 'lost:7', type: 'lostEdit', at, recordId: '01J1000000000000000000000A', kind: 'posyandu.child', loser: null,
          by: { deviceId: 'dev-8', role: 'kader', label: 'Posyandu Mawar', deviceName: 'HP 2', kaderName: 'Bu Rina' } },
        { id: `moved:${at}:3`, type: 'moved', at, count: 3, scopeLabel: 'Posyandu Mawar', mergedUnits: ['Mawar'], dismissedAt: at },
      ];
      await db.table('notices').bulkAdd(notices);
      return { ...rows, notices };
    },
  },
];

let n = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((d) => d.name))) await Dexie.delete(name);
});

const release = (v: number) => RELEASES.find((r) => r.version === v)!;

/** A database as the release left it on a phone: its own schema, its own rows, closed. */
async function writeDatabase(r: Release, name = `mig-${++n}`) {
  const old = new Dexie(name);
  old.version(r.version).stores(r.stores);
  await old.open();
  const rows = await r.fill(old);
  expect(old.verno).toBe(r.version);
  old.close();
  return { name, rows };
}

async function openCurrent(name: string) {
  const db = new KaderDb(name);
  opened.push(db);
  await db.open();
  return db;
}

const keyOf = (db: Dexie, table: string, row: any) => row[db.table(table).schema.primKey.keyPath as string];

describe('every released schema opens with the current code, losing no row of any table', () => {
  it('every version in db.ts has a frozen fixture here, and the current stores are the last release\'s', async () => {
    expect(RELEASES.map((r) => r.version)).toEqual(Array.from({ length: CURRENT_DB_VERSION }, (_, i) => i + 1));
    // A released version is never edited: the current schema must be exactly the frozen one.
    const db = await openCurrent(`mig-${++n}`);
    const frozen = release(CURRENT_DB_VERSION).stores;
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(frozen).sort());
    for (const t of db.tables) {
      const declared = [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ');
      expect(declared, t.name).toBe(frozen[t.name]);
    }
  });

  for (const r of RELEASES) {
    it(`${r.name} (version ${r.version}) → ${CURRENT_DB_VERSION}: every row of every table arrives with what it held`, async () => {
      const { name, rows } = await writeDatabase(r);
      const db = await openCurrent(name);
      expect(db.verno).toBe(CURRENT_DB_VERSION);
      for (const [table, before] of Object.entries(rows)) {
        const after = await db.table(table).toArray();
        expect(after, table).toHaveLength(before.length);
        const byKey = new Map(after.map((x) => [keyOf(db, table, x), x]));
        for (const old of before as any[]) {
          // Upgrades only add or fill in (README): whatever the old release had set is still there.
          const k = keyOf(db, table, old);
          expect(byKey.get(k), `${table} ${k}`).toMatchObject(old);
        }
      }
      // The sync queue keeps its order, and new changes are numbered after it.
      const queued = await db.outbox.orderBy('seq').toArray();
      const fresh = await saveRecord(db, { kind: 'config.county', addr: '64.11', data: { strataProfile: 'nasional' } }, { by: 'dev-1' });
      const last = await db.outbox.orderBy('seq').last();
      expect(last?.recordId).toBe(fresh.id);
      expect(last!.seq!).toBeGreaterThan(queued.length ? queued[queued.length - 1].seq! : 0);
    });
  }
});

describe('upgrade from release 0.1 (schema version 1)', () => {
  it('gives old records the fields 0.2 added, without overwriting values 0.1 had set', async () => {
    const { name } = await writeDatabase(release(1));
    const db = await openCurrent(name);
    const rows = await db.records.orderBy('id').toArray();
    for (const old of v1Records()) {
      const row = rows.find((x) => x.id === old.id)!;
      expect(row.parent).toBeNull();
      expect(row.deleted).toBe((old as { deleted?: boolean }).deleted ?? false);
      expect(row.version).toBe((old as { version?: number }).version ?? 0);
    }
  });

  it('keeps the sync queue in order and meta, and the new tables are there and empty', async () => {
    const { name } = await writeDatabase(release(1));
    const db = await openCurrent(name);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((o) => o.seq)).toEqual([1, 2]);
    expect(await getEnrolment(db)).toEqual(V1_ENROLMENT);
    expect((await db.meta.get('lastPullAt'))?.value).toBe(42);
    for (const t of [db.history, db.conflicts, db.rejections, db.drafts]) expect(await t.count()).toBe(0);
  });

  it('old and new indexes answer queries on migrated data', async () => {
    const { name } = await writeDatabase(release(1));
    const db = await openCurrent(name);

    // [kind+addr] (from v1) through the repository: the deleted child is hidden, RT 002 is not under RT 001.
    expect((await listRecords(db, 'posyandu.child', '64.11.05.2003/rt')).map((r) => r.id)).toEqual(['01J0000000000000000000000C']);
    expect(await listRecords(db, 'posyandu.child', ADDR)).toEqual([]);
    expect((await listRecords(db, 'rt.person')).map((r) => r.id)).toEqual(['01J0000000000000000000000D']);

    // [kind+parent] (new in v2) on a record written after the upgrade, hanging under a migrated one.
    const child = await saveRecord(
      db,
      { kind: 'config.county', addr: '64.11', parent: '01J0000000000000000000000D', data: { strataProfile: 'prangat-selatan-2025' } },
      { by: 'dev-1' },
    );
    expect((await listChildren(db, 'config.county', '01J0000000000000000000000D')).map((r) => r.id)).toEqual([child.id]);

    // The outbox's auto-increment continues after the migrated entries instead of reusing 1 and 2.
    const last = await db.outbox.orderBy('seq').last();
    expect(last?.recordId).toBe(child.id);
    expect(last?.seq).toBe(3);
  });

  it('a database already at the current version opens unchanged (no upgrade runs twice)', async () => {
    const { name } = await writeDatabase(release(1));
    const first = await openCurrent(name);
    await first.records.update('01J0000000000000000000000A', { parent: '01J0000000000000000000000D' });
    first.close();
    const again = await openCurrent(name);
    expect((await again.records.get('01J0000000000000000000000A'))?.parent).toBe('01J0000000000000000000000D');
    expect(await again.records.count()).toBe(4);
  });
});

describe('upgrade from release 0.2 (schema version 2)', () => {
  it('drops 0.2\'s visit columns (their stamp held the pull cursor) and adds an empty notices table; the register still reads', async () => {
    const name = `mig-${++n}`;
    const old = new Dexie(name);
    old.version(2).stores(release(2).stores);
    await old.open();
    const rows = await release(2).fill(old);
    const visit = (rows.records as any[]).find((r) => r.kind === 'posyandu.visit');
    await old.table('meta').add({ key: `posyandu.visitColumns:${POSY}`, value: { stamp: { lastId: visit.id, cursor: '13', scope: POSY }, ids: visit.id } });
    old.close();

    const db = await openCurrent(name);
    expect(await db.meta.get(`posyandu.visitColumns:${POSY}`)).toBeUndefined();
    expect(await db.notices.count()).toBe(0);
    const { loadRegister } = await import('../../../src/data/posyandu');
    expect((await loadRegister(db, POSY)).visitsByChild.get(visit.parent)?.map((v) => v.data.weightKg)).toEqual([8.7]);
  });
});
