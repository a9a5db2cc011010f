import * as v from 'valibot';

// The e-PPGBM measurement sheet as versioned data. Kemenkes does not publish its import template,
// so the columns are those of e-PPGBM's own measurement export (issue 16 item 1, header spelling
// "Pukesmas" included). A county whose puskesmas asks for another order or other headings writes
// its own map with the same field ids and a higher version; nothing else in the code changes.

/** What a column holds. The ids are the contract; headers are whatever the county's file says. */
export const EPPGBM_FIELDS = [
  'nik', 'name', 'sex', 'birthDate', 'birthWeight', 'birthLength', 'parentName', 'prov', 'kab', 'kec',
  'puskesmas', 'desa', 'posyandu', 'rt', 'rw', 'address', 'ageText', 'date', 'weight', 'height', 'position',
  'muac', 'wfaCat', 'wfaZ', 'lhfaCat', 'lhfaZ', 'wflCat', 'wflZ', 'weightUp', 'pmtKg', 'vitACount', 'kpsp', 'kia',
  // only read on import (the newer e-PPGBM layout)
  'noKk', 'childOrder', 'phone',
] as const;
export type EppgbmField = (typeof EPPGBM_FIELDS)[number];

export const eppgbmColumnMapSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  source: v.pipe(v.string(), v.maxLength(300)),
  columns: v.pipe(
    v.array(v.object({ header: v.pipe(v.string(), v.minLength(1), v.maxLength(60)), field: v.picklist(EPPGBM_FIELDS) })),
    v.minLength(1),
    v.maxLength(80),
  ),
});
export type EppgbmColumnMap = v.InferOutput<typeof eppgbmColumnMapSchema>;

const col = (header: string, field: EppgbmField) => ({ header, field });

/** e-PPGBM's measurement export ("Data Pengukuran"), the layout this app writes. */
export const EPPGBM_PENGUKURAN_V1: EppgbmColumnMap = {
  id: 'eppgbm-pengukuran',
  version: 1,
  source: 'Kolom ekspor data pengukuran e-PPGBM (Kemenkes), seperti dicatat di issue 16; template impor resmi tidak dipublikasikan',
  columns: [
    col('NIK', 'nik'), col('Nama', 'name'), col('JK', 'sex'), col('Tgl Lahir', 'birthDate'), col('BB Lahir', 'birthWeight'),
    col('TB Lahir', 'birthLength'), col('Nama Ortu', 'parentName'), col('Prov', 'prov'), col('Kab/Kota', 'kab'), col('Kec', 'kec'),
    col('Pukesmas', 'puskesmas'), col('Desa/Kel', 'desa'), col('Posyandu', 'posyandu'), col('RT', 'rt'), col('RW', 'rw'),
    col('Alamat', 'address'), col('Usia Saat Ukur', 'ageText'), col('Tanggal Pengukuran', 'date'), col('Berat', 'weight'),
    col('Tinggi', 'height'), col('Cara Ukur', 'position'), col('LiLA', 'muac'), col('BB/U', 'wfaCat'), col('ZS BB/U', 'wfaZ'),
    col('TB/U', 'lhfaCat'), col('ZS TB/U', 'lhfaZ'), col('BB/TB', 'wflCat'), col('ZS BB/TB', 'wflZ'),
    col('Naik Berat Badan', 'weightUp'), col('PMT Diterima (kg)', 'pmtKg'), col('Jml Vit A', 'vitACount'), col('KPSP', 'kpsp'),
    col('KIA', 'kia'),
  ],
};

/**
 * Headings read on import, per field: the layout above, the newer e-PPGBM layout ("Nama Anak",
 * "Jenis Kelamin", "Berat (kg)", …) and spellings seen in hand-made sheets. Compared after
 * normalising (lower case, letters and digits only), so "Tgl. Lahir" and "TGL LAHIR" match.
 */
export const EPPGBM_IMPORT_HEADERS: Record<EppgbmField, readonly string[]> = {
  nik: ['NIK', 'NIK Anak', 'No NIK'],
  name: ['Nama', 'Nama Anak', 'Nama Balita'],
  sex: ['JK', 'Jenis Kelamin', 'L/P'],
  birthDate: ['Tgl Lahir', 'Tanggal Lahir', 'Tgl. Lahir'],
  birthWeight: ['BB Lahir', 'Berat Lahir', 'BB Lahir (kg)', 'Berat Badan Lahir'],
  birthLength: ['TB Lahir', 'Panjang Lahir', 'TB Lahir (cm)', 'PB Lahir'],
  parentName: ['Nama Ortu', 'Nama Orang Tua', 'Nama Orang Tua (Ibu/Ayah)', 'Nama Ibu', 'Nama Ibu/Ayah', 'Orang Tua'],
  prov: ['Prov', 'Provinsi'],
  kab: ['Kab/Kota', 'Kabupaten', 'Kabupaten/Kota'],
  kec: ['Kec', 'Kecamatan'],
  puskesmas: ['Pukesmas', 'Puskesmas'],
  desa: ['Desa/Kel', 'Desa', 'Kelurahan', 'Desa/Kelurahan'],
  posyandu: ['Posyandu'],
  rt: ['RT'],
  rw: ['RW'],
  address: ['Alamat'],
  ageText: ['Usia Saat Ukur', 'Umur', 'Usia'],
  date: ['Tanggal Pengukuran', 'Tgl Pengukuran', 'Tanggal Ukur', 'Tgl Ukur'],
  weight: ['Berat', 'Berat (kg)', 'BB', 'BB (kg)', 'Berat Badan'],
  height: ['Tinggi', 'Tinggi (cm)', 'TB', 'TB (cm)', 'PB/TB', 'Tinggi Badan', 'Panjang/Tinggi'],
  position: ['Cara Ukur'],
  muac: ['LiLA', 'LiLA (cm)', 'LILA'],
  wfaCat: ['BB/U'],
  wfaZ: ['ZS BB/U'],
  lhfaCat: ['TB/U'],
  lhfaZ: ['ZS TB/U'],
  wflCat: ['BB/TB'],
  wflZ: ['ZS BB/TB'],
  weightUp: ['Naik Berat Badan'],
  pmtKg: ['PMT Diterima (kg)'],
  vitACount: ['Jml Vit A'],
  kpsp: ['KPSP'],
  kia: ['KIA', 'Buku KIA'],
  noKk: ['Nomor KK', 'No KK', 'No. KK'],
  childOrder: ['Anak Ke'],
  phone: ['No HP', 'No. HP', 'Nomor HP', 'Telepon', 'No Telp'],
};
