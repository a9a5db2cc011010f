import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { KaderDb } from '../../../src/data/db';
import { deleteRecord, listRecords, saveRecord } from '../../../src/data/records';
import { posyanduAddr } from '../../../src/domain/records';

const db = new KaderDb('list-records');
afterAll(async () => {
  db.close();
  await Dexie.delete('list-records');
});

describe('listRecords', () => {
  it('returns the records at or below an address, segment by segment, without tombstones', async () => {
    const ctx = { by: 'dev-1' };
    const child = (name: string) => ({ name, sex: 'P', birthDate: '2024-01-01', hasKms: true });
    const p1 = posyanduAddr('64.11.05.2003', 'P1');
    const p10 = posyanduAddr('64.11.05.2003', 'P10');
    await saveRecord(db, { kind: 'posyandu.child', addr: p1, data: child('Ani') }, ctx);
    await saveRecord(db, { kind: 'posyandu.child', addr: p10, data: child('Budi') }, ctx);
    const gone = await saveRecord(db, { kind: 'posyandu.child', addr: p1, data: child('Citra') }, ctx);
    await deleteRecord(db, gone.id, ctx);
    expect((await listRecords<{ name: string }>(db, 'posyandu.child', p1)).map((r) => r.data.name)).toEqual(['Ani']);
    expect((await listRecords<{ name: string }>(db, 'posyandu.child', p10)).map((r) => r.data.name)).toEqual(['Budi']);
    expect((await listRecords(db, 'posyandu.child', '64.11/64.11.05.2003')).length).toBe(2);
    expect((await listRecords(db, 'posyandu.child')).length).toBe(2);
  });
});
