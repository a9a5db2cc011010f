import { describe, expect, it } from 'vitest';
import { clock, freshDb, person, setupRt } from './fixtures';
import { januaryScenario } from './scenario';
import { loadBooks } from '../../../src/data/rt/books';
import { buildRegister } from '../../../src/data/rt/register';
import { rtNotices } from '../../../src/data/rt/notices';
import { savePerson } from '../../../src/data/rt/operations';
import { countBalitaInRts, findPersonByNik, getPerson } from '../../../src/data/rt/links';
import { monthlyReport, saveActivity, saveTemp } from '../../../src/data/rt/report';
import { reportCsv } from '../../../src/app/rt/print/csv';
import { writeCsv } from '../../../src/domain/csv';
import { cell, sectionsOf, tr } from '../app/t';
import { monthRecap, populationEvents } from '../../../src/data/rt/recap';

describe('notices', () => {
  it('flags a small RT, adults without KTP-el, children without akta and people without a household', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr, hh } = await setupRt(db, ctx, [
      [person('Adi', 'L', '1990-01-01', { documents: { kk: true, akta: true, ktpEl: false } }), person('Bayi', 'P', '2025-06-01', { documents: { kk: true, akta: false, ktpEl: false } })],
      [person('Remaja', 'L', '2010-06-01', { documents: { kk: true, akta: true, ktpEl: false } })],
    ]);
    await savePerson(db, addr, null, person('Sendiri', 'P', '1970-01-01'), ctx);
    const n = rtNotices(buildRegister(await loadBooks(db, addr)), '2026-03-01');
    expect(n.households).toBe(2);
    expect(n.fewHouseholds).toBe(true);
    // Remaja is 15: no KTP-el due yet
    expect(n.adultsWithoutKtp.map((r) => r.person.data.name)).toEqual(['Adi']);
    expect(n.childrenWithoutAkta.map((r) => r.person.data.name)).toEqual(['Bayi']);
    expect(n.withoutHousehold.map((r) => r.person.data.name)).toEqual(['Sendiri']);
    expect(hh).toHaveLength(2);
  });

  it('fifty inhabited households is no longer a small RT', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr } = await setupRt(db, ctx, Array.from({ length: 50 }, (_, i) => [person(`Kepala ${i}`, 'L', '1980-01-01')]));
    expect(rtNotices(buildRegister(await loadBooks(db, addr)), '2026-03-01')).toMatchObject({ households: 50, fewHouseholds: false });
  });
});


describe('links for other modules', () => {
  it('finds a person by NIK and by id, and counts balita the way S counts them', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const { addr, hh } = await setupRt(db, ctx, [
      [person('Ibu', 'P', '1990-01-01', { nik: '6411054101900001' }), person('Balita', 'L', '2022-02-15'), person('Lima', 'P', '2021-01-01')],
    ]);
    expect((await findPersonByNik(db, '6411054101900001'))?.id).toBe(hh[0].people[0].id);
    expect(await findPersonByNik(db, '6411054101900002')).toBeUndefined();
    expect((await getPerson(db, hh[0].people[1].id))?.data.name).toBe('Balita');
    // On 1 Jan 2026 Balita is 46 months, Lima is 60 months: only one balita.
    expect(await countBalitaInRts(db, [addr], '2026-01')).toEqual({ total: 1, byRt: { [addr]: 1 } });
    // Born 2022-02-15: still 47 months on 1 Feb 2026; gone by 2027-03 (60 months on 1 Mar 2027).
    expect((await countBalitaInRts(db, [addr], '2027-03')).total).toBe(0);
  });
});

describe('monthly report (Pasal 24 ayat 2)', () => {
  it('lists births, deaths, temporary residents, rentan adminduk and activities of the month, and exports CSV', async () => {
    const db = freshDb();
    const { ctx } = clock();
    const s = await januaryScenario(db, ctx);
    await saveTemp(db, s.addr, { name: 'Pekerja', sex: 'L', citizenship: 'WNI', arrivalDate: '2025-12-20', departureDate: '2026-01-05', purpose: 'kerja', hostName: 'Andi' }, ctx);
    await saveTemp(db, s.addr, { name: 'Sudah pergi', sex: 'L', citizenship: 'WNI', arrivalDate: '2025-11-01', departureDate: '2025-12-01' }, ctx);
    await saveActivity(db, s.addr, { date: '2026-01-18', title: 'Kerja bakti' }, ctx);
    await saveActivity(db, s.addr, { date: '2026-02-18', title: 'Rapat' }, ctx);
    const books = await loadBooks(db, s.addr);
    const reg = buildRegister(books);
    const r = monthlyReport(books, reg, '2026-01');
    expect(r.births.map((e) => e.data.name)).toEqual(['Putri']);
    expect(r.deaths.map((e) => e.data.name)).toEqual(['Budi']);
    expect(r.temps.map((t) => t.data.name)).toEqual(['Pekerja']);
    // Putri (no akta) is the only one missing documents;
    expect(r.rentan.map((x) => [x.row.person.data.name, x.missing])).toEqual([['Putri', ['akta']]]);
    expect(r.activities.map((a) => a.data.title)).toEqual(['Kerja bakti']);

    // The CSV: each part's values under their own headings ("Tempat lahir" never over a cause of
    // death or over where someone came from), headings in words, dates the Indonesian way.
    const t = tr('id');
    const recap = monthRecap(populationEvents(books, reg, '2026-01-01'), '2026-01');
    const unit = { data: { desaCode: '64.11.05.2003', desaName: 'Sumber', rtNo: '001', rw: '002' } } as Parameters<typeof reportCsv>[1];
    const [rekap, births, deaths, temps, rentan, acts] = sectionsOf(writeCsv(reportCsv(t, unit, reg, r, recap)), [2]);
    expect(rekap.head).toContain('Jumlah penduduk akhir bulan – WNI – P');
    expect(cell(rekap, 0, 'Jumlah penduduk akhir bulan – Jumlah jiwa')).toBe('8');
    expect(cell(rekap, 0, 'Jumlah penduduk akhir bulan – WNI – P')).toBe('4');
    expect(cell(births, 0, 'Nama lengkap')).toBe('Putri');
    expect(cell(births, 0, 'Tanggal lahir')).toBe('10 Jan 2026');
    expect(deaths.head).not.toContain('Tempat lahir');
    expect(deaths.head).toContain('Sebab / tempat meninggal');
    expect(cell(deaths, 0, 'Nama lengkap')).toBe('Budi');
    expect(cell(deaths, 0, 'Tanggal meninggal')).toBe('15 Jan 2026');
    expect(cell(temps, 0, 'Datang dari')).toBe('');
    expect(cell(temps, 0, 'Maksud dan tujuan')).toBe('kerja');
    expect(cell(temps, 0, 'Tanggal pergi')).toBe('5 Jan 2026');
    expect(cell(rentan, 0, 'Belum punya')).toBe('Akta kelahiran');
    expect(cell(acts, 0, 'Tanggal')).toBe('18 Jan 2026');
    expect(cell(acts, 0, 'Kegiatan')).toBe('Kerja bakti');
  });
});
