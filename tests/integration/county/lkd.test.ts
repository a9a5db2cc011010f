import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desaAddr, lkdAddr, posyanduAddr, rtAddr, type SyncRecord } from '../../../src/domain/records';
import { enrol, rec, type Phone } from '../server/helpers';
import { County, countyBackends, pushAll, startCountyServer, type CountyServer } from './setup';

// The county's view of the village institutions (issue 18 items 2, 4, 5) against the real server:
// a desa phone of Prangat Baru records its boards, the RT phone its RT books (ages, a departure);
// the county report judges every board with the Perdes from those RT books — no age or residence
// typed twice — per institution, desa and kecamatan, as JSON and CSV, with each finding's article.
// Scopes both ways: the county sees both demo desa; a desa phone gets no county report.

const PB = '64.11.05.2004';
const PS = '64.11.05.2003';
const DAY = '2026-06-30';
const NEXT = '2026-07-01';
const RT1 = rtAddr(PB, '001');

type Row = { desa: string; name: string; type: string; issues: { position: string; code: string; article: string; values?: Record<string, unknown> }[]; open: { position: string; section?: string; article: string }[]; ineligible: number; openSeats: number; endsSoon: boolean; status: string; skNumber?: string; termEnd?: string; termArticle?: string; seated: number };

/** The RT book's people: id → name, birth date (and a departure from the desa). */
const PEOPLE: Record<string, [string, string, string?]> = {
  'pb-p-tua': ['Pak Tua', '1959-01-01'],
  'pb-p-rina': ['Rina Wati', '1990-01-10'],
  'pb-p-dedi': ['Dedi Kurnia', '1985-06-06'],
  'pb-p-enam': ['Pak Enam Puluh', '1965-07-01'],
  'pb-p-muda': ['Mas Muda', '1995-02-02'],
  'pb-p-lima': ['Bu Lima', '1980-03-03'],
  'pb-p-yoga': ['Yoga Pratama', '1999-09-09'],
  'pb-p-sari': ['Sari Dewi', '1997-07-07'],
  'pb-p-pindah': ['Kak Pindah', '1998-05-05', '2026-03-01'],
  'pb-p-adik': ['Adik Muda', '2000-04-04'],
  'pb-p-46': ['Bu Empat Enam', '1980-03-03'],
  'pb-p-pergi': ['Bang Pergi', '1997-01-01', '2026-05-20'],
};
const link = (id: string) => ({ personId: id, name: PEOPLE[id][0], sex: 'L', birthDate: PEOPLE[id][1] });

function boardRecords(): SyncRecord[] {
  const out: SyncRecord[] = [];
  const inst = (addr: string, type: string, name: string) => out.push(rec('lkd.institution', addr, { type, name, desaName: 'Prangat Baru' }));
  const board = (id: string, addr: string, termStart: string, sk: string) => out.push(rec('lkd.board', addr, { termStart, skNumber: sk, skDate: termStart }, { id }));
  const seat = (addr: string, boardId: string, position: string, p: object, extra: object = {}) => out.push(rec('lkd.seat', addr, { position, person: p, ...extra }, { parent: boardId }));

  // RT 001: elected 2021-10-01 (ends 2026-09-30, within 6 months of DAY); its ketua was 62 at the election.
  const rt = lkdAddr(RT1, 'rt');
  inst(rt, 'rt', 'RT 001');
  board('pb-rt-b', rt, '2021-10-01', '141/7/2021');
  seat(rt, 'pb-rt-b', 'ketua', link('pb-p-tua'));
  seat(rt, 'pb-rt-b', 'sekretaris', link('pb-p-rina'));
  seat(rt, 'pb-rt-b', 'bendahara', link('pb-p-dedi'));

  // LPM: the ketua turns 61 on NEXT (21–60 while serving); the sarpras bidang is empty; one
  // person in two seats of the same board is no double seat.
  const lpm = lkdAddr(desaAddr(PB), 'lpm');
  inst(lpm, 'lpm', 'LPM Prangat Baru');
  board('pb-lpm-b', lpm, '2024-01-15', '141/2/2024');
  seat(lpm, 'pb-lpm-b', 'ketua', link('pb-p-enam'));
  seat(lpm, 'pb-lpm-b', 'sekretaris', link('pb-p-muda'));
  seat(lpm, 'pb-lpm-b', 'bendahara', link('pb-p-lima'));
  seat(lpm, 'pb-lpm-b', 'bidang', link('pb-p-yoga'), { section: 'lpm-pemuda-olahraga' });
  seat(lpm, 'pb-lpm-b', 'bidang', link('pb-p-lima'), { section: 'lpm-pendidikan-agama-sosbud' });

  // Posyandu Melati: its ketua is also the LPM's sekretaris (Pasal 78 ayat (3)); its bendahara moved out.
  const pos = lkdAddr(posyanduAddr(PB, 'melati'), 'posyandu');
  inst(pos, 'posyandu', 'Posyandu Melati');
  board('pb-pos-b', pos, '2025-02-01', '141/3/2025');
  seat(pos, 'pb-pos-b', 'ketua', link('pb-p-muda'));
  seat(pos, 'pb-pos-b', 'sekretaris', link('pb-p-sari'));
  seat(pos, 'pb-pos-b', 'bendahara', link('pb-p-pindah'));

  // Karang Taruna (no SK yet): its sekretaris is 46 (over 45), its bendahara moved out.
  const kt = lkdAddr(desaAddr(PB), 'karang-taruna');
  inst(kt, 'karang-taruna', 'Karang Taruna Bina Muda');
  board('pb-kt-b', kt, '2025-06-01', '');
  seat(kt, 'pb-kt-b', 'ketua', link('pb-p-adik'));
  seat(kt, 'pb-kt-b', 'sekretaris', link('pb-p-46'));
  seat(kt, 'pb-kt-b', 'bendahara', link('pb-p-pergi'));
  return out.map((r) => (r.kind === 'lkd.board' && !(r.data as { skNumber: string }).skNumber ? { ...r, data: { termStart: (r.data as { termStart: string }).termStart } } : r));
}

describe.each(countyBackends())('county LKD report (%s)', (backend) => {
  let s: CountyServer;
  let county: County;
  let desa: Phone;

  beforeAll(async () => {
    s = await startCountyServer(backend);
    county = new County(s.url, (await enrol(s.url, 'KAB-6411')).token);
    const rt = await county.phone('ketua-rt', RT1);
    await pushAll(rt, Object.entries(PEOPLE).flatMap(([id, [name, birthDate, left]]) => [
      rec('rt.person', RT1, { name, sex: 'L', birthDate, citizenship: 'WNI', education: 'slta', canRead: true }, { id, parent: 'kk-pb-uji' }),
      ...(left ? [rec('rt.mutation', RT1, { type: 'pindah', date: left, personId: id, householdId: 'kk-pb-uji', name, sex: 'L', citizenship: 'WNI', birthDate, place: 'Samarinda' })] : []),
    ]));
    desa = await county.phone('desa', `64.11/${PB}`);
    await pushAll(desa, boardRecords());
  });
  afterAll(async () => s?.stop());

  const report = async (date: string) => {
    const r = await county.get(`reports/lkd?date=${date}`);
    expect(r.status).toBe(200);
    return r.body as { date: string; rows: Row[]; desa: { code: string; institutions: number; endsSoon: number; withOpenSeat: number; withIneligible: number; ineligible: number; openSeats: number }[]; kecamatan: { code: string; institutions: number }[]; total: { institutions: number } };
  };
  const rowOf = (rows: Row[], desa: string, name: string) => rows.find((r) => r.desa === desa && r.name === name)!;

  it('judges every board of both desa from the RT books, each finding with its article', async () => {
    const o = await report(DAY);
    expect(new Set(o.rows.map((r) => r.desa))).toEqual(new Set([PS, PB]));

    const rt = rowOf(o.rows, PB, 'RT 001');
    expect(rt.issues).toEqual([{ position: 'ketua', code: 'age-over', article: 'Pasal 14 ayat (1) huruf f', values: { age: 62, max: 60, on: '2021-10-01' } }]);
    expect(rt).toMatchObject({ endsSoon: true, termEnd: '2026-09-30', termArticle: 'Pasal 17 ayat (1)', skNumber: '141/7/2021', status: 'active', seated: 3 });

    const lpm = rowOf(o.rows, PB, 'LPM Prangat Baru');
    // Still 60 on DAY; Mas Muda sits on the Posyandu board too (Pasal 90 ayat (2)).
    expect(lpm.issues).toEqual([{ position: 'sekretaris', code: 'other-seat', article: 'Pasal 90 ayat (2)', values: { other: 'Posyandu Melati' } }]);
    expect(lpm.seated).toBe(5);
    expect(lpm.open).toEqual([{ position: 'bidang', section: 'lpm-sarpras', article: 'Pasal 89 huruf d angka 2' }]);

    const pos = rowOf(o.rows, PB, 'Posyandu Melati');
    expect(pos.issues.map((i) => [i.position, i.code, i.article])).toEqual([
      ['ketua', 'other-seat', 'Pasal 78 ayat (3)'],
      ['bendahara', 'moved', 'Pasal 57 ayat (2) huruf b'],
    ]);
    const kt = rowOf(o.rows, PB, 'Karang Taruna Bina Muda');
    expect(kt.issues.map((i) => [i.position, i.code, i.article])).toEqual([
      ['sekretaris', 'age-over', 'Pasal 41 ayat (6) huruf g jo. Pasal 40 ayat (1)'],
      ['bendahara', 'moved', 'Pasal 41 ayat (6) huruf f'],
    ]);
    expect(kt.skNumber).toBeUndefined();

    // The demo's Prangat Selatan: the LPM ketua is 62 (Pasal 90 ayat (1) huruf g), Posyandu Mawar has no bendahara.
    const psLpm = o.rows.find((r) => r.desa === PS && r.type === 'lpm')!;
    expect(psLpm.issues.map((i) => [i.position, i.code, i.article])).toContainEqual(['ketua', 'age-over', 'Pasal 90 ayat (1) huruf g']);
    // Only what makes a member ineligible: the typed-in bendahara (in no RT book) has a warning, not an issue.
    expect(psLpm.issues.some((i) => i.code === 'residence-unknown')).toBe(false);
    expect(new Set(psLpm.issues.map((i) => i.position)).size).toBeLessThanOrEqual(psLpm.ineligible);
    expect(o.rows.find((r) => r.desa === PS && r.type === 'posyandu')!.open.map((x) => x.position)).toEqual(['bendahara']);
  });

  it('a member who turns 61 shows as no longer eligible from that day', async () => {
    const before = rowOf((await report(DAY)).rows, PB, 'LPM Prangat Baru');
    const after = rowOf((await report(NEXT)).rows, PB, 'LPM Prangat Baru');
    expect(before.issues.some((i) => i.code === 'age-over')).toBe(false);
    expect(after.issues).toContainEqual({ position: 'ketua', code: 'age-over', article: 'Pasal 90 ayat (1) huruf g', values: { age: 61, max: 60, on: NEXT } });
    expect(after.ineligible).toBe(before.ineligible + 1);
  });

  it('counts per desa and kecamatan equal the rows', async () => {
    const o = await report(DAY);
    for (const code of [PS, PB]) {
      const rows = o.rows.filter((r) => r.desa === code);
      const d = o.desa.find((x) => x.code === code)!;
      expect(d).toMatchObject({
        institutions: rows.length,
        endsSoon: rows.filter((r) => r.endsSoon).length,
        withOpenSeat: rows.filter((r) => r.openSeats > 0).length,
        withIneligible: rows.filter((r) => r.ineligible > 0).length,
        ineligible: rows.reduce((n, r) => n + r.ineligible, 0),
      });
    }
    expect(o.desa.find((x) => x.code === PB)).toMatchObject({ institutions: 4, withIneligible: 4, ineligible: 6, openSeats: 1 });
    expect(o.kecamatan).toEqual([expect.objectContaining({ code: '64.11.05', institutions: o.rows.length })]);
    expect(o.total.institutions).toBe(o.rows.length);
  });

  it('names no person: the county gets seats, rules and articles', async () => {
    const r = await county.get(`reports/lkd?date=${DAY}`);
    const text = JSON.stringify(r.body) + (await county.get(`reports/lkd?date=${DAY}&format=csv&table=lembaga`)).raw.toString('utf8');
    for (const name of [...Object.values(PEOPLE).map((p) => p[0]), 'Haji Abdul Rahman', 'Siti Aminah']) expect(text).not.toContain(name);
  });

  it('CSV: one line per institution, desa and kecamatan with the total, findings with their articles, codes kept as text', async () => {
    const o = await report(NEXT);
    const csv = async (table: string) => {
      const c = await county.get(`reports/lkd?date=${NEXT}&format=csv&table=${table}`);
      expect(c.status).toBe(200);
      expect(c.headers['content-type']).toMatch(/^text\/csv/);
      expect(c.headers['content-disposition']).toContain(`lkd-${table}-64.11-${NEXT}.csv`);
      return c.raw.toString('utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    };
    const inst = await csv('lembaga');
    // Title, date line, heading, rows.
    expect(inst[0]).toBe('Pengurus lembaga kemasyarakatan desa');
    expect(inst[1]).toBe('Per 1 Jul 2026');
    expect(inst.length).toBe(3 + o.rows.length);
    const lpm = inst.find((l) => l.includes('LPM Prangat Baru'))!;
    expect(lpm).toContain('="64.11.05.2004"');
    expect(lpm).toContain('Ketua: umur 61 tahun, lebih dari 60 (Pasal 90 ayat (1) huruf g)');
    expect(lpm).toContain('Bidang Pembangunan Sarana dan Prasarana (Pasal 89 huruf d angka 2)');
    expect(inst.find((l) => l.includes(';RT 001;') && l.includes('2004'))).toContain('berakhir dalam 6 bulan (Pasal 17 ayat (1))');
    const desaLines = await csv('desa');
    expect(desaLines.length).toBe(3 + o.desa.length + 1);
    expect(desaLines.at(-1)).toMatch(/^Jumlah;/);
    expect((await csv('kecamatan')).length).toBe(3 + o.kecamatan.length + 1);
  });

  it('scopes: a desa phone gets no county report; a bad date is refused with a reason', async () => {
    const r = await fetch(`${s.url}/api/v1/county/reports/lkd`, { headers: { authorization: `Bearer ${desa.e.token}` } });
    expect(r.status).toBe(403);
    const bad = await county.get('reports/lkd?date=2026-02-30');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('date');
    expect((await county.get('reports/lkd?table=orang&format=csv')).status).toBe(400);
  });
});
