import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../../src/server/app';
import { saveRecord } from '../../../src/data/records';
import { setProfile } from '../../../src/data/device';
import { SyncEngine, API, type PullResponse } from '../../../src/sync';
import { getSyncState } from '../../../src/sync/sync-state';
import { DEMO_CODES } from '../../../src/server/demo/codes';
import { child, newDb } from './helpers';

// Issue 14 item 10, the phone's side: the phone whose version won a conflict learns that another
// phone's edit lost (pull's lostEdits, docs/sync-protocol.md), with the other kader's name, once.

const prefixOf = (code: string) => DEMO_CODES.find((c) => c.code === code)!.prefix;
const MAWAR = prefixOf('KADER-MAWAR');
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kader-lost-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir: dir, seedDemo: true, log: () => undefined, reportRefresh: false });
}, 300_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function phone(code: string, kaderName: string, deviceName: string) {
  const db = newDb();
  await setProfile(db, { kaderName, deviceName });
  const engine = new SyncEngine({ db, fetch: (u, i) => fetch(u, i), serverUrl: server.url });
  const e = await engine.enroll(code);
  expect(await engine.syncOnce()).toMatchObject({ ok: true });
  return { db, engine, by: e.deviceId, token: e.token };
}

describe('the winner of a conflict hears about the edit that lost', () => {
  it('names the record and the other kader, once; the loser still has both versions; earlier phones are sent nothing new', async () => {
    const a = await phone('KADER-MAWAR', 'Bu Ani', 'HP Mawar 1');
    const b = await phone('KADER-MAWAR', 'Bu Rina', 'HP Mawar 2');
    const c = await saveRecord(a.db, { kind: 'posyandu.child', addr: MAWAR, data: child('Dewi') }, { by: a.by });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true });

    await saveRecord(a.db, { id: c.id, kind: 'posyandu.child', addr: MAWAR, data: child('Dewi Lestari') }, { by: a.by });
    await saveRecord(b.db, { id: c.id, kind: 'posyandu.child', addr: MAWAR, data: child('Dewi Anggraini') }, { by: b.by });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, conflicts: 1 });
    expect((await b.db.conflicts.toArray()).map((x) => x.losing.data)).toEqual([expect.objectContaining({ name: 'Dewi Anggraini' })]);

    // Phone A's next sync tells it: its version stands, Bu Rina's edit on HP Mawar 2 did not.
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    const notices = await a.db.notices.toArray();
    expect(notices).toEqual([
      expect.objectContaining({
        type: 'lostEdit', recordId: c.id, kind: 'posyandu.child',
        loser: expect.objectContaining({ data: expect.objectContaining({ name: 'Dewi Anggraini' }) }),
        by: expect.objectContaining({ deviceId: b.by, kaderName: 'Bu Rina', deviceName: 'HP Mawar 2', role: 'kader', label: expect.stringContaining('Mawar') }),
      }),
    ]);
    expect(Number((await getSyncState(a.db)).lostCursor)).toBeGreaterThan(0);
    // Once: the next sync asks after it.
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await a.db.notices.count()).toBe(1);
    // The loser is not told about its own loss as a "won" notice.
    expect(await b.db.notices.count()).toBe(0);

    // A phone of the earlier release (no lostAfter) gets an answer without lostEdits.
    const old = await (await fetch(server.url + API.pull, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${a.token}` }, body: JSON.stringify({ cursor: '0', limit: 5 }),
    })).json() as PullResponse;
    expect(old.lostEdits).toBeUndefined();
    // The new field is validated like the rest (400 with a reason, never 500).
    const bad = await fetch(server.url + API.pull, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${a.token}` }, body: JSON.stringify({ cursor: '0', lostAfter: 'x' }),
    });
    expect(bad.status).toBe(400);
    const huge = await fetch(server.url + API.pull, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${a.token}` }, body: JSON.stringify({ cursor: '99999999999999999999', lostAfter: '99999999999999999999' }),
    });
    expect(huge.status).toBe(200);
    expect(((await huge.json()) as PullResponse).lostEdits).toEqual([]);
  }, 120_000);

  it('keeps the other phone’s version out of the notice where the winner may not see it', async () => {
    const dw = await phone('DW-ANGGREK', 'Bu Sri', 'HP Anggrek');
    const pkk = await phone('PKK-DESA-PS', 'Bu Ketua', 'HP PKK');
    const anggrek = prefixOf('DW-ANGGREK');
    const kenanga = prefixOf('DW-KENANGA');
    const fam = await saveRecord(dw.db, { kind: 'dasawisma.family', addr: anggrek, data: { year: 2026, headName: 'Pak Budi' } }, { by: dw.by });
    expect(await dw.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await pkk.engine.syncOnce()).toMatchObject({ ok: true });
    await saveRecord(dw.db, { id: fam.id, kind: 'dasawisma.family', addr: anggrek, data: { year: 2026, headName: 'Pak Budi S' } }, { by: dw.by });
    // The coordinator moves the family to another group (outside the Anggrek kader's area).
    await saveRecord(pkk.db, { id: fam.id, kind: 'dasawisma.family', addr: kenanga, data: { year: 2026, headName: 'Pak Budi' } }, { by: pkk.by });
    expect(await dw.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await pkk.engine.syncOnce()).toMatchObject({ ok: true, conflicts: 1 });
    expect(await dw.engine.syncOnce()).toMatchObject({ ok: true });
    const [n] = await dw.db.notices.toArray();
    expect(n).toMatchObject({ type: 'lostEdit', recordId: fam.id, loser: null, by: { kaderName: 'Bu Ketua', role: 'pkk' } });
  }, 120_000);
});
