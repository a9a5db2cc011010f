import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KaderDb } from '../../../src/data/db';
import { saveRecord } from '../../../src/data/records';
import { SyncEngine } from '../../../src/sync';
import { revokeDevice } from '../../../src/server';
import { DEMO_CODES } from '../../../src/server';
import { backends, startTestServer, type TestServer } from '../server/helpers';

// Issue 17: a revoked phone pushes what it still holds, then wipes itself; an unknown token, or a
// final push the server no longer takes, wipes nothing. And a forgotten PIN is reset by enrolling
// again, which keeps the unsent records and sends them under the new device id.

const PREFIX = DEMO_CODES.find((c) => c.code === 'KADER-MAWAR')!.prefix;
const child = (name: string) => ({ name, sex: 'P' as const, birthDate: '2024-03-01', hasKms: true });
let n = 0;

describe.each(backends())('revoke and wipe ($name)', (b) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(b);
  }, 120_000);
  afterAll(async () => {
    await s?.stop();
  });

  async function phone() {
    const name = `revoke-${process.pid}-${++n}`;
    const db = new KaderDb(name);
    const engine = new SyncEngine({ db, fetch: (u, i) => fetch(u, i), serverUrl: s.url });
    const e = await engine.enroll('KADER-MAWAR');
    expect(await engine.syncOnce()).toMatchObject({ ok: true });
    return { db, engine, e, name };
  }
  const onServer = async (id: string) =>
    (await s.db.query<{ id: string }>('select id from records where id = $1', [id])).length === 1;

  it('a revoked phone sends its unsent records, then deletes its database', async () => {
    const p = await phone();
    const a = await saveRecord(p.db, { kind: 'posyandu.child', addr: PREFIX, data: child('Final Satu') }, { by: p.e.deviceId });
    const c = await saveRecord(p.db, { kind: 'posyandu.child', addr: PREFIX, data: child('Final Dua') }, { by: p.e.deviceId });
    expect(await revokeDevice(s.db, p.e.deviceId)).toBe(true);
    await new Promise((r) => setTimeout(r, 5_100)); // the token cache (TOKEN_CACHE_MS)
    const out = await p.engine.syncOnce();
    expect(out).toMatchObject({ ok: false, error: 'revoked', reason: 'wiped', pushed: 2 });
    expect(await onServer(a.id)).toBe(true);
    expect(await onServer(c.id)).toBe(true);
    expect(await Dexie.exists(p.name)).toBe(false);
  }, 60_000);

  it('wipes nothing when the final push is no longer taken (revoked long ago)', async () => {
    const p = await phone();
    const a = await saveRecord(p.db, { kind: 'posyandu.child', addr: PREFIX, data: child('Tertinggal') }, { by: p.e.deviceId });
    await s.db.query("update devices set revoked_at = now() - interval '40 days' where id = $1", [p.e.deviceId]);
    await new Promise((r) => setTimeout(r, 5_100));
    expect(await p.engine.syncOnce()).toMatchObject({ ok: false, error: 'revoked', reason: 'revoked', retryable: false });
    expect(await Dexie.exists(p.name)).toBe(true);
    expect(await p.db.outbox.count()).toBe(1);
    expect(await p.db.records.get(a.id)).toBeTruthy();
    expect(await onServer(a.id)).toBe(false);
    p.db.close();
  }, 60_000);

  it('an unknown token (not a revocation) wipes nothing', async () => {
    const p = await phone();
    await saveRecord(p.db, { kind: 'posyandu.child', addr: PREFIX, data: child('Tetap') }, { by: p.e.deviceId });
    await p.db.meta.put({ key: 'enrolment', value: { ...p.e, token: 'A'.repeat(43) } });
    expect(await p.engine.syncOnce()).toMatchObject({ ok: false, error: 'revoked', reason: 'unknown-token' });
    expect(await Dexie.exists(p.name)).toBe(true);
    expect(await p.db.outbox.count()).toBe(1);
    p.db.close();
  }, 60_000);

  it('a forgotten-PIN reset (enrolling again) keeps the unsent records and sends them', async () => {
    const p = await phone();
    const a = await saveRecord(p.db, { kind: 'posyandu.child', addr: PREFIX, data: child('Belum Terkirim') }, { by: p.e.deviceId });
    const again = await p.engine.enroll('KADER-MAWAR');
    expect(again.deviceId).not.toBe(p.e.deviceId);
    expect(await p.db.outbox.count()).toBe(1);
    expect(await p.engine.syncOnce()).toMatchObject({ ok: true, pushed: 1 });
    expect(await onServer(a.id)).toBe(true);
    p.db.close();
  }, 60_000);
});
