import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../../src/server/app';
import { saveRecord } from '../../../src/data/records';
import { SyncEngine, SyncError } from '../../../src/sync';
import { DEMO_CODES } from '../../../src/server/demo/codes';
import { child, newDb, visit } from './helpers';

// The engine against the real county endpoint in-process (PGlite in a temp folder).

const PREFIX = DEMO_CODES.find((c) => c.code === 'KADER-MAWAR')!.prefix;
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kader-sync-unit-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir: dir, seedDemo: true, log: () => undefined });
}, 300_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function phone() {
  const db = newDb();
  const engine = new SyncEngine({ db, fetch: (u, i) => fetch(u, i), serverUrl: server.url });
  const e = await engine.enroll('KADER-MAWAR');
  return { db, engine, by: e.deviceId, e };
}

describe('engine ↔ real server', () => {
  it('enrols, pushes, pulls on a second phone, and resolves a conflict visibly', async () => {
    const a = await phone();
    expect(a.e.scope.prefix).toBe(PREFIX);
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    const seeded = await a.db.records.count();
    expect(seeded).toBeGreaterThan(0); // the demo Posyandu arrives

    const c = await saveRecord(a.db, { kind: 'posyandu.child', addr: PREFIX, data: child('Real A') }, { by: a.by });
    await saveRecord(a.db, { kind: 'posyandu.visit', addr: PREFIX, parent: c.id, data: visit(c.id, 9) }, { by: a.by });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 2 });
    expect((await a.db.records.get(c.id))!.version).toBeGreaterThan(0);

    const b = await phone();
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true });
    expect((await b.db.records.get(c.id))!.data).toMatchObject({ name: 'Real A' });

    await saveRecord(a.db, { id: c.id, kind: 'posyandu.child', addr: PREFIX, data: child('Versi A') }, { by: a.by });
    await saveRecord(b.db, { id: c.id, kind: 'posyandu.child', addr: PREFIX, data: child('Versi B') }, { by: b.by });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, conflicts: 1 });
    const [conf] = await b.db.conflicts.toArray();
    expect(conf.losing.data).toMatchObject({ name: 'Versi B' });
    expect((await b.db.records.get(c.id))!.data).toMatchObject({ name: 'Versi A' });
  }, 120_000);

  it('an out-of-scope change is rejected with its reason and the rest goes through', async () => {
    const a = await phone();
    // A module this phone does not keep (a child of another Posyandu would be moved into this
    // one and sent again: tests/unit/sync/repair.test.ts).
    await saveRecord(a.db, { kind: 'rt.household', addr: '64.11/64.11.05.2004/rt:001', data: { address: 'Jl. Luar' } }, { by: a.by });
    const ok = await saveRecord(a.db, { kind: 'posyandu.child', addr: PREFIX, data: child('Dalam') }, { by: a.by });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, rejected: 1 });
    expect((await a.db.rejections.toArray())[0].reason).toBe('scope');
    expect((await a.db.records.get(ok.id))!.version).toBeGreaterThan(0);
  }, 120_000);

  it('a wrong code is refused with a reason the screen can word', async () => {
    const engine = new SyncEngine({ db: newDb(), fetch: (u, i) => fetch(u, i), serverUrl: server.url });
    const err = await engine.enroll('BUKAN-KODE').catch((e) => e);
    expect(err).toBeInstanceOf(SyncError);
    expect(err).toMatchObject({ reason: 'unknown-code' });
  }, 60_000);

  // The lost batch holds what a double apply would change without changing count(*): an edit of
  // an acknowledged shared record (a re-apply writes a new version), a new shared record and a
  // weighing. After the retry every row must be exactly as the first, unanswered push left it.
  it('a replayed push (answer lost) changes nothing on the server: same rows, versions, contents', async () => {
    const a = await phone();
    const known = await saveRecord(a.db, { kind: 'posyandu.child', addr: PREFIX, data: child('Lama') }, { by: a.by });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 1 });
    await saveRecord(a.db, { id: known.id, kind: 'posyandu.child', addr: PREFIX, data: child('Lama diubah') }, { by: a.by });
    const fresh = await saveRecord(a.db, { kind: 'posyandu.child', addr: PREFIX, data: child('Sekali') }, { by: a.by });
    await saveRecord(a.db, { kind: 'posyandu.visit', addr: PREFIX, parent: fresh.id, data: visit(fresh.id, 8.2) }, { by: a.by });
    let drop = true;
    const lossy = new SyncEngine({
      db: a.db,
      serverUrl: server.url,
      fetch: async (u, i) => {
        const res = await fetch(u, i);
        if (drop && u.endsWith('/push') && JSON.parse(String(i?.body)).changes.length) {
          drop = false;
          throw new TypeError('answer lost');
        }
        return res;
      },
    });
    expect(await lossy.syncOnce()).toMatchObject({ ok: false, error: 'offline' });
    const state = async () => ({
      records: await server.db.query(
        `select id, kind, addr, parent, data::text as data, deleted, version::text as version, updated_at, updated_by, server_at::text as server_at
         from records order by id`,
      ),
      conflicts: await server.db.query('select record_id, loser_seq::text as s from conflicts order by id'),
      rejections: await server.db.query('select device_id, seq::text as s, reason from push_rejections order by device_id, seq'),
      seq: await server.db.query('select last_applied_seq::text as s from devices where id = $1', [a.by]),
      top: await server.db.query('select last_value::text as v from change_seq'),
    });
    const before = await state();
    expect(before.records.find((r: any) => r.id === known.id)).toMatchObject({ data: expect.stringContaining('Lama diubah') });
    expect(await lossy.syncOnce()).toMatchObject({ ok: true, pushed: 3 });
    expect(await state()).toEqual(before);
    // The phone now holds the versions the server stored the first time.
    for (const r of before.records.filter((x: any) => x.updated_by === a.by)) {
      expect((await a.db.records.get(String(r.id)))!.version, String(r.id)).toBe(Number(r.version));
    }
    expect(await a.db.outbox.count()).toBe(0);
  }, 120_000);
});
