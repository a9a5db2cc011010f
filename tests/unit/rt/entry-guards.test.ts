import { describe, expect, it } from 'vitest';
import { freshDb, clock, person, setupRt } from './fixtures';
import { getRecord, InvalidRecordError } from '../../../src/data/records';
import { correctEntry, recordArrival, recordDeath, recordDeparture, savePerson } from '../../../src/data/rt/operations';
import type { HouseholdData } from '../../../src/domain/records/rt';

// Issue 13 items 6 and 9 in the RT books' data layer: entries in the order life has them, refused
// with the issue the app words (whatever screen or test writes them), and "Kepala" heads the KK.

async function refusal(p: Promise<unknown>) {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(InvalidRecordError);
  return (err as InvalidRecordError).issue;
}

describe('RT entries in order', () => {
  it('a death before the birth, a departure after the death, a death before a later arrival: refused, nothing written', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr, hh } = await setupRt(db, ctx, [[person('Budi', 'L', '1990-05-01'), person('Sari', 'P', '1992-01-01')]]);
    const [budi, sari] = hh[0].people;
    const before = await db.outbox.count();
    expect(await refusal(recordDeath(db, addr, budi.id, { date: '1990-04-30' }, ctx))).toMatchObject({ rule: 'order.beforeBirth', path: 'date', date: '1990-05-01', name: 'Budi' });
    expect(await db.outbox.count()).toBe(before);

    const death = await recordDeath(db, addr, budi.id, { date: '2026-01-10' }, ctx);
    expect(await refusal(recordDeparture(db, addr, [budi.id], { date: '2026-01-12' }, ctx))).toMatchObject({ rule: 'order.afterDeath', name: 'Budi', date: '2026-01-10' });
    // Sari leaves with him in one departure: all or nothing.
    const n = await db.records.count();
    await refusal(recordDeparture(db, addr, [sari.id, budi.id], { date: '2026-01-12' }, ctx));
    expect(await db.records.count()).toBe(n);

    // A correction moving the death before an arrival already in the books is refused too.
    await recordDeparture(db, addr, [sari.id], { date: '2026-01-03' }, ctx);
    await recordArrival(db, addr, { date: '2026-01-20', household: { id: hh[0].household.id }, people: [{ personId: sari.id }] }, ctx);
    expect(await refusal(recordDeath(db, addr, sari.id, { date: '2026-01-15' }, ctx))).toMatchObject({ rule: 'order.beforeEvent', arg: 'datang', date: '2026-01-20' });
    expect(await refusal(correctEntry(db, addr, death.id, { reason: 'salah', changes: { date: '1980-01-01' } }, ctx))).toMatchObject({ rule: 'order.beforeBirth' });
    // A correction to a later date is fine.
    await correctEntry(db, addr, death.id, { reason: 'tanggal salah', changes: { date: '2026-01-11' } }, ctx);
  });

  it('an arrival of someone born after the arrival date is refused', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr } = await setupRt(db, ctx, [[person('Budi', 'L', '1990-05-01')]]);
    const issue = await refusal(recordArrival(db, addr, { date: '2026-01-02', household: { data: { address: 'Jl. Baru 1' } }, people: [{ data: person('Joko', 'L', '2026-01-03') }] }, ctx));
    expect(issue).toMatchObject({ kind: 'rt.mutation', rule: 'order.beforeBirth', name: 'Joko', date: '2026-01-03' });
  });
});

describe('"Kepala" in the family makes the person the KK head', () => {
  it('saving a person as kepala sets the household head; an arrival with a kepala has its head', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr, hh } = await setupRt(db, ctx, [[person('Budi', 'L', '1950-01-01'), person('Andi', 'L', '1980-01-01')]]);
    const h = hh[0].household;
    expect((await getRecord<HouseholdData>(db, h.id))!.data.headPersonId).toBe(hh[0].people[0].id);
    await savePerson(db, addr, h.id, { ...hh[0].people[1].data, familyPosition: 'kepala' }, ctx, hh[0].people[1].id);
    expect((await getRecord<HouseholdData>(db, h.id))!.data.headPersonId).toBe(hh[0].people[1].id);

    const { household } = await recordArrival(db, addr, {
      date: '2026-01-02', household: { data: { address: 'Jl. Melati 4' } },
      people: [{ data: person('Emma', 'P', '1990-04-04', { familyPosition: 'istri' }) }, { data: person('Joko', 'L', '1985-03-03', { familyPosition: 'kepala' }) }],
    }, ctx);
    const joko = (await db.records.where('kind').equals('rt.person').toArray()).find((p) => (p.data as { name: string }).name === 'Joko')!;
    expect((await getRecord<HouseholdData>(db, household.id))!.data.headPersonId).toBe(joko.id);
  });
});
