import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../../src/server/app';
import { saveRecord } from '../../../src/data/records';
import type { KaderDb } from '../../../src/data/db';
import { SyncEngine, getSyncState } from '../../../src/sync';
import { MAX_BODY_BYTES } from '../../../src/sync/protocol';
import { patchSyncState } from '../../../src/sync/sync-state';
import { DEMO_CODES } from '../../../src/server/demo/codes';
import { child, newDb } from '../../unit/sync/helpers';

// The engine's answers to an oversized batch and to a backup on either side, against the real
// county endpoint (in-process, PGlite in a temp folder), not the in-memory one of
// tests/unit/sync/fake-server.ts: the 413 has to reach the phone through a real socket, and a
// restored database restores its change numbering, its devices' seqs and cursors along with it.
// A backup of the server is what docs/scaling.md says: stop it, copy DATA_DIR; restoring is
// copying the folder back and starting again.

const PREFIX = DEMO_CODES.find((c) => c.code === 'KADER-MAWAR')!.prefix;
/** The phones keep one address; the server behind it may be a restarted one on another port. */
const BASE = 'http://county.test';
let server: RunningServer;
let dir: string;
const backups: string[] = [];

async function start(): Promise<void> {
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir: dir, seedDemo: true, reportRefresh: false, log: () => undefined });
}

/** Stops the server, copies its folder, starts it again: the copy is "last night's backup". */
async function backup(): Promise<string> {
  await server.close();
  const to = mkdtempSync(join(tmpdir(), 'kader-backup-'));
  cpSync(dir, to, { recursive: true });
  backups.push(to);
  await start();
  return to;
}

/** The county restores a backup: stop, replace the folder, start. */
async function restore(from: string): Promise<void> {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  cpSync(from, dir, { recursive: true });
  await start();
}

interface Phone {
  db: KaderDb;
  engine: SyncEngine;
  by: string;
  posts: { path: string; changes: number; status: number }[];
}

function engineFor(db: KaderDb, posts: Phone['posts'], maxBatch?: number): SyncEngine {
  return new SyncEngine({
    db,
    maxBatch,
    serverUrl: BASE,
    fetch: async (u, init) => {
      const res = await fetch(u.replace(BASE, server.url), init);
      const body = init?.body ? JSON.parse(String(init.body)) : {};
      posts.push({ path: new URL(u).pathname, changes: body.changes?.length ?? 0, status: res.status });
      return res;
    },
  });
}

async function phone(maxBatch?: number): Promise<Phone> {
  const db = newDb();
  const posts: Phone['posts'] = [];
  const engine = engineFor(db, posts, maxBatch);
  const e = await engine.enroll('KADER-MAWAR');
  return { db, engine, by: e.deviceId, posts };
}

const save = (p: Phone, name: string, id?: string) => saveRecord(p.db, { id, kind: 'posyandu.child', addr: PREFIX, data: child(name) }, { by: p.by });

/** What the server holds of these ids: id → name. */
async function onServer(ids: string[]): Promise<Map<string, string>> {
  const rows = await server.db.query<{ id: string; name: string }>(`select id, data->>'name' as name from records where id = any($1::text[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kader-backups-'));
  await start();
}, 300_000);

afterAll(async () => {
  await server?.close();
  for (const d of [dir, ...backups]) rmSync(d, { recursive: true, force: true });
});

describe('engine ↔ real server: oversized batches and backups', () => {
  it('a batch over the body limit gets a real 413 and is halved until the server takes it; nothing lost or twice', async () => {
    const p = await phone(400);
    expect(await p.engine.syncOnce()).toMatchObject({ ok: true });
    // ~3.1 KB a change (1000 three-byte letters of notes), 400 changes ≈ 1.25 MB > MAX_BODY_BYTES.
    const notes = 'ḁ'.repeat(1000);
    const ids: string[] = [];
    for (let i = 0; i < 400; i++) {
      ids.push((await saveRecord(p.db, { kind: 'posyandu.meeting', addr: PREFIX, data: { date: '2025-02-10', topic: `Rapat ${i}`, attendees: 5, notes } }, { by: p.by })).id);
    }
    // Records are capped (1000 letters of notes) so that the default batch of 200 fits the limit;
    // a phone that grew its batch to 400 after a run of good syncs sends this one at 400.
    await patchSyncState(p.db, { batchSize: 400 });
    p.posts.length = 0;
    const out = await p.engine.syncOnce();
    expect(out).toMatchObject({ ok: true, pushed: 400, rejected: 0 });
    const pushes = p.posts.filter((x) => x.path.endsWith('/push') && x.changes > 0);
    expect(pushes.map((x) => [x.changes, x.status])).toEqual([
      [400, 413],
      [200, 200],
      [200, 200],
    ]);
    expect(JSON.stringify({ changes: Array(200).fill(null) }).length).toBeLessThan(MAX_BODY_BYTES);
    // The size that went through, doubled for the next sync (as tests/unit/sync/engine.test.ts).
    expect((await getSyncState(p.db)).batchSize).toBe(400);
    expect(await p.db.outbox.count()).toBe(0);
    const n = await server.db.query<{ n: unknown; v: unknown }>('select count(*) as n, count(distinct version) as v from records where id = any($1::text[])', [ids]);
    expect(Number(n[0].n)).toBe(400);
    expect(Number(n[0].v)).toBe(400);
    // A replay of what went through changes nothing: the server answers from its stored seqs.
    await saveRecord(p.db, { kind: 'posyandu.meeting', addr: PREFIX, data: { date: '2025-02-11', topic: 'Sesudah', attendees: 3 } }, { by: p.by });
    expect(await p.engine.syncOnce()).toMatchObject({ ok: true, pushed: 1 });
  }, 240_000);

  it('server restored from an older backup: the phone sends again what was lost, edits included, and other phones miss nothing', async () => {
    const a = await phone();
    const b = await phone();
    const early: string[] = [];
    for (let i = 0; i < 6; i++) early.push((await save(a, `Awal ${i}`)).id);
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 6 });
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true });
    const saved = await backup();

    // After the backup: new children, and an edit of one the backup holds in its older version.
    const late: string[] = [];
    for (let i = 0; i < 4; i++) late.push((await save(a, `Baru ${i}`)).id);
    await save(a, 'Awal 0 diubah', early[0]);
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 5 });
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true });
    expect((await b.db.records.get(late[3]))?.data).toMatchObject({ name: 'Baru 3' });
    const ackedBefore = (await getSyncState(a.db)).ackedSeq;

    await restore(saved);
    expect([...(await onServer([...early, ...late])).keys()].sort()).toEqual([...early].sort());

    // A third phone writes before anyone else syncs: the restored numbering hands out versions
    // that phone b has already pulled past.
    const c = await phone();
    const fromC: string[] = [];
    for (let i = 0; i < 30; i++) fromC.push((await save(c, `Dari C ${i}`)).id);
    expect(await c.engine.syncOnce()).toMatchObject({ ok: true, pushed: 30 });

    const again = await a.engine.syncOnce();
    expect(again).toMatchObject({ ok: true });
    expect(again.resent).toBeGreaterThanOrEqual(5);
    const held = await onServer([...early, ...late]);
    expect(held.size).toBe(10);
    expect(held.get(early[0])).toBe('Awal 0 diubah');
    for (const [i, id] of late.entries()) expect(held.get(id)).toBe(`Baru ${i}`);
    const st = await getSyncState(a.db);
    const dev = await server.db.query<{ s: unknown }>('select last_applied_seq as s from devices where id = $1', [a.by]);
    expect(st.ackedSeq).toBe(Number(dev[0].s));
    expect(st.ackedSeq).toBeGreaterThanOrEqual(ackedBefore);
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, resent: 0 });

    // Phone b had pulled up to a cursor the restored server numbered again: it must still end up
    // with everything, c's children included, exactly as the server holds them.
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true });
    const all = await server.db.query<{ id: string; version: unknown; name: string }>(
      `select id, version, data->>'name' as name from records where kind = 'posyandu.child' and (addr = $1 or addr like $2)`,
      [PREFIX, `${PREFIX}/%`],
    );
    for (const r of all) {
      const local = await b.db.records.get(r.id);
      expect(local?.version, `${r.id} ${r.name}`).toBe(Number(r.version));
    }
    for (const id of fromC) expect(await b.db.records.get(id), id).toBeDefined();
  }, 240_000);

  it('phone restored from an older backup: queued and new changes are renumbered, none taken as a duplicate', async () => {
    const p = await phone();
    for (let i = 0; i < 10; i++) await save(p, `S${i}`);
    expect(await p.engine.syncOnce()).toMatchObject({ ok: true, pushed: 10 });
    const queued: string[] = [];
    for (let i = 0; i < 3; i++) queued.push((await save(p, `Q${i}`)).id); // queued, not sent yet
    // The phone's backup: every table copied into a new database, as a restore would give.
    const copy = newDb();
    await copy.open();
    for (const t of p.db.tables) await copy.table(t.name).bulkAdd(await t.toArray());
    const after: string[] = [];
    for (let i = 0; i < 5; i++) after.push((await save(p, `U${i}`)).id);
    expect(await p.engine.syncOnce()).toMatchObject({ ok: true, pushed: 8 });

    // Reset and restored from the backup, used offline before syncing: its next seqs are ones
    // the server already took for Q0..U4.
    const posts: Phone['posts'] = [];
    const restored: Phone = { db: copy, engine: engineFor(copy, posts), by: p.by, posts };
    const fresh: string[] = [];
    for (let i = 0; i < 7; i++) fresh.push((await save(restored, `R${i}`)).id);
    expect(await restored.engine.syncOnce()).toMatchObject({ ok: true });
    const held = await onServer([...queued, ...after, ...fresh]);
    for (const [i, id] of fresh.entries()) expect(held.get(id), `R${i}`).toBe(`R${i}`);
    expect(held.size).toBe(15);
    expect(await copy.outbox.count()).toBe(0);
    // It also got back what it had sent after the backup was taken.
    for (const id of after) expect(await copy.records.get(id), id).toBeDefined();
    const dev = await server.db.query<{ s: unknown }>('select last_applied_seq as s from devices where id = $1', [p.by]);
    expect((await getSyncState(copy)).ackedSeq).toBe(Number(dev[0].s));
    expect(await restored.engine.syncOnce()).toMatchObject({ ok: true, pushed: 0 });
  }, 240_000);
});
