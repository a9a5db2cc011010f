import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, createCode, listDevices } from '../../../src/server';
import { backends, child, Phone, startTestServer, visit, type TestServer } from './helpers';

const MAWAR = '64.11/64.11.05.2003/posyandu:mawar';

async function kaderOf(s: TestServer, prefix: string): Promise<Phone> {
  const c = await createCode(s.db, { role: 'kader', prefix });
  if (!c.ok) throw new Error(c.reason);
  return Phone.enrol(s.url, c.code);
}

// Push idempotency, rejection, conflicts, tombstones, pull paging and cursors.
describe.each(backends())('push and pull ($name)', (b) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(b);
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('applies a batch once: a replayed batch changes nothing and gets the same versions', async () => {
    const p = await Phone.enrol(s.url, 'KADER-MAWAR');
    const changes = [p.change(visit(MAWAR)), p.change(visit(MAWAR)), p.change(child(MAWAR))];
    const first = await p.push(changes, { appVersion: '0.1.0', pending: 3, configVersion: 1 });
    expect(first.status).toBe(200);
    expect(first.body.results.map((r: any) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(first.body.lastAppliedSeq).toBe(3);
    const versions = first.body.results.map((r: any) => r.version);
    expect(new Set(versions).size).toBe(3);
    const count = async () => Number((await s.db.query<{ n: unknown }>('select count(*) as n from records'))[0].n);
    const before = await count();
    const maxV = async () => Number((await s.db.query<{ v: unknown }>('select max(version) as v from records'))[0].v);
    const vBefore = await maxV();

    const replay = await p.push(changes);
    expect(replay.body.results.map((r: any) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(replay.body.results.map((r: any) => r.version)).toEqual(versions);
    expect(await count()).toBe(before);
    expect(await maxV()).toBe(vBefore);

    // Same append record under a new seq (outbox re-created after a phone restore): still once.
    const again = await p.push([p.change(changes[0].record)]);
    expect(again.body.results[0]).toMatchObject({ status: 'duplicate', version: versions[0] });
    expect(await count()).toBe(before);

    const dev = (await listDevices(s.db)).find((d) => d.id === p.e.deviceId)!;
    expect(dev).toMatchObject({ appVersion: '0.1.0', pending: 3, configVersion: 1, lastAppliedSeq: 4 });
    expect(dev.lastSyncAt).toBeTruthy();
  });

  it('sets updatedBy to the authenticated device, whatever the phone claims', async () => {
    const p = await Phone.enrol(s.url, 'KADER-MAWAR');
    const r = visit(MAWAR, { updatedBy: 'someone-else' });
    await p.push([p.change(r)]);
    const rows = await s.db.query<{ updated_by: string }>('select updated_by from records where id = $1', [r.id]);
    expect(rows[0].updated_by).toBe(p.e.deviceId);
  });

  it('rejects bad changes one by one and goes on with the rest; a replay gives the same answers', async () => {
    const p = await Phone.enrol(s.url, 'KADER-MAWAR');
    const good1 = visit(MAWAR);
    const badData = { ...visit(MAWAR), data: { childId: 'x', date: 'not-a-date', weightKg: 'heavy' } };
    const unknown = { ...visit(MAWAR), kind: 'posyandu.spaceship' };
    const outside = visit('64.11/64.11.05.2004/posyandu:melati');
    const otherModule = { ...visit(MAWAR), kind: 'rt.unit', data: { desaCode: '64.11.05.2003', rtNo: '001' } };
    const good2 = visit(MAWAR);
    const changes = [good1, badData, unknown, outside, otherModule, good2].map((r) => p.change(r));
    const res = await p.push(changes);
    expect(res.status).toBe(200);
    const got = res.body.results.map((r: any) => [r.status, r.reason]);
    expect(got[0][0]).toBe('applied');
    expect(got[1][0]).toBe('rejected');
    expect(got[1][1]).toMatch(/^invalid: posyandu\.visit\./);
    expect(got[2]).toEqual(['rejected', 'unknown-kind']);
    expect(got[3]).toEqual(['rejected', 'scope']);
    expect(got[4]).toEqual(['rejected', 'scope']);
    expect(got[5][0]).toBe('applied');
    expect(res.body.lastAppliedSeq).toBe(6);
    const replay = await p.push(changes);
    expect(replay.body.results.map((r: any) => [r.status, r.reason ?? null])).toEqual(
      res.body.results.map((r: any) => [r.status === 'applied' ? 'duplicate' : r.status, r.reason ?? null]),
    );
    const ids = (await s.db.query<{ id: string }>('select id from records where id = any(array[$1, $2, $3, $4])', [badData.id, unknown.id, outside.id, otherModule.id]));
    expect(ids).toEqual([]);
  });

  it('refuses a batch whose seqs do not increase (400) and writes nothing of it', async () => {
    const p = await Phone.enrol(s.url, 'KADER-MAWAR');
    const a = visit(MAWAR);
    const r = await p.push([{ seq: 5, baseVersion: 0, record: a }, { seq: 5, baseVersion: 0, record: visit(MAWAR) }]);
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('invalid');
    expect(r.body.reason).toMatch(/seq/);
    expect(await s.db.query('select id from records where id = $1', [a.id])).toEqual([]);
    expect((await p.pull()).body.lastAppliedSeq).toBe(0);
  });

  it('resolves concurrent edits of a shared record by first write wins and keeps the loser', async () => {
    const a = await Phone.enrol(s.url, 'KADER-MAWAR');
    const b2 = await Phone.enrol(s.url, 'KADER-MAWAR');
    const c0 = child(MAWAR, 'Nama Awal');
    const v1 = (await a.push([a.change(c0)])).body.results[0].version;
    // A edits twice from v1: her own earlier version never conflicts with her.
    const e1 = await a.push([a.change({ ...c0, data: { ...(c0.data as object), name: 'Nama A1' } }, v1)]);
    expect(e1.body.results[0].status).toBe('applied');
    const e2 = await a.push([a.change({ ...c0, data: { ...(c0.data as object), name: 'Nama A2' } }, v1)]);
    expect(e2.body.results[0].status).toBe('applied');
    const v3 = e2.body.results[0].version;
    // B still based on v1: conflict, server keeps A's version and tells B which one won.
    const lost = { ...c0, data: { ...(c0.data as object), name: 'Nama B' } };
    const rb = await b2.push([b2.change(lost, v1)]);
    expect(rb.body.results[0]).toMatchObject({ status: 'conflict', version: v3 });
    expect(rb.body.results[0].winner).toMatchObject({ id: c0.id, version: v3, updatedBy: a.e.deviceId, data: { name: 'Nama A2' } });
    const kept = await s.db.query<any>('select loser, loser_device, winner_device, base_version, winner_version from conflicts where record_id = $1', [c0.id]);
    expect(kept).toHaveLength(1);
    expect(kept[0].loser_device).toBe(b2.e.deviceId);
    expect(kept[0].winner_device).toBe(a.e.deviceId);
    expect(kept[0].loser.data.name).toBe('Nama B');
    expect(Number(kept[0].base_version)).toBe(v1);
    // The phone restores its version as a new edit on top of the winner: applied.
    const restore = await b2.push([b2.change(lost, v3)]);
    expect(restore.body.results[0].status).toBe('applied');
    // Replaying the conflicted batch answers 'conflict' again and stores nothing more.
    const replay = await b2.push([{ seq: 1, baseVersion: v1, record: lost }]);
    expect(replay.body.results[0].status).toBe('conflict');
    expect(await s.db.query('select id from conflicts where record_id = $1', [c0.id])).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous edits from the same base win', async () => {
    const maker = await Phone.enrol(s.url, 'KADER-MAWAR');
    const a = await Phone.enrol(s.url, 'KADER-MAWAR');
    const b2 = await Phone.enrol(s.url, 'KADER-MAWAR');
    for (let round = 0; round < 5; round++) {
      const c0 = child(MAWAR, 'Awal');
      const v1 = (await maker.push([maker.change(c0)])).body.results[0].version;
      const [ra, rb] = await Promise.all([
        a.push([a.change({ ...c0, data: { ...(c0.data as object), name: 'A' } }, v1)]),
        b2.push([b2.change({ ...c0, data: { ...(c0.data as object), name: 'B' } }, v1)]),
      ]);
      const both = [ra.body.results[0], rb.body.results[0]];
      expect(both.map((x) => x.status).sort()).toEqual(['applied', 'conflict']);
      const winner = both.find((x) => x.status === 'applied')!;
      const loser = both.find((x) => x.status === 'conflict')!;
      expect(loser.winner.version).toBe(winner.version);
      const stored = (await s.db.query<any>('select data, version from records where id = $1', [c0.id]))[0];
      expect(stored.data.name).toBe(loser.winner.data.name);
      expect(await s.db.query('select id from conflicts where record_id = $1', [c0.id])).toHaveLength(1);
    }
  });

  it('syncs deletions as tombstones and applies the same rule to them', async () => {
    const a = await Phone.enrol(s.url, 'KADER-MAWAR');
    const b2 = await Phone.enrol(s.url, 'KADER-MAWAR');
    const c0 = child(MAWAR, 'Hapus Saya');
    const v1 = (await a.push([a.change(c0)])).body.results[0].version;
    const cur = (await b2.pullAll()).cursor;
    const del = await a.push([a.change({ ...c0, deleted: true }, v1)]);
    expect(del.body.results[0].status).toBe('applied');
    const seen = await b2.pullAll(cur);
    const tomb = seen.records.find((r) => r.id === c0.id)!;
    expect(tomb.deleted).toBe(true);
    expect(tomb.version).toBe(del.body.results[0].version);
    const stale = await b2.push([b2.change({ ...c0, deleted: true }, v1)]);
    expect(stale.body.results[0].status).toBe('conflict');
    // An append row can be withdrawn by a tombstone once.
    const v = visit(MAWAR);
    await a.push([a.change(v)]);
    expect((await a.push([a.change({ ...v, deleted: true })])).body.results[0].status).toBe('applied');
    expect((await a.push([a.change({ ...v, deleted: true })])).body.results[0].status).toBe('duplicate');
  });

  it('pages a pull by version with a cursor that never repeats or skips', async () => {
    const prefix = '64.11/64.11.05.2003/posyandu:uji-halaman';
    const p = await kaderOf(s, prefix);
    const ids = new Set<string>();
    for (let batch = 0; batch < 3; batch++) {
      const changes = Array.from({ length: 40 }, () => p.change(visit(prefix)));
      changes.forEach((c) => ids.add(c.record.id));
      const r = await p.push(changes);
      expect(r.body.results.every((x: any) => x.status === 'applied')).toBe(true);
    }
    const reader = await kaderOf(s, prefix);
    const pages: any[] = [];
    let cursor = '0';
    for (;;) {
      const r = await reader.pull(cursor, 50);
      expect(r.status).toBe(200);
      pages.push(r.body);
      const vs = r.body.changes.map((c: any) => c.version);
      expect(vs).toEqual([...vs].sort((x: number, y: number) => x - y));
      if (vs.length) expect(vs[0]).toBeGreaterThan(Number(cursor));
      cursor = r.body.cursor;
      if (!r.body.hasMore) break;
    }
    expect(pages.map((pg) => pg.changes.length)).toEqual([50, 50, 21]);
    const all = pages.flatMap((pg) => pg.changes);
    expect(new Set(all.map((r: any) => r.id)).size).toBe(121);
    expect(all.filter((r: any) => r.kind === 'config.county')).toHaveLength(1);
    expect(all.filter((r: any) => ids.has(r.id))).toHaveLength(120);
    expect(pages[2].peers.map((x: any) => x.deviceId)).toContain(p.e.deviceId);
    expect(pages[2].peers.every((x: any) => !('token' in x))).toBe(true);
    const empty = await reader.pull(cursor);
    expect(empty.body).toMatchObject({ changes: [], cursor, hasMore: false, lastAppliedSeq: 0 });
    expect(typeof empty.body.serverTime).toBe('string');
    const dev = (await listDevices(s.db)).find((d) => d.id === reader.e.deviceId)!;
    expect(dev.lastPullCursor).toBe(Number(cursor));
    expect((await p.pull(cursor)).body.lastAppliedSeq).toBe(120);
  });

  it('restarts from 0 when a phone holds a cursor the server never issued (server restored)', async () => {
    const p = await Phone.enrol(s.url, 'KADER-MAWAR');
    const r = await p.pull('900000000000', 10);
    expect(r.status).toBe(200);
    expect(r.body.cursorReset).toBe(true);
    expect(r.body.changes.length).toBe(10);
    expect(Number(r.body.cursor)).toBeLessThan(900000000000);
  });

  it('shows a PKK coordinator the dasawisma kaders of her area as peers', async () => {
    const dwIn = await Phone.enrol(s.url, 'DW-ANGGREK');
    const dwOut = await Phone.enrol(s.url, 'DW-KENANGA');
    await dwIn.pull();
    const pkk = await Phone.enrol(s.url, 'PKK-RT-001-PS');
    const all = await pkk.pullAll();
    const r = await pkk.pull(all.cursor);
    const peers = r.body.peers.map((x: any) => x.deviceId);
    expect(peers).toContain(dwIn.e.deviceId);
    expect(peers).not.toContain(dwOut.e.deviceId);
    expect(r.body.peers.find((x: any) => x.deviceId === dwIn.e.deviceId).lastSyncAt).toBeTruthy();
  });

  it('keeps records and device state across a restart', async () => {
    const p = await Phone.enrol(s.url, 'KADER-MAWAR');
    const v = visit(MAWAR);
    await p.push([p.change(v)]);
    await s.close();
    const again = await startServer({ port: 0, host: '127.0.0.1', log: () => undefined, ...s.storage });
    try {
      const r = await new Phone(again.url, p.e).pull('0', 2000);
      expect(r.body.lastAppliedSeq).toBe(1);
      expect(r.body.changes.some((c: any) => c.id === v.id)).toBe(true);
    } finally {
      await again.close();
    }
    s = Object.assign(s, { close: async () => undefined });
  });
});
