import { describe, expect, it } from 'vitest';
import { clock, freshDb } from './fixtures';
import { januaryScenario } from './scenario';
import { loadBooks } from '../../../src/data/rt/books';
import { buildRegister } from '../../../src/data/rt/register';
import { balanceChecks, monthRecap, populationEvents, revisions, yearRecap } from '../../../src/data/rt/recap';
import { correctEntry, recordBirth } from '../../../src/data/rt/operations';
import { markReportSent } from '../../../src/data/rt/report';
import { person } from './fixtures';

const cells = (WNI_L: number, WNI_P: number, WNA_L: number, WNA_P: number, KK: number) =>
  ({ WNI: { L: WNI_L, P: WNI_P }, WNA: { L: WNA_L, P: WNA_P }, KK, jiwa: WNI_L + WNI_P + WNA_L + WNA_P });

async function read(db: Awaited<ReturnType<typeof freshDb>>, addr: string) {
  const books = await loadBooks(db, addr);
  const reg = buildRegister(books);
  return { books, reg, events: populationEvents(books, reg, '2026-01-01') };
}

describe('B3 recap from the books', () => {
  it('January equals the hand-computed figures in every cell', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr } = await januaryScenario(db, ctx);
    const { events } = await read(db, addr);
    const jan = monthRecap(events, '2026-01');
    expect(jan.start).toEqual(cells(3, 2, 1, 0, 3));
    expect(jan.lahir).toEqual(cells(0, 1, 0, 0, 0));
    expect(jan.datang).toEqual(cells(1, 1, 0, 1, 0));
    expect(jan.mati).toEqual(cells(1, 0, 0, 0, 0));
    expect(jan.pindah).toEqual(cells(0, 0, 1, 0, 0));
    // H1 (Sari), H2, H4: H3 left with John
    expect(jan.end).toEqual(cells(3, 4, 0, 1, 3));
    expect(balanceChecks(jan).every((b) => b.ok)).toBe(true);
  });

  it('the year view chains months and the December end is the year-end figure', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr } = await januaryScenario(db, ctx);
    const { events } = await read(db, addr);
    const year = yearRecap(events, 2026);
    expect(year).toHaveLength(12);
    for (let i = 1; i < 12; i++) expect(year[i].start).toEqual(year[i - 1].end);
    expect(year[11].end).toEqual(cells(3, 4, 0, 1, 3));
    expect(year[0].end).toEqual(monthRecap(events, '2026-01').end);
  });

  it('a late correction shows in the month it belongs to and flags that reported month as revised', async () => {
    const db = freshDb();
    const c = clock('2026-01-20T08:00:00.000Z');
    const { addr, death } = await januaryScenario(db, c.ctx);
    let r = await read(db, addr);
    c.set('2026-02-01T09:00:00.000Z');
    await markReportSent(db, addr, '2026-01', '2026-02-01', monthRecap(r.events, '2026-01'), undefined, c.ctx);
    r = await read(db, addr);
    expect(revisions(r.reg, r.books).months).toEqual([]);

    // Budi actually died on 2 February: the correction moves the death out of January.
    c.set('2026-02-05T09:00:00.000Z');
    await correctEntry(db, addr, death.id, { reason: 'tanggal salah', changes: { date: '2026-02-02' } }, c.ctx);
    r = await read(db, addr);
    expect(monthRecap(r.events, '2026-01').mati).toEqual(cells(0, 0, 0, 0, 0));
    expect(monthRecap(r.events, '2026-02').mati).toEqual(cells(1, 0, 0, 0, 0));
    expect(revisions(r.reg, r.books).months).toEqual(['2026-01']);
    expect(r.books.reports[0].data.sentRecap?.['mati.WNI.L']).toBe(1);
  });

  it('a birth recorded after the month was reported revises that month; one recorded before does not', async () => {
    const db = freshDb();
    const c = clock('2026-01-20T08:00:00.000Z');
    const { addr, hh } = await januaryScenario(db, c.ctx);
    let r = await read(db, addr);
    c.set('2026-02-01T09:00:00.000Z');
    await markReportSent(db, addr, '2026-01', '2026-02-01', monthRecap(r.events, '2026-01'), undefined, c.ctx);
    c.set('2026-02-10T09:00:00.000Z');
    await recordBirth(db, addr, hh[0].household.id, person('Telat', 'L', '2026-01-30'), c.ctx);
    await recordBirth(db, addr, hh[0].household.id, person('Feb', 'L', '2026-02-03'), c.ctx);
    r = await read(db, addr);
    const rev = revisions(r.reg, r.books);
    expect(rev.months).toEqual(['2026-01']);
    expect(rev.late('2026-01').map((e) => e.type)).toEqual(['lahir']);
    expect(monthRecap(r.events, '2026-01').lahir).toEqual(cells(1, 1, 0, 0, 0));
  });
});
