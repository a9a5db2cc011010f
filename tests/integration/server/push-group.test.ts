import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, Phone, startTestServer, visit, type TestServer } from './helpers';

const MAWAR = '64.11/64.11.05.2003/posyandu:mawar';

// Concurrent fast-path pushes are written together in one statement (src/server/sync/push-group.ts).
// A batch that cannot go that way (a stored id, an id two phones share, a replay) must get the
// same answers as if it had been sent alone, and must not spoil the other batches of its group.
describe.each(backends())('grouped pushes ($name)', (b) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(b);
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('answers every batch of a concurrent burst as if it had been sent alone', async () => {
    const phones = await Promise.all(Array.from({ length: 8 }, () => Phone.enrol(s.url, 'KADER-MAWAR')));
    const [a, b1, b2, c, ...rest] = phones;
    const stored = visit(MAWAR);
    expect((await a.push([a.change(stored)])).body.results[0].status).toBe('applied');
    const shared = visit(MAWAR);
    const replayBody = [c.change(visit(MAWAR)), c.change(visit(MAWAR))];
    expect((await c.push(replayBody)).status).toBe(200);

    const fresh = (p: Phone, n: number) => Array.from({ length: n }, () => p.change(visit(MAWAR)));
    const aBatch = [...fresh(a, 3), a.change({ ...stored, updatedAt: new Date().toISOString() }), ...fresh(a, 2)];
    const b1Batch = [...fresh(b1, 2), b1.change({ ...shared })];
    const b2Batch = [b2.change({ ...shared }), ...fresh(b2, 2)];
    const bad = c.change({ ...visit(MAWAR), addr: '64.11/64.11.05.2004/posyandu:melati' });
    const restBatches = rest.map((p) => fresh(p, 20));
    const [ra, rb1, rb2, rcReplay, rc, ...rr] = await Promise.all([
      a.push(aBatch), b1.push(b1Batch), b2.push(b2Batch), c.push(replayBody), c.push([bad]),
      ...rest.map((p, i) => p.push(restBatches[i])),
    ]);

    expect(ra.body.results.map((r: any) => r.status)).toEqual(['applied', 'applied', 'applied', 'duplicate', 'applied', 'applied']);
    expect(ra.body.lastAppliedSeq).toBe(a.seq);
    // One of the two phones sending the same new id wins; the other gets a duplicate.
    const sharedStatuses = [rb1.body.results[2].status, rb2.body.results[0].status].sort();
    expect(sharedStatuses).toEqual(['applied', 'duplicate']);
    expect(rb1.body.results.slice(0, 2).map((r: any) => r.status)).toEqual(['applied', 'applied']);
    expect(rb2.body.results.slice(1).map((r: any) => r.status)).toEqual(['applied', 'applied']);
    expect(rcReplay.body.results.map((r: any) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(rc.body.results[0]).toMatchObject({ status: 'rejected', reason: 'scope' });
    for (const r of rr) {
      expect(r.status).toBe(200);
      expect(r.body.results.every((x: any) => x.status === 'applied' && x.version > 0)).toBe(true);
    }

    // Replaying each batch changes nothing and gives the same answers (rejection included).
    const again = await c.push([bad]);
    expect(again.body.results[0]).toMatchObject({ status: 'rejected', reason: 'scope' });
    const r2 = await rest[0].push(restBatches[0]);
    expect(r2.body.results.map((x: any) => x.version)).toEqual(rr[0].body.results.map((x: any) => x.version));

    // Every applied version is distinct, and a pull sees each record once.
    const versions = [ra, rb1, rb2, ...rr].flatMap((r) => r.body.results.filter((x: any) => x.status === 'applied').map((x: any) => x.version));
    expect(new Set(versions).size).toBe(versions.length);
    const all = await a.pullAll('0', 2000);
    const ids = all.records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const batch of restBatches) for (const ch of batch) expect(ids).toContain(ch.record.id);
  });
});
