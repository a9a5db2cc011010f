import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/server/db/types';
import type { Device } from '../../../src/server/auth/devices';
import { PushGroups } from '../../../src/server/sync/push-group';
import { checkChange } from '../../../src/server/sync/scope';
import type { PushChange } from '../../../src/sync/protocol';
import { backends, child, Phone, startTestServer, visit, type TestServer } from './helpers';

const MAWAR = '64.11/64.11.05.2003/posyandu:mawar';

// Concurrent pushes are written together: new append rows in one statement, anything else in one
// general transaction (src/server/sync/push-group.ts, push-tx.ts).
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

  it('general batches (shared records, edits, conflicts, replays) of a concurrent burst: each answered as if sent alone', async () => {
    const phones = await Promise.all(Array.from({ length: 8 }, () => Phone.enrol(s.url, 'KADER-MAWAR')));
    const [a, b, c, d, ...rest] = phones;
    // A child everyone knows at version v.
    const shared = child(MAWAR, 'Bersama');
    const v = (await a.push([a.change(shared)])).body.results[0].version;
    // c's earlier batch, to be replayed in the burst.
    const cFirst = [c.change(child(MAWAR, 'C1')), c.change(visit(MAWAR))];
    const cFirstAnswer = await c.push(cFirst);

    const aBatch = [a.change(child(MAWAR, 'A1')), a.change({ ...shared, data: { ...(shared.data as object), name: 'Versi A' } }, v), a.change(visit(MAWAR))];
    const bBatch = [b.change(child(MAWAR, 'B1')), b.change({ ...shared, data: { ...(shared.data as object), name: 'Versi B' } }, v)];
    const dBatch = [d.change(child(MAWAR, 'D1')), d.change({ ...child('64.11/64.11.05.2004/posyandu:melati', 'Luar') })];
    const restBatches = rest.map((p) => [p.change(child(MAWAR, 'R')), p.change(visit(MAWAR)), p.change(child(MAWAR, 'R2'))]);
    const [ra, rb, rc, rd, ...rr] = await Promise.all([a.push(aBatch), b.push(bBatch), c.push(cFirst), d.push(dBatch), ...rest.map((p, i) => p.push(restBatches[i]))]);

    // The two edits of one record based on the same version: the first to reach the server wins.
    const edits = [ra.body.results[1], rb.body.results[1]];
    expect(edits.map((x: any) => x.status).sort()).toEqual(['applied', 'conflict']);
    const lost = edits.find((x: any) => x.status === 'conflict');
    const won = edits.find((x: any) => x.status === 'applied');
    expect(lost.winner.version).toBe(won.version);
    expect(lost.winner.data.name).toBe(won === ra.body.results[1] ? 'Versi A' : 'Versi B');
    expect(ra.body.results.filter((_: any, i: number) => i !== 1).map((x: any) => x.status)).toEqual(['applied', 'applied']);
    expect(rb.body.results[0].status).toBe('applied');
    // The replay gets what it got the first time.
    expect(rc.body.results.map((x: any) => [x.status, x.version])).toEqual(cFirstAnswer.body.results.map((x: any) => ['duplicate', x.version]));
    expect(rd.body.results.map((x: any) => x.reason ?? x.status)).toEqual(['applied', 'scope']);
    for (const [i, r] of rr.entries()) {
      expect(r.body.results.map((x: any) => x.status)).toEqual(['applied', 'applied', 'applied']);
      expect(r.body.lastAppliedSeq).toBe(rest[i].seq);
    }
    const versions = [ra, rb, rd, ...rr].flatMap((r) => r.body.results.filter((x: any) => x.status === 'applied').map((x: any) => x.version));
    expect(new Set(versions).size).toBe(versions.length);
    // What the server holds is what the answers said.
    const row = (await s.db.query<any>('select data, version from records where id = $1', [shared.id]))[0];
    expect({ name: row.data.name, version: Number(row.version) }).toEqual({ name: won === ra.body.results[1] ? 'Versi A' : 'Versi B', version: won.version });
    const conflicts = await s.db.query<any>('select loser_device from conflicts where record_id = $1', [shared.id]);
    expect(conflicts.map((x) => x.loser_device)).toEqual([lost === ra.body.results[1] ? a.e.deviceId : b.e.deviceId]);
  });

  // The scheduler itself, fed in one tick so the grouping is certain: how many transactions, and
  // that batches sharing a record never share one (each is decided as if alone, in arrival order).
  it('writes the general batches of many devices in one transaction, and batches sharing a record in separate ones', async () => {
    let txs = 0;
    const counting: Db = { kind: s.db.kind, query: (q, p) => s.db.query(q, p), tx: (fn) => (txs++, s.db.tx(fn)), close: async () => undefined };
    const groups = new PushGroups(counting, { maxInFlight: 1 });
    const phones = await Promise.all(Array.from({ length: 6 }, () => Phone.enrol(s.url, 'KADER-MAWAR')));
    const device = (p: Phone): Device => ({ id: p.e.deviceId, kab: '64.11', role: p.e.role, scope: p.e.scope, label: p.e.scope.label });
    const submit = (p: Phone, changes: PushChange[]) => groups.submit({ device: device(p), req: { changes }, checks: changes.map((c) => checkChange(p.e.scope, c.record)) });

    const shared = child(MAWAR, 'Satu');
    const [first] = await Promise.all([submit(phones[0], [phones[0].change(shared)])]);
    const v = first.results[0].version!;
    expect(txs).toBe(1);

    txs = 0;
    const edit = (p: Phone, name: string) => p.change({ ...shared, data: { ...(shared.data as object), name } }, v);
    const answers = await Promise.all([
      submit(phones[1], [phones[1].change(child(MAWAR, 'B')), edit(phones[1], 'Versi 1')]),
      ...phones.slice(2, 5).map((p) => submit(p, [p.change(child(MAWAR, 'X')), p.change(visit(MAWAR))])),
      submit(phones[5], [edit(phones[5], 'Versi 5')]),
    ]);
    // Four batches in one transaction; the one sharing the child with the first waits for the next.
    expect(txs).toBe(2);
    expect(answers[0].results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(answers[4].results[0]).toMatchObject({ status: 'conflict', winner: { data: { name: 'Versi 1' }, version: answers[0].results[1].version } });
    for (const a of answers.slice(1, 4)) expect(a.results.map((r) => r.status)).toEqual(['applied', 'applied']);
  });
});
