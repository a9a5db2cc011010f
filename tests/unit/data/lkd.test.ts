import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KaderDb } from '../../../src/data/db';
import { setEnrolment } from '../../../src/data/device';
import { saveRecord } from '../../../src/data/records';
import {
  createInstitution, institutionAddr, judge, lkdContext, loadDesaBooks, posyanduCodeOf, replaceSeat, saveBoard, saveSeat,
} from '../../../src/data/lkd';

// The Desa tab's data on a real (fake-indexeddb) database: institutions, boards and seats judged
// with the RT books held on the phone; writes are all-or-nothing.

const DESA = '64.11/64.11.05.2003';
const ctx = { by: 'dev-desa' };
let n = 0;
const opened: KaderDb[] = [];

async function freshDb() {
  const db = new KaderDb(`lkd-${++n}`);
  opened.push(db);
  await db.open();
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const yearsBefore = (date: string, y: number) => `${+date.slice(0, 4) - y}${date.slice(4)}`;
const TODAY = new Date().toISOString().slice(0, 10);

async function person(db: KaderDb, rt: string, name: string, age: number) {
  return saveRecord(db, { kind: 'rt.person', addr: `${DESA}/rt:${rt}`, data: { name, sex: 'L', birthDate: yearsBefore(TODAY, age), citizenship: 'WNI' } }, ctx);
}

describe('LKD data layer', () => {
  it('places each institution: an RT board under its RT, a Posyandu\'s under it, one LPM per desa, several kelompok PKK', () => {
    expect(institutionAddr({ desaCode: '64.11.05.2003', type: 'rt', rtNo: '002' })).toBe(`${DESA}/rt:002/lkd:rt`);
    expect(institutionAddr({ desaCode: '64.11.05.2003', type: 'posyandu', posyanduId: 'mawar' })).toBe(`${DESA}/posyandu:mawar/lkd:posyandu`);
    expect(institutionAddr({ desaCode: '64.11.05.2003', type: 'lpm' })).toBe(`${DESA}/lkd:lpm`);
    expect(institutionAddr({ desaCode: '64.11.05.2003', type: 'pkk-kelompok' }, () => '01ABC')).toBe(`${DESA}/lkd:pkk-kelompok-01abc`);
    expect(posyanduCodeOf('Posyandu Mawar')).toBe('mawar');
    expect(posyanduCodeOf('Posyandu Melati Putih')).toBe('melati-putih');
  });

  it('a board member linked to the RT books who is 62 shows on the LPM board as over 60, with the article', async () => {
    const db = await freshDb();
    const old = await person(db, '001', 'Haji Abdul', 62);
    const young = await person(db, '002', 'Andi', 30);
    const lpm = await createInstitution(db, { desaCode: '64.11.05.2003', type: 'lpm' }, { type: 'lpm', name: 'LPM' }, ctx);
    const board = await saveBoard(db, lpm.addr, { termStart: yearsBefore(TODAY, 1), skNumber: '141/1', skDate: yearsBefore(TODAY, 1) }, ctx);
    await saveSeat(db, board, { position: 'ketua', person: { personId: old.id, name: old.data.name } }, ctx);
    await saveSeat(db, board, { position: 'sekretaris', person: { personId: young.id, name: young.data.name } }, ctx);
    const books = await loadDesaBooks(db, DESA);
    expect(books.rts).toEqual(['001', '002']);
    const [j] = judge(books, TODAY);
    const ketua = j.result.current!.seats.find((s) => s.seat.position === 'ketua')!;
    expect(ketua.findings.map((f) => [f.code, f.article, f.values?.age])).toEqual([['age-over', 'Pasal 90 ayat (1) huruf g', 62]]);
    expect(j.result.current!.seats.find((s) => s.seat.position === 'sekretaris')!.findings).toEqual([]);
    // The person moves out: the next reading shows it, nothing typed again.
    await saveRecord(db, { kind: 'rt.mutation', addr: `${DESA}/rt:002`, data: { type: 'pindah', date: TODAY, personId: young.id, householdId: 'h', name: 'Andi', sex: 'L', citizenship: 'WNI', birthDate: young.data.birthDate } }, ctx);
    const again = judge(await loadDesaBooks(db, DESA), TODAY)[0];
    expect(again.result.current!.seats.find((s) => s.seat.position === 'sekretaris')!.findings.map((f) => f.code)).toEqual(['moved']);
  });

  it('an institution that already stands at its place is returned, not made twice', async () => {
    const db = await freshDb();
    const a = await createInstitution(db, { desaCode: '64.11.05.2003', type: 'karang-taruna' }, { type: 'karang-taruna', name: 'KT' }, ctx);
    const b = await createInstitution(db, { desaCode: '64.11.05.2003', type: 'karang-taruna' }, { type: 'karang-taruna', name: 'KT 2' }, ctx);
    expect(b.id).toBe(a.id);
    expect((await loadDesaBooks(db, DESA)).groups).toHaveLength(1);
  });

  it('two institution records at one address (two phones offline) are one institution: the later edit names it, boards of both show', async () => {
    const db = await freshDb();
    const addr = `${DESA}/lkd:lpm`;
    await db.records.bulkPut([
      { id: 'I1', kind: 'lkd.institution', addr, parent: null, data: { type: 'lpm', name: 'LPM lama' }, deleted: false, version: 3, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'a' },
      { id: 'I2', kind: 'lkd.institution', addr, parent: null, data: { type: 'lpm', name: 'LPM Desa' }, deleted: false, version: 4, updatedAt: '2026-02-01T00:00:00.000Z', updatedBy: 'b' },
      { id: 'B1', kind: 'lkd.board', addr, parent: null, data: { termStart: '2025-01-01' }, deleted: false, version: 5, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'a' },
    ]);
    const books = await loadDesaBooks(db, DESA);
    expect(books.groups.map((g) => [g.record.data.name, g.boards.length])).toEqual([['LPM Desa', 1]]);
  });

  it('a replacement between terms ends the old seat and opens the new one together, or neither', async () => {
    const db = await freshDb();
    const rt = await createInstitution(db, { desaCode: '64.11.05.2003', type: 'rt', rtNo: '001' }, { type: 'rt', name: 'RT 001' }, ctx);
    const board = await saveBoard(db, rt.addr, { termStart: '2025-01-01' }, ctx);
    const ketua = await saveSeat(db, board, { position: 'ketua', person: { name: 'Pak Lama' } }, ctx);
    const end = { end: '2026-03-01', endReason: 'mundur' as const };
    // A new holder whose data is invalid: nothing is written, the old ketua stays.
    await expect(replaceSeat(db, board, ketua, end, { position: 'ketua', person: { name: 'x'.repeat(500) } }, ctx)).rejects.toThrow();
    expect((await db.records.get(ketua.id))!.data).not.toHaveProperty('end');
    const outboxBefore = await db.outbox.count();
    const next = await replaceSeat(db, board, ketua, end, { position: 'anggota', person: { name: 'Pak Baru' } }, ctx);
    expect(next.data).toMatchObject({ position: 'ketua', replaces: ketua.id, start: '2026-03-01' });
    expect((await db.records.get(ketua.id))!.data).toMatchObject({ end: '2026-03-01', endReason: 'mundur' });
    expect(await db.outbox.count()).toBe(outboxBefore + 2);
  });

  it('refuses a seat that ends before it starts and a term that ends before it starts', async () => {
    const db = await freshDb();
    const rt = await createInstitution(db, { desaCode: '64.11.05.2003', type: 'rt', rtNo: '001' }, { type: 'rt', name: 'RT 001' }, ctx);
    await expect(saveBoard(db, rt.addr, { termStart: '2025-01-01', termEnd: '2024-01-01' }, ctx)).rejects.toThrow(/termEnd/);
    const board = await saveBoard(db, rt.addr, { termStart: '2025-01-01' }, ctx);
    await expect(saveSeat(db, board, { position: 'ketua', end: '2024-12-31', person: { name: 'A' } }, ctx)).rejects.toThrow(/end/);
  });

  it('knows its desa and whether it may write: desa staff write, an RT head reads its own RT, others are not for it', async () => {
    const db = await freshDb();
    const enrol = (role: string, prefix: string, modules: string[]) =>
      setEnrolment(db, { deviceId: 'd', token: 't', role: role as never, scope: { kabupaten: '64.11', prefix, modules: modules as never, label: 'Sekretariat LKD, Desa Prangat Selatan' }, serverUrl: '', enrolledAt: '' });
    await enrol('desa', DESA, ['lkd']);
    expect(await lkdContext(db)).toMatchObject({ desaCode: '64.11.05.2003', desaName: 'Prangat Selatan', readPrefix: DESA, canWrite: true, otherRole: false });
    await enrol('ketua-rt', `${DESA}/rt:001`, ['rt']);
    expect(await lkdContext(db)).toMatchObject({ readPrefix: `${DESA}/rt:001`, canWrite: false, rtOnly: '001' });
    await enrol('kader', `${DESA}/posyandu:mawar`, ['posyandu']);
    expect(await lkdContext(db)).toMatchObject({ otherRole: true, canWrite: false });
    await setEnrolment(db, null);
    expect(await lkdContext(db)).toMatchObject({ desaCode: null, canWrite: true });
    await person(db, '003', 'Warga', 30);
    await saveRecord(db, { kind: 'rt.unit', addr: `${DESA}/rt:003`, data: { desaCode: '64.11.05.2003', desaName: 'Prangat Selatan', rtNo: '003' } }, ctx);
    expect(await lkdContext(db)).toMatchObject({ desaCode: '64.11.05.2003', desaName: 'Prangat Selatan', readPrefix: DESA });
  });
});
