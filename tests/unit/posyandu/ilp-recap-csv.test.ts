import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../../src/domain/csv';
import { balitaRecap, ilpRecap } from '../../../src/domain/ilp/recap';
import { SKDN_AGE_BANDS, type Skdn, type SkdnCell } from '../../../src/domain/kms/skdn';
import { recapCsv, recapStages } from '../../../src/app/posyandu/ilp/recap-columns';
import { id } from '../../../src/app/i18n/strings/ilp-recap';
import { id as ilpStrings } from '../../../src/app/i18n/strings/posyandu-ilp';
import { id as posyandu } from '../../../src/app/i18n/strings/posyandu.id';

// The recap's CSV goes through the one CSV writer (BOM, ';', CRLF): each stage a titled section of
// people by age band with the total under them, then a section of classes; the same columns as the
// printed sheet. Words are the Indonesian strings, filled in as the app's t() does.

const words: Record<string, string> = { ...id, ...ilpStrings, ...posyandu };
const t = (key: string, params: Record<string, string | number> = {}) =>
  (words[key] ?? `!${key}`).replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));

describe('recap CSV', () => {
  it('stage sections in print order, band rows with their total, class rows; no untranslated key', () => {
    const recap = ilpRecap({
      month: '2026-11',
      subjects: [{ id: 'l', sex: 'L', birthDate: '1950-01-01' }, { id: 'r', sex: 'P', birthDate: '2012-01-01' }],
      visits: [
        { id: 'v1', kind: 'adult', subjectId: 'l', date: '2026-11-05', bp: [{ systolic: 165, diastolic: 90 }] },
        { id: 'v2', kind: 'youth', subjectId: 'r', date: '2026-11-05', ttdTablets: 1 },
      ],
    });
    const zero: SkdnCell = { S: 0, K: 0, D: 0, N: 0, T: 0, O: 0, B: 0, absent: 0, BGM: 0, T2: 0, kmsNotWeighed: 0, weighedNoKms: 0 };
    const byBand = Object.fromEntries(SKDN_AGE_BANDS.map((b) => [b, { L: { ...zero }, P: { ...zero } }])) as Skdn['byBand'];
    byBand['12-23'].L = { ...zero, S: 2, D: 1, N: 1 };
    const stages = recapStages(recap, balitaRecap({ ...zero, month: '2026-11', byBand }));
    const file = writeCsv(recapCsv(t as never, stages, ['Posyandu Mawar · Desa Prangat Selatan', 'Bulan: November 2026']));
    expect(file.startsWith('\ufeff')).toBe(true);
    expect(file).not.toContain('!');
    const rows = parseCsv(file);
    const titles = rows.filter((r) => r.length === 1 && r[0]).map((r) => r[0]);
    expect(titles).toEqual(['Ibu hamil/nifas', 'Posyandu Mawar · Desa Prangat Selatan', 'Bulan: November 2026', 'Bayi dan balita (dari SKDN)', 'Usia sekolah/remaja', 'Dewasa', 'Lansia']);
    const line = (label: string, after: string) => {
      const from = rows.findIndex((r) => r[0] === after);
      return rows.slice(from).find((r) => r[0] === label);
    };
    expect(line('12-23 bln', 'Bayi dan balita (dari SKDN)')).toEqual(['12-23 bln', '1', '0', '1']);
    expect(line('Balita di wilayah', 'Bayi dan balita (dari SKDN)')).toEqual(['Balita di wilayah', '2', '0', '2']);
    expect(line('10-14 th', 'Usia sekolah/remaja')).toEqual(['10-14 th', '0', '1', '1']);
    expect(line('Mendapat TTD', 'Usia sekolah/remaja')).toEqual(['Mendapat TTD', '0', '1', '1']);
    expect(line('70+ th', 'Lansia')).toEqual(['70+ th', '1', '0', '1']);
    expect(line('Jumlah', 'Lansia')).toEqual(['Jumlah', '1', '0', '1']);
    expect(line('Hipertensi derajat 2', 'Lansia')).toEqual(['Hipertensi derajat 2', '1', '0', '1']);
    expect(rows.find((r) => r[0] === 'Kelompok umur')).toEqual(['Kelompok umur', 'L', 'P', 'Jumlah']);
  });
});
