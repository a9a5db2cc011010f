import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { KaderDb } from '../../../src/data/db';
import { deleteRecord, saveRecord } from '../../../src/data/records';
import { findNikHolders, otherHolders } from '../../../src/data/nik';

// Issue 13 item 7: a NIK already used by another person in the phone's books, in any module, is
// found and named; the record itself and the records linked to the same person are not "another".
const NIK = '6411054503900001';
const ctx = { by: 'test' };

async function books() {
  const db = new KaderDb(`nik-${Math.random()}`);
  const rt = '64.11/64.11.05.2003/rt:001';
  const pos = '64.11/64.11.05.2003/posyandu:mawar';
  const dw = '64.11/64.11.05.2003/rt:001/dw:anggrek';
  const sari = await saveRecord(db, { kind: 'rt.person', addr: rt, data: { name: 'Sari', nik: NIK, sex: 'P', birthDate: '1990-03-05', citizenship: 'WNI' } }, ctx);
  await saveRecord(db, { kind: 'posyandu.wuspus', addr: pos, data: { name: 'Sari', nik: NIK, pus: true, kbActive: true, personId: sari.id } }, ctx);
  const other = await saveRecord(db, { kind: 'dasawisma.member', addr: dw, data: { name: 'Wati', nik: NIK, sex: 'P' } }, ctx);
  const gone = await saveRecord(db, { kind: 'posyandu.child', addr: pos, data: { name: 'Bayu', nik: NIK, sex: 'L', birthDate: '2024-01-01', hasKms: true } }, ctx);
  await deleteRecord(db, gone.id, ctx);
  await saveRecord(db, { kind: 'rt.person', addr: rt, data: { name: 'Lain', nik: '6411050101800001', sex: 'L', birthDate: '1980-01-01', citizenship: 'WNI' } }, ctx);
  return { db, sari, other };
}

describe('findNikHolders', () => {
  it('finds every live record with the NIK, in every module, with its name and link', async () => {
    const { db, sari, other } = await books();
    const holders = await findNikHolders(db, NIK);
    expect(holders.map((h) => [h.kind, h.name, h.personId ?? null]).sort()).toEqual([
      ['dasawisma.member', 'Wati', null],
      ['posyandu.wuspus', 'Sari', sari.id],
      ['rt.person', 'Sari', null],
    ]);
    expect(holders.find((h) => h.kind === 'dasawisma.member')!.id).toBe(other.id);
    expect(await findNikHolders(db, '641105450390000')).toEqual([]);
    db.close();
  });
  it('reads a NIK inside a group (an LKD board member)', async () => {
    const db = new KaderDb(`nik-${Math.random()}`);
    await saveRecord(db, { kind: 'lkd.seat', addr: '64.11/64.11.05.2003/lkd:lpm', data: { position: 'ketua', person: { name: 'Pak Seno', nik: NIK } } }, ctx);
    expect((await findNikHolders(db, NIK)).map((h) => [h.kind, h.name])).toEqual([['lkd.seat', 'Pak Seno']]);
    db.close();
  });
});

describe('otherHolders', () => {
  it('leaves out the record itself, records linked to the same person, and the same name', async () => {
    const { db, sari } = await books();
    const holders = await findNikHolders(db, NIK);
    // Editing Sari in the RT books: the WUS/PUS row linked to her is her; Wati is someone else.
    expect(otherHolders(holders, { id: sari.id, name: 'Sari' }).map((h) => h.name)).toEqual(['Wati']);
    // A new Posyandu child typed with Sari's NIK: both Sari and Wati are others.
    expect(otherHolders(holders, { name: 'Bayi Baru' }).map((h) => h.name).sort()).toEqual(['Sari', 'Sari', 'Wati']);
    // A new register row linked to Sari's rt.person.
    expect(otherHolders(holders, { personId: sari.id, name: 'Sari W.' }).map((h) => h.name)).toEqual(['Wati']);
    db.close();
  });
});
