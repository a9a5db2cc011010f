import { describe, expect, it } from 'vitest';
import { OPENSID_KEYS, opensidRows, planOpensidImport, type OpensidBookInput } from '../../../src/domain/interop';
import type { Cell } from '../../../src/domain/interop/cells';

// Issue 16 item 3 (domain only; no screen yet): the RT books ↔ OpenSID's population import sheet.

const KEYS = 'alamat, dusun, rw, rt, nama, no_kk, nik, sex, tempatlahir, tanggallahir, agama_id, pendidikan_kk_id, pendidikan_sedang_id, pekerjaan_id, status_kawin, kk_level, warganegara_id, ayah_nik, nama_ayah, ibu_nik, nama_ibu, golongan_darah_id, akta_lahir, dokumen_pasport, tanggal_akhir_paspor, dokumen_kitas, akta_perkawinan, tanggalperkawinan, akta_perceraian, tanggalperceraian, cacat_id, cara_kb_id, hamil, ktp_el, status_rekam, alamat_sekarang, status_dasar, suku, tag_id_card, id_asuransi, no_asuransi, lat, lng'.split(', ');

const BOOK: OpensidBookInput = {
  unit: { rtNo: '002', rw: '001', dusun: 'Sukamaju' },
  households: [
    { id: 'h1', data: { noKk: '6411050101200003', address: 'Jl. Poros No. 12' } },
    { id: 'h2', data: { address: 'Gang Mawar, belakang masjid' } },
  ],
  persons: [
    { id: 'p2', householdId: 'h1', data: { name: 'Siti Aminah', sex: 'P', birthDate: '1990-04-11', citizenship: 'WNI', nik: '6411055104900002', birthPlace: 'Samarinda', religion: 'islam', maritalStatus: 'kawin', education: 'slta', occupation: 'MENGURUS RUMAH TANGGA', familyPosition: 'istri', documents: { kk: true, akta: true, ktpEl: true }, canRead: true, residency: 'tetap' } },
    { id: 'p1', householdId: 'h1', data: { name: 'Ahmad Yani', sex: 'L', birthDate: '1986-02-01', citizenship: 'WNI', nik: '6411050102860001', birthPlace: 'Tenggarong', religion: 'islam', maritalStatus: 'kawin', education: 's1_d4', occupation: 'Nelayan tambak', familyPosition: 'kepala', documents: { kk: true, akta: false, ktpEl: true }, nikNote: 'NIK lama, tertulis di KK 2019' } },
    { id: 'p3', householdId: 'h1', data: { name: 'Bayu', sex: 'L', birthDate: '2024-03-12', citizenship: 'WNI', familyPosition: 'anak', documents: { kk: false, akta: true, ktpEl: false }, notes: 'Belum masuk KK' } },
    { id: 'p4', householdId: 'h2', data: { name: 'John Smith', sex: 'L', birthDate: '1970-12-31', citizenship: 'WNA', religion: 'katolik', maritalStatus: 'cerai_mati', education: 's2', familyPosition: 'kepala', residency: 'nonpermanen', canRead: false } },
  ],
};

/** The written cells as a reader gives them back (header row first). */
const asSheet = (header: string[], rows: unknown[][]): Cell[][] => [header, ...rows.map((r) => r.map((c) => (c && typeof c === 'object' ? (c as { date: string }).date : (c as Cell))))];

describe('OpenSID population sheet (issue 16 item 3)', () => {
  it('export: row 1 is exactly OpenSID\'s column keys, codes where OpenSID has a table, NIK 0 for none, ### ends the data', () => {
    expect(OPENSID_KEYS).toEqual(KEYS);
    const { header, rows } = opensidRows(BOOK);
    expect(header).toEqual(KEYS);
    const at = (r: unknown[], k: string) => r[KEYS.indexOf(k)];
    // The head of the household first.
    expect(rows.map((r) => at(r, 'nama'))).toEqual(['Ahmad Yani', 'Siti Aminah', 'Bayu', 'John Smith', null]);
    expect(at(rows[0], 'kk_level')).toBe(1);
    expect(at(rows[0], 'sex')).toBe(1);
    expect(at(rows[1], 'agama_id')).toBe(1);
    expect(at(rows[1], 'pendidikan_kk_id')).toBe(5);
    expect(at(rows[0], 'pendidikan_kk_id')).toBe(8);
    expect(at(rows[1], 'status_kawin')).toBe(2);
    expect(at(rows[1], 'kk_level')).toBe(3);
    expect(at(rows[2], 'nik')).toBe('0');
    expect(at(rows[2], 'no_kk')).toBe('6411050101200003');
    expect(at(rows[3], 'warganegara_id')).toBe(2);
    expect(at(rows[3], 'agama_id')).toBe(3);
    expect(at(rows[0], 'rt')).toBe('002');
    expect(at(rows[0], 'tanggallahir')).toBe('1986-02-01');
    expect(at(rows[1], 'ktp_el')).toBe(2);
    expect(at(rows[2], 'ktp_el')).toBe(1);
    expect(rows.at(-1)![1]).toBe('###');
  });

  it('round trip: every field the RT books hold comes back (with the kader-desa sheet)', () => {
    const out = opensidRows(BOOK);
    const plan = planOpensidImport(asSheet(out.header, out.rows), {}, asSheet(out.extra.header, out.extra.rows));
    expect(plan.endMarker).toBe(true);
    expect(plan.rows.every((r) => r.ok)).toBe(true);
    for (const p of BOOK.persons) {
      const got = plan.rows.find((r) => r.person?.name === p.data.name)!;
      expect(got.person, p.data.name).toEqual(p.data);
      const hh = BOOK.households.find((h) => h.id === p.householdId)!;
      expect(got.household, p.data.name).toEqual(hh.data);
    }
    // One household key per household.
    expect(new Set(plan.rows.map((r) => r.householdKey)).size).toBe(2);
  });

  it('a desa file: labels or codes, filtered to one RT, NIK 0 = no NIK, nothing read after ###, each problem named', () => {
    const k = (o: Record<string, Cell>) => KEYS.map((key) => o[key] ?? null);
    const sheet: Cell[][] = [
      KEYS,
      k({ alamat: 'RT 2 Jl. Poros', dusun: 'SUKAMAJU', rw: '1', rt: '2', nama: 'Rahmat', no_kk: '6411050101200007', nik: '6411050505800001', sex: 'LAKI-LAKI', tanggallahir: '05-05-1980', agama_id: 'ISLAM', pendidikan_kk_id: 'TAMAT SD / SEDERAJAT', pekerjaan_id: 9, status_kawin: 'KAWIN', kk_level: 'KEPALA KELUARGA', warganegara_id: 'WNI' }),
      k({ alamat: 'RT 2 Jl. Poros', dusun: 'Sukamaju', rw: '001', rt: '002', nama: 'Rina', no_kk: '6411050101200007', nik: 0, sex: 2, tanggallahir: '2019-07-01', kk_level: 4, agama_id: 99 }),
      k({ alamat: 'RT 3', dusun: 'Sukamaju', rw: '001', rt: '003', nama: 'Orang RT lain', nik: '6411050505800009', sex: 1, tanggallahir: '1980-05-05' }),
      k({ alamat: 'RT 2', dusun: 'Sukamaju', rw: '001', rt: '002', nama: '', sex: 1, tanggallahir: '1980-05-05' }),
    ];
    const end = KEYS.map(() => null as Cell);
    end[1] = '###';
    sheet.push(end, k({ nama: 'Setelah tanda akhir', rt: '002', rw: '001', dusun: 'Sukamaju', sex: 1, tanggallahir: '1990-01-01' }));
    const plan = planOpensidImport(sheet, { dusun: 'Sukamaju', rw: '01', rt: '2' });
    expect(plan.endMarker).toBe(true);
    expect(plan.otherArea).toBe(1);
    expect(plan.rows.map((r) => r.sheetRow)).toEqual([2, 3, 5]);
    const [rahmat, rina, noName] = plan.rows;
    expect(rahmat.person).toMatchObject({ name: 'Rahmat', sex: 'L', birthDate: '1980-05-05', religion: 'islam', education: 'sd', occupation: 'PETANI/PEKEBUN', maritalStatus: 'kawin', familyPosition: 'kepala', nik: '6411050505800001' });
    expect(rina.person?.nik).toBeUndefined();
    expect(rina.problems).toEqual(expect.arrayContaining([{ code: 'nikNone' }, { code: 'unknownCode', column: 'agama_id', value: '99' }]));
    expect(rina.ok).toBe(true);
    expect(rina.householdKey).toBe(rahmat.householdKey);
    expect(noName.ok).toBe(false);
    expect(noName.problems.map((p) => p.code)).toContain('noName');
  });
});
