import { describe, expect, it } from 'vitest';
import { freshDb, clock, person, setupRt } from './fixtures';
import { loadBooks } from '../../../src/data/rt/books';
import { buildRegister, searchPeople } from '../../../src/data/rt/register';
import { correctEntry, recordArrival, recordBirth, recordDeath, recordDeparture, saveHousehold } from '../../../src/data/rt/operations';
import { historyOf } from '../../../src/data/records';

describe('RT book operations', () => {
  it('a birth creates the person in the household and the lahir entry together, queued for sync', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr, hh } = await setupRt(db, ctx, [[person('Budi', 'L', '1990-02-03'), person('Sari', 'P', '1992-05-06')]]);
    const outboxBefore = await db.outbox.count();
    const { person: baby, entry } = await recordBirth(db, addr, hh[0].household.id, person('Putri', 'P', '2026-01-10', { documents: { kk: false, akta: false, ktpEl: false } }), ctx);
    expect(baby.parent).toBe(hh[0].household.id);
    expect(entry.data).toMatchObject({ type: 'lahir', date: '2026-01-10', personId: baby.id, householdId: hh[0].household.id, sex: 'P', name: 'Putri' });
    expect(await db.outbox.count()).toBe(outboxBefore + 2);
    const reg = buildRegister(await loadBooks(db, addr));
    expect(reg.byPerson.get(baby.id)?.residence).toMatchObject({ state: 'aktif', since: '2026-01-10' });
  });

  it('a birth that fails validation writes nothing at all', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr, hh } = await setupRt(db, ctx, [[person('Budi', 'L', '1990-02-03')]]);
    const [records, outbox] = [await db.records.count(), await db.outbox.count()];
    // valid person, but the entry's place is too long: the person must not be left behind
    await expect(recordBirth(db, addr, hh[0].household.id, person('Putri', 'P', '2026-01-10'), ctx, { place: 'x'.repeat(500) })).rejects.toThrow(/place/);
    expect(await db.records.count()).toBe(records);
    expect(await db.outbox.count()).toBe(outbox);
    await expect(recordBirth(db, addr, 'NOPE', person('Putri', 'P', '2026-01-10'), ctx)).rejects.toThrow(/household/);
    expect(await db.records.count()).toBe(records);
  });

  it('death and departure take people out of the active register but keep them and their history', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr, hh } = await setupRt(db, ctx, [
      [person('Budi', 'L', '1950-02-03'), person('Sari', 'P', '1955-05-06')],
      [person('Andi', 'L', '1980-01-01'), person('Rina', 'P', '1982-01-01'), person('Dodi', 'L', '2010-01-01')],
    ]);
    await recordDeath(db, addr, hh[0].people[0].id, { date: '2026-01-15', cause: 'sakit' }, ctx);
    await recordDeparture(db, addr, hh[1].people.map((p) => p.id), { date: '2026-01-20', place: 'Samarinda' }, ctx);
    const reg = buildRegister(await loadBooks(db, addr));
    expect(searchPeople(reg, '').map((r) => r.person.data.name)).toEqual(['Sari']);
    expect(searchPeople(reg, '', { all: true })).toHaveLength(5);
    expect(reg.byPerson.get(hh[0].people[0].id)?.residence).toMatchObject({ state: 'mati', until: '2026-01-15' });
    expect(reg.byPerson.get(hh[1].people[2].id)?.residence).toMatchObject({ state: 'pindah', until: '2026-01-20' });
    expect(reg.households.find((h) => h.household.id === hh[1].household.id)?.active).toHaveLength(0);
    // the person record is untouched and still readable
    expect((await db.records.get(hh[0].people[0].id))?.deleted).toBe(false);
  });

  it('an arrival brings a whole new household with its members', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr } = await setupRt(db, ctx, [[person('Budi', 'L', '1990-02-03')]]);
    const r = await recordArrival(db, addr, {
      date: '2026-01-12', place: 'Balikpapan',
      household: { data: { address: 'Jl. Melati 3', noKk: '6471010101260001' } },
      people: [{ data: person('Joko', 'L', '1985-03-03') }, { data: person('Tini', 'P', '1987-04-04') }, { data: person('Ujang', 'L', '2022-07-07', { citizenship: 'WNA' }) }],
    }, ctx);
    expect(r.entries.map((e) => [e.data.type, e.data.place, e.data.householdId])).toEqual(Array(3).fill(['datang', 'Balikpapan', r.household.id]));
    const reg = buildRegister(await loadBooks(db, addr));
    const row = reg.households.find((h) => h.household.id === r.household.id)!;
    expect(row.active.map((m) => m.person.data.name).sort()).toEqual(['Joko', 'Tini', 'Ujang']);
    expect(reg.byPerson.get(r.people[2].id)?.residence.since).toBe('2026-01-12');
  });

  it('a correcting entry replaces the date of an entry without rewriting it; a cancel brings the person back', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr, hh } = await setupRt(db, ctx, [[person('Budi', 'L', '1950-02-03'), person('Sari', 'P', '1955-05-06')]]);
    const death = await recordDeath(db, addr, hh[0].people[0].id, { date: '2026-01-15' }, ctx);
    const fix = await correctEntry(db, addr, death.id, { reason: 'salah tanggal', changes: { date: '2026-02-02' } }, ctx);
    expect(fix.data).toMatchObject({ corrects: death.id, date: '2026-02-02', type: 'mati' });
    expect((await db.records.get(death.id))?.data).toMatchObject({ date: '2026-01-15' });
    let reg = buildRegister(await loadBooks(db, addr));
    expect(reg.effective).toHaveLength(1);
    expect(reg.effective[0]).toMatchObject({ rootId: death.id, data: { date: '2026-02-02' } });
    expect(reg.effective[0].chain.map((e) => e.id)).toEqual([death.id, fix.id]);
    // correcting the original again goes to the end of the chain, never forks it
    await correctEntry(db, addr, death.id, { cancel: true, reason: 'salah orang' }, ctx);
    reg = buildRegister(await loadBooks(db, addr));
    expect(reg.effective).toHaveLength(0);
    expect(reg.cancelled).toHaveLength(1);
    expect(reg.byPerson.get(hh[0].people[0].id)?.residence.state).toBe('aktif');
    await expect(correctEntry(db, addr, death.id, { cancel: true, reason: 'lagi' }, ctx)).rejects.toThrow(/cancelled/);
  });

  it('cancelling a birth entered by mistake removes the baby from the register, keeping history', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr, hh } = await setupRt(db, ctx, [[person('Budi', 'L', '1990-02-03')]]);
    const { person: baby, entry } = await recordBirth(db, addr, hh[0].household.id, person('Dobel', 'L', '2026-01-03'), ctx);
    await correctEntry(db, addr, entry.id, { cancel: true, reason: 'tercatat dua kali' }, ctx);
    const reg = buildRegister(await loadBooks(db, addr));
    expect(reg.byPerson.has(baby.id)).toBe(false);
    expect((await historyOf(db, baby.id)).at(-1)?.after).toBeNull();
  });

  it('a correction needs a reason', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr, hh } = await setupRt(db, ctx, [[person('Budi', 'L', '1990-02-03')]]);
    const d = await recordDeath(db, addr, hh[0].people[0].id, { date: '2026-01-15' }, ctx);
    await expect(correctEntry(db, addr, d.id, { reason: ' ', changes: { date: '2026-01-16' } }, ctx)).rejects.toThrow(/reason/);
  });

  it('search finds people by name, NIK or No. KK', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr, hh } = await setupRt(db, ctx, [[person('Budi Santoso', 'L', '1990-02-03', { nik: '6471050302900001' })], [person('Siti Aminah', 'P', '1992-05-06')]]);
    await saveHousehold(db, addr, { address: 'Jl. Mawar 2', noKk: '6471010101260009', headPersonId: hh[1].people[0].id }, ctx, hh[1].household.id);
    const reg = buildRegister(await loadBooks(db, addr));
    expect(searchPeople(reg, 'santoso').map((r) => r.person.data.name)).toEqual(['Budi Santoso']);
    expect(searchPeople(reg, '0302900001').map((r) => r.person.data.name)).toEqual(['Budi Santoso']);
    expect(searchPeople(reg, '260009').map((r) => r.person.data.name)).toEqual(['Siti Aminah']);
    expect(searchPeople(reg, 'siti zzz')).toEqual([]);
  });
});
