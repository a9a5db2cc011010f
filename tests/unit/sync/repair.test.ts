import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../../src/server/app';
import { saveRecord } from '../../../src/data/records';
import { listUnits, loadRegister, saveChild, saveUnit, saveVisit } from '../../../src/data/posyandu';
import { currentRtUnit, saveRtUnit, writeContext as rtContext } from '../../../src/data/rt';
import { SyncEngine } from '../../../src/sync';
import { DEMO_CODES } from '../../../src/server/demo/codes';
import { child, newDb } from './helpers';

// Issue 13 item 13: nothing a user typed is lost to a refusal. Against the real county endpoint
// (PGlite in a temp folder): a unit the phone made for its enrolled unit is folded into the
// county's (kept as a conflict to choose from), records refused as out of scope are moved into
// the scope and sent again, and a notice says so in words.

const prefixOf = (code: string) => DEMO_CODES.find((c) => c.code === code)!.prefix;
const MAWAR = prefixOf('KADER-MAWAR');
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kader-repair-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir: dir, seedDemo: true, log: () => undefined, reportRefresh: false });
}, 300_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function phone(code: string) {
  const db = newDb();
  const engine = new SyncEngine({ db, fetch: (u, i) => fetch(u, i), serverUrl: server.url });
  const e = await engine.enroll(code);
  return { db, engine, by: e.deviceId };
}

async function serverRows(kind: string, addr: string) {
  return server.db.query<{ id: string; data: any }>('select id, data from records where kind = $1 and addr = $2 and not deleted', [kind, addr]);
}

describe('a kader fills in the Posyandu form before the county’s copy arrived', () => {
  it('keeps one Posyandu: hers is folded into the county’s as a conflict; her children and weighings reach the server', async () => {
    const before = await serverRows('posyandu.unit', MAWAR);
    expect(before).toHaveLength(1);
    const a = await phone('KADER-MAWAR');
    // Enrolled, nothing pulled yet: the Posyandu tab is empty, so she fills in the form.
    const unit = await saveUnit(a.db, { name: 'Posyandu Mawar (HP Bu Ani)', desaCode: '64.11.05.2003', desaName: 'Prangat Selatan' });
    expect(unit.addr).toBe(MAWAR);
    const reg = await loadRegister(a.db, unit.addr);
    const c = await saveChild(a.db, reg, { ...child('Putri Uji'), motherName: 'Ibu Uji' });
    await saveVisit(a.db, c, { date: '2025-01-10', weightKg: 9.2 });

    const out = await a.engine.syncOnce();
    expect(out).toMatchObject({ ok: true, rejected: 0 });
    // One Posyandu on the server, the county's, unchanged; her child and weighing are there.
    expect(await serverRows('posyandu.unit', MAWAR)).toEqual(before);
    expect((await serverRows('posyandu.child', MAWAR)).some((r) => r.id === c.id)).toBe(true);
    expect((await server.db.query('select id from records where parent = $1', [c.id])).length).toBe(1);
    // The phone shows one Posyandu (the county's), her version kept as a conflict, a notice in words.
    expect((await listUnits(a.db)).map((u) => u.id)).toEqual([before[0].id]);
    const [conf] = await a.db.conflicts.toArray();
    expect(conf).toMatchObject({ recordId: before[0].id, resolved: false, losing: { data: { name: 'Posyandu Mawar (HP Bu Ani)' } } });
    expect(await a.db.notices.toArray()).toEqual([expect.objectContaining({ type: 'moved', mergedUnits: ['Posyandu Mawar (HP Bu Ani)'] })]);
    expect(await a.db.rejections.count()).toBe(0);
    expect(await a.db.outbox.count()).toBe(0);
  }, 120_000);
});

describe('records the server refused as outside the scope', () => {
  it('are moved into the enrolled Posyandu and sent again; the rejection is taken back and a notice says so', async () => {
    const a = await phone('KADER-MAWAR');
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    const county = (await serverRows('posyandu.unit', MAWAR))[0];
    // As an earlier release did: a unit of the phone's own making, at an address of its own.
    const elsewhere = '64.11/64.11.05.2003/posyandu:01JLOCAL000000000000000000';
    await saveRecord(a.db, { id: '01JLOCAL000000000000000000', kind: 'posyandu.unit', addr: elsewhere, data: { name: 'Mawar', desaCode: '64.11.05.2003' } }, { by: a.by });
    const c = await saveRecord(a.db, { kind: 'posyandu.child', addr: elsewhere, data: child('Bayu Uji') }, { by: a.by });
    const v = await saveRecord(a.db, { kind: 'posyandu.visit', addr: elsewhere, parent: c.id, data: { childId: c.id, date: '2025-02-10', weightKg: 7.7 } }, { by: a.by });

    const out = await a.engine.syncOnce();
    expect(out).toMatchObject({ ok: true, rejected: 0 });
    expect(await a.db.rejections.count()).toBe(0);
    const onServer = await server.db.query<{ id: string; addr: string }>('select id, addr from records where id = any($1)', [[c.id, v.id]]);
    expect(onServer.map((r) => r.addr)).toEqual([MAWAR, MAWAR]);
    expect(await serverRows('posyandu.unit', MAWAR)).toEqual([county]);
    expect((await a.db.records.get(c.id))!.addr).toBe(MAWAR);
    const moved = (await a.db.notices.toArray()).find((n) => n.type === 'moved');
    expect(moved).toMatchObject({ count: 3, scopeLabel: expect.stringContaining('Mawar'), mergedUnits: ['Mawar'] });
    // The server did refuse them once: the county sees it.
    const refused = await server.db.query<{ record_id: string }>("select record_id from push_rejections where reason = 'scope' and record_id = $1", [c.id]);
    expect(refused).toHaveLength(1);
  }, 120_000);

  it('an RT set up with a mistyped RT number joins the enrolled RT', async () => {
    const rt = prefixOf('RT-002-PS');
    const a = await phone('RT-002-PS');
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    await saveRtUnit(a.db, { desaCode: '64.11.05.2003', rtNo: '020', ketua: 'Pak Uji' }, await rtContext(a.db));
    const out = await a.engine.syncOnce();
    expect(out).toMatchObject({ ok: true, rejected: 0 });
    expect(await a.db.rejections.count()).toBe(0);
    // One RT unit on the server; the ketua's typing is kept as a conflict with the county's.
    expect(await serverRows('rt.unit', rt)).toHaveLength(1);
    expect((await currentRtUnit(a.db))!.addr).toBe(rt);
    expect((await a.db.conflicts.toArray()).map((x) => x.losing.data)).toEqual([expect.objectContaining({ ketua: 'Pak Uji' })]);
  }, 120_000);

  it('a record outside the scope’s modules stays refused and visible', async () => {
    const a = await phone('KADER-MAWAR');
    await saveRecord(a.db, { kind: 'rt.household', addr: '64.11/64.11.05.2003/rt:001', data: { address: 'Jl. Uji' } }, { by: a.by });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, rejected: 1 });
    expect((await a.db.rejections.toArray()).map((r) => r.reason)).toEqual(['scope']);
    expect(await a.db.notices.count()).toBe(0);
  }, 120_000);
});
