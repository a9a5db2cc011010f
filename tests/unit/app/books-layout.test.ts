import { describe, expect, it } from 'vitest';
import { csvHead } from '../../../src/app/print/columns';
import { b1Columns } from '../../../src/app/rt/print/b1';
import { b2Columns } from '../../../src/app/rt/print/b2';
import { b4Columns } from '../../../src/app/rt/print/b4';
import { b5Columns } from '../../../src/app/rt/print/b5';
import { format1Columns, format2Columns, format3Columns, format4Columns } from '../../../src/app/posyandu/sip/sipColumns';
import { tr } from './t';

// The official books keep the paper forms' columns: their number and order (Permendagri 47/2016
// B1–B5; SIP formats 1–4), so a printed page can be laid beside the paper book.
const t = tr('id');
const heads = (cols: { head: string; group?: string[] }[]) => cols.map(csvHead);

describe('buku administrasi penduduk (Permendagri 47/2016)', () => {
  it('B1 has 16 columns, NIK and No. KK before Keterangan', () => {
    const h = heads(b1Columns(t));
    expect(h).toHaveLength(16);
    expect(h.slice(-3)).toEqual(['NIK', 'No. KK', 'Keterangan']);
  });
  it('B2 has 13 columns: birth place and date apart, additions 2, reductions 4', () => {
    const h = heads(b2Columns(t));
    expect(h).toHaveLength(13);
    expect(h.filter((x) => x.startsWith('Penambahan'))).toHaveLength(2);
    expect(h.filter((x) => x.startsWith('Pengurangan'))).toHaveLength(4);
    expect(h[2]).toMatch(/^Tempat dan tanggal lahir – /);
    expect(h[3]).toMatch(/^Tempat dan tanggal lahir – /);
  });
  it('B4 has 15 columns: sex L and P apart, citizenship and descent apart', () => {
    const h = heads(b4Columns(t));
    expect(h).toHaveLength(15);
    expect(h.slice(2, 4)).toEqual(['Jenis kelamin – L', 'Jenis kelamin – P']);
    expect(h.filter((x) => x.startsWith('Kewarganegaraan – '))).toEqual(['Kewarganegaraan – Kebangsaan', 'Kewarganegaraan – Keturunan']);
  });
  it('B5 has 19 columns, No. KK second, parents as father and mother', () => {
    const h = heads(b5Columns(t));
    expect(h).toHaveLength(19);
    expect(h[1]).toBe('No. KK');
    expect(h[3]).toBe('NIK');
    expect(h.slice(15, 17)).toEqual(['Orang tua – Ayah', 'Orang tua – Ibu']);
    expect(h[18]).toBe('Keterangan');
  });
});

describe('SIP formats 1–4', () => {
  it('format 1: names of mother, father and baby; dates of death of baby and mother', () => {
    expect(heads(format1Columns(t, 'id'))).toEqual([
      'No', 'Nama – Ibu', 'Nama – Bapak', 'Nama – Bayi/balita', 'Tanggal lahir', 'L/P', 'Tanggal meninggal – Bayi/balita', 'Tanggal meninggal – Ibu', 'Keterangan',
    ]);
  });
  it('format 2: the twelve months of weighing in order, services and immunisations', () => {
    const h = heads(format2Columns(t, 'id', 2026));
    const months = h.filter((x) => x.startsWith('Hasil penimbangan (kg) – ')).map((x) => x.split(' – ')[1]);
    expect(months).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des']);
    expect(h).toContain('Pelayanan yang diberikan – Vitamin A – Februari');
    expect(h).toContain('Pemberian imunisasi – Polio – IV');
    expect(h.indexOf('Pemberian imunisasi – BCG')).toBeLessThan(h.indexOf('Pemberian imunisasi – DPT-HB-Hib – I'));
  });
  it('formats 3 and 4: TT columns kept for the hand', () => {
    expect(heads(format3Columns(t, 2026)).filter((x) => x.startsWith('Imunisasi TT – '))).toHaveLength(5);
    expect(heads(format4Columns(t, 2026)).filter((x) => x.startsWith('Imunisasi TT – '))).toHaveLength(2);
  });
});
