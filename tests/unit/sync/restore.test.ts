import { describe, expect, it } from 'vitest';
import { saveRecord } from '../../../src/data/records';
import type { KaderDb } from '../../../src/data/db';
import { SyncEngine, getSyncState } from '../../../src/sync';
import { renumberPending } from '../../../src/sync/restore';
import { FakeServer } from './fake-server';
import { child, newDb, POSY, scopePosy } from './helpers';

function setup() {
  const server = new FakeServer();
  server.codes.set('KADER-MAWAR', scopePosy);
  return server;
}

/** A backup of the phone: every table copied into a new database, as a restore would give. */
async function backupOf(db: KaderDb): Promise<KaderDb> {
  const copy = newDb();
  await copy.open();
  for (const t of db.tables) await copy.table(t.name).bulkAdd(await t.toArray());
  return copy;
}

const save = (db: KaderDb, by: string, name: string) => saveRecord(db, { kind: 'posyandu.child', addr: POSY, data: child(name) }, { by });

describe('backups on either side', () => {
  it('server restored from an older backup: the phone notices and sends its own records again', async () => {
    const server = setup();
    const db = newDb();
    const engine = new SyncEngine({ db, fetch: server.fetch, serverUrl: 'http://c' });
    const { deviceId: by } = await engine.enroll('KADER-MAWAR');
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await save(db, by, `S${i}`)).id);
    await engine.syncOnce();
    const backup = server.snapshot();
    for (let i = 0; i < 5; i++) ids.push((await save(db, by, `T${i}`)).id);
    await engine.syncOnce();
    expect(server.state.records.size).toBe(15);

    server.restore(backup); // the county restored last night's backup
    expect(server.state.records.size).toBe(10);
    ids.push((await save(db, by, 'after')).id);
    const out = await engine.syncOnce();
    expect(out).toMatchObject({ ok: true });
    expect(out.resent).toBeGreaterThanOrEqual(15);
    expect([...server.state.records.keys()].sort()).toEqual([...ids].sort());
    const st = await getSyncState(db);
    expect(st.ackedSeq).toBe(server.state.devices.get(`tok-${by}`)!.lastAppliedSeq);
    // A second sync finds nothing wrong any more.
    expect(await engine.syncOnce()).toMatchObject({ ok: true, resent: 0 });
  });

  it('phone restored from an older backup: queued and new changes are renumbered, none taken as duplicates', async () => {
    const server = setup();
    const db = newDb();
    const engine = new SyncEngine({ db, fetch: server.fetch, serverUrl: 'http://c' });
    const { deviceId: by } = await engine.enroll('KADER-MAWAR');
    for (let i = 0; i < 10; i++) await save(db, by, `S${i}`);
    await engine.syncOnce(); // seqs 1..10 on the server
    for (let i = 0; i < 3; i++) await save(db, by, `Q${i}`); // queued, not sent yet
    const backup = await backupOf(db);
    for (let i = 0; i < 5; i++) await save(db, by, `U${i}`);
    await engine.syncOnce(); // seqs up to 18 on the server
    expect(server.state.records.size).toBe(18);

    // The phone is reset and restored from the backup, then used offline before syncing.
    const restored = new SyncEngine({ db: backup, fetch: server.fetch, serverUrl: 'http://c' });
    const fresh: string[] = [];
    for (let i = 0; i < 7; i++) fresh.push((await save(backup, by, `R${i}`)).id);
    const out = await restored.syncOnce();
    expect(out.ok).toBe(true);
    for (const id of fresh) expect(server.state.records.has(id)).toBe(true);
    expect(server.state.records.size).toBe(25);
    expect(await backup.outbox.count()).toBe(0);
    // The restored phone also got back what it had sent after the backup was taken.
    expect(await backup.records.count()).toBe(25);
  });

  it('renumbering keeps order and moves the key generator above the server', async () => {
    const db = newDb();
    for (let i = 0; i < 3; i++) await save(db, 'd', `N${i}`);
    const before = (await db.outbox.toArray()).map((e) => e.recordId);
    expect(await renumberPending(db, 100)).toBe(3);
    const after = await db.outbox.toArray();
    expect(after.map((e) => e.seq)).toEqual([101, 102, 103]);
    expect(after.map((e) => e.recordId)).toEqual(before);
    await save(db, 'd', 'next');
    expect((await db.outbox.orderBy(':id').last())!.seq).toBe(104);

    const empty = newDb();
    await renumberPending(empty, 50);
    await save(empty, 'd', 'first');
    expect((await empty.outbox.toArray())[0].seq).toBe(51);
  });
});
