import { describe, expect, it } from 'vitest';
import { saveRecord, deleteRecord } from '../../../src/data/records';
import { SyncEngine, getSyncState } from '../../../src/sync';
import { FakeServer } from './fake-server';
import { child, newDb, POSY, scopePosy, visit } from './helpers';

async function phone(server: FakeServer, opts: { maxBatch?: number } = {}) {
  const db = newDb();
  const engine = new SyncEngine({ db, fetch: server.fetch, serverUrl: 'http://county', maxBatch: opts.maxBatch });
  const e = await engine.enroll('KADER-MAWAR');
  const by = e.deviceId;
  return { db, engine, by };
}

function setup() {
  const server = new FakeServer();
  server.codes.set('KADER-MAWAR', scopePosy);
  server.codes.set('KADER-LAIN', { ...scopePosy, prefix: '64.11/64.11.05.2003/posyandu:P2', label: 'Lain' });
  return server;
}

const pushes = (s: FakeServer) => s.requests.filter((r) => r.path.endsWith('/push') && r.body.changes.length > 0);

describe('sync engine against an in-memory server', () => {
  it('pushes the outbox, sets versions, empties the queue, and a second phone pulls it', async () => {
    const server = setup();
    const a = await phone(server);
    const c = await saveRecord(a.db, { kind: 'posyandu.child', addr: POSY, data: child('Siti') }, { by: a.by });
    await saveRecord(a.db, { kind: 'posyandu.visit', addr: POSY, parent: c.id, data: visit(c.id, 9.1) }, { by: a.by });
    const out = await a.engine.syncOnce();
    expect(out).toMatchObject({ ok: true, pushed: 2 });
    expect(await a.db.outbox.count()).toBe(0);
    expect((await a.db.records.get(c.id))!.version).toBeGreaterThan(0);
    expect((await getSyncState(a.db)).lastSuccessAt).toBe(out.ok ? out.at : 'x');

    const b = await phone(server);
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, pulled: 2 });
    expect((await b.db.records.get(c.id))!.data).toEqual(child('Siti'));
  });

  it('sends batches of at most maxBatch, with seqs that only go up', async () => {
    const server = setup();
    const a = await phone(server, { maxBatch: 200 });
    for (let i = 0; i < 450; i++) await saveRecord(a.db, { kind: 'posyandu.child', addr: POSY, data: child(`A${i}`) }, { by: a.by });
    expect((await a.engine.syncOnce()).ok).toBe(true);
    const sizes = pushes(server).map((r) => r.body.changes.length);
    expect(sizes).toEqual([200, 200, 50]);
    const seqs = pushes(server).flatMap((r) => r.body.changes.map((c: any) => c.seq));
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(seqs).size).toBe(450);
    expect(server.state.records.size).toBe(450);
  }, 30_000);

  it('a lost answer after the server committed: the retry sends the same seqs, nothing is applied twice', async () => {
    const server = setup();
    const a = await phone(server);
    for (let i = 0; i < 5; i++) await saveRecord(a.db, { kind: 'posyandu.child', addr: POSY, data: child(`B${i}`) }, { by: a.by });
    let drop = true;
    server.hook = (path, body) => {
      if (path.endsWith('/push') && body.changes.length && drop) {
        drop = false;
        return 'drop-response';
      }
    };
    const first = await a.engine.syncOnce();
    expect(first).toMatchObject({ ok: false, error: 'offline', retryable: true });
    expect(await a.db.outbox.count()).toBe(5); // not acknowledged: still queued
    const firstSeqs = pushes(server)[0].body.changes.map((c: any) => c.seq);
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    expect(pushes(server)[1].body.changes.map((c: any) => c.seq)).toEqual(firstSeqs);
    expect(server.appliedLog.length).toBe(5);
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('pull: the next page is requested while a page is written, one request at a time; a lost page loses nothing', async () => {
    const server = setup();
    const a = await phone(server);
    for (let i = 0; i < 25; i++) await saveRecord(a.db, { kind: 'posyandu.child', addr: POSY, data: child(`P${i}`) }, { by: a.by });
    expect((await a.engine.syncOnce()).ok).toBe(true);

    const db = newDb();
    let inFlight = 0;
    let most = 0;
    const events: string[] = [];
    db.records.hook('creating', () => void (events.at(-1) !== 'write' && events.push('write')));
    const fetch = async (url: string, init?: RequestInit) => {
      if (url.endsWith('/pull')) events.push('pull');
      most = Math.max(most, ++inFlight);
      try {
        return await server.fetch(url, init);
      } finally {
        inFlight--;
      }
    };
    const b = new SyncEngine({ db, fetch, serverUrl: 'http://county', pullLimit: 10 });
    await b.enroll('KADER-MAWAR');
    // The request for the second page (sent while the first page is written) gets no answer.
    let pulls = 0;
    server.hook = (path) => (path.endsWith('/pull') && ++pulls === 2 ? 'drop-response' : undefined);
    expect(await b.syncOnce()).toMatchObject({ ok: false, error: 'offline' });
    expect(await db.records.count()).toBe(10);
    // Page 2 was asked for before page 1 was written.
    expect(events.slice(0, 3)).toEqual(['pull', 'pull', 'write']);
    const firstPage = [...server.state.records.values()].sort((x, y) => x.version - y.version)[9];
    expect((await getSyncState(db)).cursor).toBe(String(firstPage.version));

    server.hook = () => undefined;
    expect(await b.syncOnce()).toMatchObject({ ok: true, pulled: 15 });
    expect(await db.records.count()).toBe(25);
    expect(most).toBe(1);
  });

  it('413 halves the batch until the server takes it', async () => {
    const server = setup();
    const a = await phone(server);
    for (let i = 0; i < 40; i++) await saveRecord(a.db, { kind: 'posyandu.child', addr: POSY, data: child(`C${i}`) }, { by: a.by });
    server.hook = (path, body) => (path.endsWith('/push') && body.changes.length > 10 ? 413 : undefined);
    expect((await a.engine.syncOnce()).ok).toBe(true);
    expect(server.state.records.size).toBe(40);
    expect(pushes(server).map((r) => r.body.changes.length)).toEqual([40, 20, 10, 10, 10, 10]);
    expect((await getSyncState(a.db)).batchSize).toBe(20);
  });

  it('a rejected change goes to rejections with its reason and does not block the queue', async () => {
    const server = setup();
    const a = await phone(server);
    // A module this phone does not keep (a P2 child would be moved into P1: tests/unit/sync/repair.test.ts).
    await saveRecord(a.db, { kind: 'rt.household', addr: '64.11/64.11.05.2003/rt:001', data: { address: 'Jl. Luar' } }, { by: a.by });
    const ok = await saveRecord(a.db, { kind: 'posyandu.child', addr: POSY, data: child('Dalam') }, { by: a.by });
    const out = await a.engine.syncOnce();
    expect(out).toMatchObject({ ok: true, rejected: 1, pushed: 1 });
    const rej = await a.db.rejections.toArray();
    expect(rej).toHaveLength(1);
    expect(rej[0].reason).toBe('scope');
    expect(server.state.records.has(ok.id)).toBe(true);
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('two phones edit one child: the later one keeps the loser in conflicts and shows the winner', async () => {
    const server = setup();
    const a = await phone(server);
    const b = await phone(server);
    const c = await saveRecord(a.db, { kind: 'posyandu.child', addr: POSY, data: child('Ani') }, { by: a.by });
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await saveRecord(a.db, { id: c.id, kind: 'posyandu.child', addr: POSY, data: child('Ani A') }, { by: a.by });
    await saveRecord(b.db, { id: c.id, kind: 'posyandu.child', addr: POSY, data: child('Ani B') }, { by: b.by });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, conflicts: 0 });
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, conflicts: 1 });
    const [conf] = await b.db.conflicts.toArray();
    expect((conf.losing.data as any).name).toBe('Ani B');
    expect((conf.winning.data as any).name).toBe('Ani A');
    expect(((await b.db.records.get(c.id))!.data as any).name).toBe('Ani A');
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('a pull never overwrites a record with a queued local edit', async () => {
    const server = setup();
    const a = await phone(server);
    const b = await phone(server);
    const c = await saveRecord(a.db, { kind: 'posyandu.child', addr: POSY, data: child('Dewi') }, { by: a.by });
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await saveRecord(a.db, { id: c.id, kind: 'posyandu.child', addr: POSY, data: child('Dewi A') }, { by: a.by });
    await a.engine.syncOnce();
    // b edits offline; its push fails, so the pull must not replace its edit with a's.
    await saveRecord(b.db, { id: c.id, kind: 'posyandu.child', addr: POSY, data: child('Dewi B') }, { by: b.by });
    server.hook = (path, body) => (path.endsWith('/push') && body.changes.length ? 503 : undefined);
    expect(await b.engine.syncOnce()).toMatchObject({ ok: false, error: 'server' });
    server.hook = () => undefined;
    // Pull alone (as a scheduler tick after the push failed would not do, but make sure anyway):
    const pullOnly = new SyncEngine({ db: b.db, fetch: server.fetch, serverUrl: 'http://county' });
    await (pullOnly as any).pullAll(await (await import('../../../src/sync')).getEnrolment(b.db), { pushed: 0, pulled: 0, conflicts: 0, rejected: 0, resent: 0 });
    expect(((await b.db.records.get(c.id))!.data as any).name).toBe('Dewi B');
  });

  it('tombstones travel both ways', async () => {
    const server = setup();
    const a = await phone(server);
    const b = await phone(server);
    const c = await saveRecord(a.db, { kind: 'posyandu.child', addr: POSY, data: child('Rina') }, { by: a.by });
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await deleteRecord(b.db, c.id, { by: b.by });
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    expect((await a.db.records.get(c.id))!.deleted).toBe(true);
    expect(server.state.records.get(c.id)!.deleted).toBe(true);
  });

  it('401 says the device is revoked and is not retried by itself', async () => {
    const server = setup();
    const a = await phone(server);
    server.state.devices.clear();
    await saveRecord(a.db, { kind: 'posyandu.child', addr: POSY, data: child('X') }, { by: a.by });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: false, error: 'revoked', retryable: false });
    expect(await a.db.outbox.count()).toBe(1);
  });

  it('not enrolled: says so, touches nothing', async () => {
    const db = newDb();
    const engine = new SyncEngine({ db, fetch: new FakeServer().fetch });
    expect(await engine.syncOnce()).toMatchObject({ ok: false, error: 'notEnrolled' });
  });

  it('never reports success when the server leaves changes unanswered', async () => {
    const server = setup();
    const a = await phone(server);
    await saveRecord(a.db, { kind: 'posyandu.child', addr: POSY, data: child('Y') }, { by: a.by });
    const real = server.fetch;
    const fetch = async (url: string, init?: RequestInit) => {
      const res = await real(url, init);
      if (!url.endsWith('/push')) return res;
      const body = await res.json();
      return new Response(JSON.stringify({ ...body, results: [] }), { status: 200 });
    };
    const e = new SyncEngine({ db: a.db, fetch, serverUrl: 'http://county' });
    const out = await e.syncOnce();
    expect(out.ok).toBe(false);
    expect(await a.db.outbox.count()).toBe(1);
    expect((await getSyncState(a.db)).lastSuccessAt).toBeNull();
  });
});
