import { EDUCATION, FAMILY_POSITION, MARITAL, RELIGIONS } from '../records/rt';

// OpenSID's population import sheet (issue 16 item 3): the column keys of its first row, and the
// code tables of the columns the RT books hold. Codes and labels are OpenSID's reference tables
// (tweb_penduduk_agama, _pendidikan_kk, _kawin, _hubungan, _sex, _warganegara, _pekerjaan as in
// OpenSID's database dump); `ktp_el` 1 = BELUM, 2 = KTP-EL, 3 = KIA (OpenSID's KTP-el enum). Versioned
// like the e-PPGBM map, so a desa on another OpenSID release can be given another table.

export const OPENSID_VERSION = 1;

export const OPENSID_KEYS = [
  'alamat', 'dusun', 'rw', 'rt', 'nama', 'no_kk', 'nik', 'sex', 'tempatlahir', 'tanggallahir', 'agama_id',
  'pendidikan_kk_id', 'pendidikan_sedang_id', 'pekerjaan_id', 'status_kawin', 'kk_level', 'warganegara_id',
  'ayah_nik', 'nama_ayah', 'ibu_nik', 'nama_ibu', 'golongan_darah_id', 'akta_lahir', 'dokumen_pasport',
  'tanggal_akhir_paspor', 'dokumen_kitas', 'akta_perkawinan', 'tanggalperkawinan', 'akta_perceraian',
  'tanggalperceraian', 'cacat_id', 'cara_kb_id', 'hamil', 'ktp_el', 'status_rekam', 'alamat_sekarang', 'status_dasar',
  'suku', 'tag_id_card', 'id_asuransi', 'no_asuransi', 'lat', 'lng',
] as const;
export type OpensidKey = (typeof OPENSID_KEYS)[number];

/** code → our value, with OpenSID's label (and other spellings met in desa files) for reading labels. */
export interface CodeTable<T extends string> {
  codes: Record<number, T>;
  labels: Record<string, T>;
}

function table<T extends string>(values: readonly T[], labels: string[][]): CodeTable<T> {
  const codes: Record<number, T> = {};
  const byLabel: Record<string, T> = {};
  values.forEach((val, i) => {
    codes[i + 1] = val;
    for (const l of labels[i]) byLabel[labelKey(l)] = val;
    byLabel[labelKey(val)] = val;
  });
  return { codes, labels: byLabel };
}

/** Labels compared without case, spaces or punctuation ('TAMAT SD / SEDERAJAT' = 'tamat sd/sederajat'). */
export function labelKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

export const AGAMA = table(RELIGIONS, [['ISLAM'], ['KRISTEN', 'PROTESTAN'], ['KATHOLIK', 'KATOLIK'], ['HINDU'], ['BUDHA', 'BUDDHA'], ['KHONGHUCU', 'KONGHUCU'], ['Kepercayaan Terhadap Tuhan YME / Lainnya', 'KEPERCAYAAN', 'LAINNYA']]);
export const PENDIDIKAN = table(EDUCATION, [
  ['TIDAK / BELUM SEKOLAH'], ['BELUM TAMAT SD/SEDERAJAT'], ['TAMAT SD / SEDERAJAT', 'SD'], ['SLTP/SEDERAJAT', 'SMP'],
  ['SLTA / SEDERAJAT', 'SMA', 'SMK'], ['DIPLOMA I / II'], ['AKADEMI/ DIPLOMA III/S. MUDA', 'D3'], ['DIPLOMA IV/ STRATA I', 'S1', 'D4'], ['STRATA II', 'S2'], ['STRATA III', 'S3'],
]);
export const KAWIN = table(MARITAL, [['BELUM KAWIN'], ['KAWIN'], ['CERAI HIDUP'], ['CERAI MATI']]);
export const HUBUNGAN = table(FAMILY_POSITION, [
  ['KEPALA KELUARGA'], ['SUAMI'], ['ISTRI'], ['ANAK'], ['MENANTU'], ['CUCU'], ['ORANGTUA', 'ORANG TUA'], ['MERTUA'], ['FAMILI LAIN'], ['PEMBANTU'], ['LAINNYA'],
]);
export const SEX = table(['L', 'P'] as const, [['Laki-laki', 'LAKI LAKI', 'LK'], ['Perempuan', 'PR', 'WANITA']]);
export const WARGANEGARA = table(['WNI', 'WNA'] as const, [['WNI'], ['WNA']]);
export const KTP_EL = { belum: 1, ktpEl: 2, kia: 3 } as const;

/** OpenSID's pekerjaan table: an RT book keeps occupation as words, so codes are read as these words. */
export const PEKERJAAN: Record<number, string> = {
  1: 'BELUM/TIDAK BEKERJA', 2: 'MENGURUS RUMAH TANGGA', 3: 'PELAJAR/MAHASISWA', 4: 'PENSIUNAN', 5: 'PEGAWAI NEGERI SIPIL (PNS)',
  6: 'TENTARA NASIONAL INDONESIA (TNI)', 7: 'KEPOLISIAN RI (POLRI)', 8: 'PERDAGANGAN', 9: 'PETANI/PEKEBUN', 10: 'PETERNAK',
  11: 'NELAYAN/PERIKANAN', 12: 'INDUSTRI', 13: 'KONSTRUKSI', 14: 'TRANSPORTASI', 15: 'KARYAWAN SWASTA', 16: 'KARYAWAN BUMN',
  17: 'KARYAWAN BUMD', 18: 'KARYAWAN HONORER', 19: 'BURUH HARIAN LEPAS', 20: 'BURUH TANI/PERKEBUNAN', 21: 'BURUH NELAYAN/PERIKANAN',
  22: 'BURUH PETERNAKAN', 23: 'PEMBANTU RUMAH TANGGA', 24: 'TUKANG CUKUR', 25: 'TUKANG LISTRIK', 26: 'TUKANG BATU', 27: 'TUKANG KAYU',
  28: 'TUKANG SOL SEPATU', 29: 'TUKANG LAS/PANDAI BESI', 30: 'TUKANG JAHIT', 31: 'TUKANG GIGI', 32: 'PENATA RIAS', 33: 'PENATA BUSANA',
  34: 'PENATA RAMBUT', 35: 'MEKANIK', 36: 'SENIMAN', 37: 'TABIB', 38: 'PARAJI', 39: 'PERANCANG BUSANA', 40: 'PENTERJEMAH',
  41: 'IMAM MASJID', 42: 'PENDETA', 43: 'PASTOR', 44: 'WARTAWAN', 45: 'USTADZ/MUBALIGH', 46: 'JURU MASAK', 47: 'PROMOTOR ACARA',
  48: 'ANGGOTA DPR-RI', 49: 'ANGGOTA DPD', 50: 'ANGGOTA BPK', 51: 'PRESIDEN', 52: 'WAKIL PRESIDEN', 53: 'ANGGOTA MAHKAMAH KONSTITUSI',
  54: 'ANGGOTA KABINET KEMENTERIAN', 55: 'DUTA BESAR', 56: 'GUBERNUR', 57: 'WAKIL GUBERNUR', 58: 'BUPATI', 59: 'WAKIL BUPATI',
  60: 'WALIKOTA', 61: 'WAKIL WALIKOTA', 62: 'ANGGOTA DPRD PROVINSI', 63: 'ANGGOTA DPRD KABUPATEN/KOTA', 64: 'DOSEN', 65: 'GURU',
  66: 'PILOT', 67: 'PENGACARA', 68: 'NOTARIS', 69: 'ARSITEK', 70: 'AKUNTAN', 71: 'KONSULTAN', 72: 'DOKTER', 73: 'BIDAN', 74: 'PERAWAT',
  75: 'APOTEKER', 76: 'PSIKIATER/PSIKOLOG', 77: 'PENYIAR TELEVISI', 78: 'PENYIAR RADIO', 79: 'PELAUT', 80: 'PENELITI', 81: 'SOPIR',
  82: 'PIALANG', 83: 'PARANORMAL', 84: 'PEDAGANG', 85: 'PERANGKAT DESA', 86: 'KEPALA DESA', 87: 'BIARAWATI', 88: 'WIRASWASTA', 89: 'LAINNYA',
};
