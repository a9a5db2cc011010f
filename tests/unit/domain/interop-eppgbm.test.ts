import { beforeAll, describe, expect, it } from 'vitest';
import { loadWhoTables } from '../../../src/domain';
import { EPPGBM_PENGUKURAN_V1, eppgbmRows, importSummary, planEppgbmImport, ageText } from '../../../src/domain/interop';
import { readFirstSheet, writeSheet } from '../../../src/app/interop/xlsx';
import { DIRTY_NEW_LAYOUT } from '../../fixtures/interop/eppgbm-dirty';

beforeAll(async () => {
  await loadWhoTables();
});

const HEADER = 'NIK, Nama, JK, Tgl Lahir, BB Lahir, TB Lahir, Nama Ortu, Prov, Kab/Kota, Kec, Pukesmas, Desa/Kel, Posyandu, RT, RW, Alamat, Usia Saat Ukur, Tanggal Pengukuran, Berat, Tinggi, Cara Ukur, LiLA, BB/U, ZS BB/U, TB/U, ZS TB/U, BB/TB, ZS BB/TB, Naik Berat Badan, PMT Diterima (kg), Jml Vit A, KPSP, KIA';

const children = [
  { id: 'c1', data: { name: 'Ani Lestari', sex: 'P' as const, birthDate: '2023-10-05', nik: '6411054510230001', hasKms: true, motherName: 'Siti', area: 'RT 002 / RW 001', birthWeightKg: 3.1 } },
  { id: 'c2', data: { name: 'Bayu', sex: 'L' as const, birthDate: '2025-06-20', hasKms: false } },
];
const visits = [
  { childId: 'c1', date: '2025-12-12', weightKg: 10.4, lengthCm: 84, position: 'standing' as const },
  { childId: 'c1', date: '2026-01-13', weightKg: 10.9, lengthCm: 85.5, position: 'standing' as const, muacCm: 14.5, services: { vitaminA: 'merah' as const } },
  { childId: 'c2', date: '2026-01-13', weightKg: 7.2, lengthCm: 66, position: 'lying' as const },
];
const input = { posyandu: { name: 'Mawar', desaName: 'Prangat Selatan' }, place: { prov: 'Kalimantan Timur', kab: 'Kutai Kartanegara', kec: 'Marangkayu', puskesmas: 'Sebuntal' }, month: '2026-01', children, visits };

describe('e-PPGBM export (issue 16 item 1)', () => {
  it('has exactly the e-PPGBM columns and one row per measurement of the month, in Permenkes 2/2020 words', () => {
    const { header, rows } = eppgbmRows(input);
    expect(header.join(', ')).toBe(HEADER);
    expect(rows).toHaveLength(2);
    const ani = Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[1] === 'Ani Lestari')![i]]));
    expect(ani['NIK']).toBe('6411054510230001');
    expect(ani['Tgl Lahir']).toEqual({ date: '2023-10-05' });
    expect(ani['Usia Saat Ukur']).toBe('2 Tahun - 3 Bulan');
    expect(ani['Tanggal Pengukuran']).toEqual({ date: '2026-01-13' });
    expect(ani['RT']).toBe('002');
    expect(ani['RW']).toBe('001');
    expect(ani['Cara Ukur']).toBe('Berdiri');
    expect(ani['Naik Berat Badan']).toBe('N');
    expect(ani['Jml Vit A']).toBe(1);
    expect(ani['KIA']).toBe('Ya');
    expect(ani['BB/U']).toMatch(/^Berat badan (sangat kurang|kurang|normal)$|^Risiko berat badan lebih$/);
    expect(['Sangat pendek', 'Pendek', 'Normal', 'Tinggi']).toContain(ani['TB/U']);
    expect(['Gizi buruk', 'Gizi kurang', 'Gizi baik', 'Berisiko gizi lebih', 'Gizi lebih', 'Obesitas']).toContain(ani['BB/TB']);
    expect(typeof ani['ZS BB/U']).toBe('number');
    const bayu = rows.find((r) => r[1] === 'Bayu')!;
    expect(bayu[header.indexOf('Naik Berat Badan')]).toBe('B');
    expect(bayu[header.indexOf('Cara Ukur')]).toBe('Terlentang');
    expect(bayu[header.indexOf('NIK')]).toBeNull();
  });

  it('a county map reorders and renames without code changes', () => {
    const map = { ...EPPGBM_PENGUKURAN_V1, version: 2, columns: [{ header: 'Tanggal', field: 'date' as const }, { header: 'Nama Balita', field: 'name' as const }] };
    const { header, rows } = eppgbmRows(input, map);
    expect(header).toEqual(['Tanggal', 'Nama Balita']);
    expect(rows[0]).toEqual([{ date: '2026-01-13' }, 'Ani Lestari']);
    expect(ageText(27)).toBe('2 Tahun - 3 Bulan');
  });
});

describe('e-PPGBM import (issue 16 item 2)', () => {
  it('reads the dirty newer layout: good rows in, each problem said, the same child twice on a day once', () => {
    const plan = planEppgbmImport(DIRTY_NEW_LAYOUT, '2026-01-31');
    expect(plan.headerRow).toBe(3);
    const at = (n: number) => plan.rows.find((r) => r.sheetRow === n)!;
    const codes = (n: number) => at(n).problems.map((p) => p.code);
    expect(at(4).ok).toBe(true);
    expect(at(4).child).toMatchObject({ name: 'Ani Lestari', birthDate: '2023-06-15', nik: '6411055506230001', parentName: 'Siti Aminah' });
    expect(at(4).measure).toEqual({ date: '2026-01-13', weightKg: 9.1, lengthCm: 74.5, position: 'lying', muacCm: 14.2 });
    expect(at(5).measure).toMatchObject({ weightKg: 11.4, lengthCm: 82, position: 'standing' });
    expect(codes(5)).toEqual(['nikEmpty']);
    expect(codes(6)).toEqual(expect.arrayContaining(['nikPlaceholder', 'weightPlaceholder']));
    expect(at(6).ok).toBe(true);
    expect(codes(7)).toEqual(expect.arrayContaining(['nikIsPhone', 'parentIsPhone']));
    expect(at(7).child?.parentName).toBeUndefined();
    expect(at(8).problems).toEqual([{ code: 'sameDayTwice', otherRow: 4 }]);
    expect(at(8).ok).toBe(false);
    expect(codes(9)).toContain('sameDayConflict');
    expect(codes(10)).toContain('noBirthDate');
    expect(codes(11)).toContain('dateBeforeBirth');
    expect(codes(12)).toEqual(expect.arrayContaining(['nikEmpty', 'noMeasure']));
    expect(at(13).ok).toBe(true);
    expect(importSummary(plan)).toEqual({ rows: 10, ok: 5, skipped: 5, children: 4 });
  });

  it('round trip: the exported XLSX reads back to the same children and weighings', async () => {
    const { header, rows } = eppgbmRows(input);
    const blob = await writeSheet(header, rows, 'Mawar 2026-01');
    const plan = planEppgbmImport(await readFirstSheet(blob), '2026-01-31');
    expect(plan.rows.every((r) => r.ok)).toBe(true);
    const ani = plan.rows.find((r) => r.child?.name === 'Ani Lestari')!;
    expect(ani.child).toMatchObject({ nik: '6411054510230001', sex: 'P', birthDate: '2023-10-05', parentName: 'Siti', birthWeightKg: 3.1, area: 'RT 002 / RW 001', hasKms: true });
    expect(ani.measure).toEqual({ date: '2026-01-13', weightKg: 10.9, lengthCm: 85.5, position: 'standing', muacCm: 14.5 });
    const bayu = plan.rows.find((r) => r.child?.name === 'Bayu')!;
    expect(bayu.measure).toEqual({ date: '2026-01-13', weightKg: 7.2, lengthCm: 66, position: 'lying' });
    expect(bayu.child?.hasKms).toBe(false);
  });
});
