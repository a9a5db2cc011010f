import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KaderDb } from '../../../src/data/db';
import { setEnrolment } from '../../../src/data/device';
import {
  addCash, buildQuarter, createPost, currentBoard, loadPost, markQuarterSent, monthSummary, posyantekContext, quarterSent, replaceSeat, saveActivity, saveBoard, saveSeat, type PSeat,
} from '../../../src/data/posyantek';
import { POSITIONS, quarterState } from '../../../src/domain/posyantek';

// One Posyantek's books on a real (fake-indexeddb) database: one post per place, the board of six
// with a replacement between terms in one transaction, the cash book and a quarterly report.

const DESA = '64.11/64.11.05.2003';
const KEC = '64.11/64.11.05';
const ctx = { by: 'dev-desa' };
let n = 0;
const opened: KaderDb[] = [];

async function freshDb() {
  const db = new KaderDb(`posyantek-${++n}`);
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

describe('Posyantek data layer', () => {
  it('one post per place: a Posyantekdes under the desa, the antar desa post under the kecamatan', async () => {
    const db = await freshDb();
    const a = await createPost(db, DESA, { level: 'desa', name: 'Posyantekdes Prangat Selatan' }, ctx);
    const again = await createPost(db, DESA, { level: 'desa', name: 'Kedua' }, ctx);
    expect(a.addr).toBe(`${DESA}/posyantek:desa`);
    expect(again.id).toBe(a.id);
    const k = await createPost(db, KEC, { level: 'antar-desa', name: 'Posyantek Antar Desa' }, ctx);
    expect(k.addr).toBe(`${KEC}/posyantek:antar-desa`);
    expect(await db.outbox.count()).toBe(2);
  });

  it('a board of six; a replacement ends the old seat the day before and takes the position, all or nothing', async () => {
    const db = await freshDb();
    const post = await createPost(db, DESA, { level: 'desa', name: 'P' }, ctx);
    const board = await saveBoard(db, post, { termStart: '2026-01-01', skNumber: '140/01/2026' }, ctx);
    const seats: PSeat[] = [];
    for (const [i, position] of POSITIONS.entries()) seats.push(await saveSeat(db, board, { position, person: { name: `Orang ${i}` } }, ctx));
    let books = (await loadPost(db, post.id))!;
    expect(currentBoard(books, '2026-06-01')!.view.findings).toEqual([]);

    await replaceSeat(db, board, seats[2], '2026-07-01', 'mundur', { position: 'ketua', skNumber: '140/07/2026', person: { name: 'Bendahara Baru' } }, ctx);
    books = (await loadPost(db, post.id))!;
    const now = currentBoard(books, '2026-07-01')!;
    expect(now.view.holders.bendahara?.name).toBe('Bendahara Baru'); // the old seat's position, not the one typed
    expect(currentBoard(books, '2026-06-30')!.view.holders.bendahara?.name).toBe('Orang 2');
    expect(books.boards[0].seats.find((s) => s.id === seats[2].id)!.data).toMatchObject({ end: '2026-06-30', endReason: 'mundur' });

    // A refused replacement (its end before its start) leaves the board as it was.
    const before = await db.records.count();
    await expect(replaceSeat(db, board, seats[0], '2025-01-01', 'mundur', { position: 'ketua', person: { name: 'X' } }, ctx)).rejects.toThrow();
    expect(await db.records.count()).toBe(before);
  });

  it('cash book sums, the split and a quarterly report marked sent', async () => {
    const db = await freshDb();
    const post = await createPost(db, DESA, { level: 'desa', name: 'P' }, ctx);
    await addCash(db, post, { date: '2026-04-02', category: 'pendapatan-usaha', amount: 1_000_001, description: 'Sewa alat' }, ctx);
    await addCash(db, post, { date: '2026-04-03', category: 'beban-usaha', amount: 1, description: 'Solar' }, ctx);
    await addCash(db, post, { date: '2026-05-01', category: 'dana-desa', amount: 2_000_000, description: 'Dana Desa' }, ctx);
    await saveActivity(db, post, { date: '2026-05-05', type: 'pelatihan', title: 'Pelatihan pengering', participants: 20 }, ctx);
    await expect(addCash(db, post, { date: '2026-05-01', category: 'beban-usaha', amount: 10.5, description: 'x' }, ctx)).rejects.toThrow();
    let books = (await loadPost(db, post.id))!;
    expect(monthSummary(books, '2026-04')).toMatchObject({ income: 1_000_001, expense: 1, closing: 1_000_000 });
    const r = buildQuarter(books, 2026, 2);
    expect(r.cash.business.lines.map((l) => l.amount)).toEqual([400_000, 100_000, 150_000, 150_000, 200_000]);
    expect(r.activities.pelatihan).toEqual({ count: 1, participants: 20 });
    await markQuarterSent(db, post, { quarter: '2026-Q2', sentOn: '2026-07-08', sentTo: 'Kepala Desa' }, ctx);
    await markQuarterSent(db, post, { quarter: '2026-Q2', sentOn: '2026-07-20', sentTo: 'Kepala Desa' }, ctx);
    books = (await loadPost(db, post.id))!;
    // The first sending counts for the deadline (7 July): one day late.
    expect(quarterSent(books, '2026-Q2')!.data.sentOn).toBe('2026-07-08');
    expect(quarterState(2026, 2, quarterSent(books, '2026-Q2')!.data.sentOn, '2026-08-01')).toBe('late');
  });

  it('context: desa staff keep their desa\'s post; a posyantek phone its own; others none', async () => {
    const db = await freshDb();
    await setEnrolment(db, { deviceId: 'd1', token: 't', role: 'desa', scope: { kabupaten: '64.11', prefix: DESA, modules: ['lkd', 'posyantek'], label: 'Desa' } } as never);
    expect(await posyantekContext(db)).toMatchObject({ placeAddr: DESA, canWrite: true, level: 'desa' });
    await setEnrolment(db, { deviceId: 'd1', token: 't', role: 'posyantek', scope: { kabupaten: '64.11', prefix: `${KEC}/posyantek:antar-desa`, modules: ['posyantek'], label: 'Antar Desa' } } as never);
    expect(await posyantekContext(db)).toMatchObject({ placeAddr: KEC, readPrefix: `${KEC}/posyantek:antar-desa`, canWrite: true, level: 'antar-desa' });
    await setEnrolment(db, { deviceId: 'd1', token: 't', role: 'kader', scope: { kabupaten: '64.11', prefix: `${DESA}/posyandu:mawar`, modules: ['posyandu'], label: 'K' } } as never);
    expect(await posyantekContext(db)).toMatchObject({ placeAddr: null, canWrite: false });
  });
});
