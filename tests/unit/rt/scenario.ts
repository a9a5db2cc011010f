import type { KaderDb } from '../../../src/data/db';
import type { WriteContext } from '../../../src/data/records';
import { recordArrival, recordBirth, recordDeath, recordDeparture } from '../../../src/data/rt/operations';
import { person, setupRt } from './fixtures';

/**
 * January 2026 of a small RT, with figures worked out by hand in recap.test.ts:
 *   H1 Budi (L) Sari (P) · H2 Andi (L) Rina (P) Dodi (L) · H3 John (L, WNA) — book opened 1 Jan
 *   10 Jan Putri (P) born in H2 · 12 Jan H4 arrives: Joko (L), Tini (P), Emma (P, WNA)
 *   15 Jan Budi dies · 25 Jan John moves away (H3 empties)
 */
export async function januaryScenario(db: KaderDb, ctx: WriteContext) {
  const rt = await setupRt(db, ctx, [
    [person('Budi', 'L', '1950-02-03'), person('Sari', 'P', '1955-05-06')],
    [person('Andi', 'L', '1980-01-01'), person('Rina', 'P', '1982-01-01'), person('Dodi', 'L', '2010-01-01')],
    [person('John', 'L', '1970-01-01', { citizenship: 'WNA' })],
  ]);
  const { addr, hh } = rt;
  const birth = await recordBirth(db, addr, hh[1].household.id, person('Putri', 'P', '2026-01-10', { documents: { kk: true, akta: false, ktpEl: false } }), ctx);
  const arrival = await recordArrival(db, addr, {
    date: '2026-01-12', place: 'Balikpapan', household: { data: { address: 'Jl. Melati 3' } },
    people: [{ data: person('Joko', 'L', '1985-03-03') }, { data: person('Tini', 'P', '1987-04-04') }, { data: person('Emma', 'P', '1990-04-04', { citizenship: 'WNA' }) }],
  }, ctx);
  const death = await recordDeath(db, addr, hh[0].people[0].id, { date: '2026-01-15' }, ctx);
  const departure = await recordDeparture(db, addr, [hh[2].people[0].id], { date: '2026-01-25', place: 'Jakarta' }, ctx);
  return { ...rt, birth, arrival, death, departure };
}
