import { csvSection, writeCsv, type CsvCell, type CsvColumn } from '../../domain/csv';
import { formatDateIn } from '../../domain/format';
import type { BoardPosition, FindingCode, InstitutionType } from '../../domain/lkd';
import type { LkdGroup, LkdOverview, LkdRow, OpenSeat, SeatIssue } from './lkd';

// CSV of the county's village-institution tables (issue 18 item 4), through the product's one
// writer (';', BOM, quoting; region codes kept as text). The words are Indonesian, as in every
// county CSV: the server has no i18n, so the few LKD words it needs are here (the phone's are in
// src/app/i18n/strings/lkd.*.ts; keep the two in step). Each finding keeps its article.

const TYPE: Record<InstitutionType, string> = {
  rt: 'RT', 'tp-pkk': 'TP PKK Desa', 'pkk-kelompok': 'Kelompok PKK', 'karang-taruna': 'Karang Taruna', posyandu: 'Posyandu', lpm: 'LPM', lainnya: 'Lembaga lain',
};
const POSITION: Record<BoardPosition, string> = {
  ketua: 'Ketua', 'wakil-ketua': 'Wakil Ketua', sekretaris: 'Sekretaris', bendahara: 'Bendahara', bidang: 'Bidang', kader: 'Kader', anggota: 'Anggota',
};
const SECTION: Record<string, string> = {
  'pokja-1': 'Pokja I', 'pokja-2': 'Pokja II', 'pokja-3': 'Pokja III', 'pokja-4': 'Pokja IV',
  'lpm-pemuda-olahraga': 'Bidang Kepemudaan dan Olah Raga', 'lpm-sarpras': 'Bidang Pembangunan Sarana dan Prasarana',
  'lpm-pendidikan-agama-sosbud': 'Bidang Pendidikan, Agama dan Sosial Budaya',
};
/** Only the member findings that make a member ineligible reach the county (lkd.ts). */
const FINDING: Partial<Record<FindingCode, (v: Record<string, string | number>) => string>> = {
  'age-over': (v) => `umur ${v.age} tahun, lebih dari ${v.max}`,
  'age-under': (v) => `umur ${v.age} tahun, kurang dari ${v.min}`,
  citizenship: () => 'bukan WNI',
  literacy: () => 'tidak dapat membaca huruf Latin',
  education: () => 'pendidikan di bawah SLTA',
  'residence-rt': (v) => `tinggal di RT ${v.rt}`,
  moved: () => 'pindah keluar desa',
  died: () => 'meninggal dunia',
  terms: (v) => `masa jabatan ke-${v.terms} (paling banyak ${v.max})`,
  'other-seat': (v) => `rangkap jabatan (${v.other})`,
  ground: () => 'diberhentikan (dicatat desa)',
};

const day = (iso: string | null | undefined): CsvCell => (iso ? formatDateIn('id', iso) : '');
const seat = (s: { position: BoardPosition; section?: string }) =>
  !s.section ? POSITION[s.position] : s.position === 'bidang' ? SECTION[s.section] ?? `Bidang ${s.section}` : `${POSITION[s.position]} ${SECTION[s.section] ?? s.section}`;
export const issueText = (i: SeatIssue) => `${seat(i)}: ${FINDING[i.code]?.(i.values ?? {}) ?? i.code} (${i.article})`;
export const openText = (o: OpenSeat) => `${seat(o)} (${o.article})`;
const status = (r: LkdRow) => (r.status === 'none' ? 'belum ada pengurus' : r.status === 'expired' ? 'masa bakti habis' : r.endsSoon ? 'berakhir dalam 6 bulan' : 'aktif');

const ROW: CsvColumn<LkdRow>[] = [
  { head: 'Kecamatan', value: (r) => r.kecamatan, text: true },
  { head: 'Kode desa', value: (r) => r.desa, text: true },
  { head: 'Desa', value: (r) => r.desaName },
  { head: 'Lembaga', value: (r) => r.name },
  { head: 'Jenis', value: (r) => TYPE[r.type] },
  { head: 'Dasar', value: (r) => r.basis },
  { head: 'Nomor SK', value: (r) => r.skNumber },
  { head: 'Tanggal SK', value: (r) => day(r.skDate) },
  { head: 'Masa bakti mulai', value: (r) => day(r.termStart) },
  { head: 'Masa bakti berakhir', value: (r) => day(r.termEnd) },
  { head: 'Keadaan', value: (r) => status(r) + (r.termArticle && r.status !== 'none' && (r.endsSoon || r.status === 'expired') ? ` (${r.termArticle})` : '') },
  { head: 'Pengurus', value: (r) => r.seated },
  { head: 'Jabatan kosong', value: (r) => r.openSeats },
  { head: 'Jabatan kosong (pasal)', value: (r) => r.open.map(openText).join('; ') },
  { head: 'Tidak memenuhi syarat', value: (r) => r.ineligible },
  { head: 'Tidak memenuhi syarat (jabatan, alasan, pasal)', value: (r) => r.issues.map(issueText).join('; ') },
  { head: 'Kegiatan', value: (r) => r.activities },
  { head: 'Kegiatan terakhir', value: (r) => day(r.lastActivity) },
  { head: 'Tanggal SK (ISO)', value: (r) => r.skDate ?? '' },
  { head: 'Masa bakti berakhir (ISO)', value: (r) => r.termEnd ?? '' },
];

const groupCols = (which: 'desa' | 'kecamatan'): CsvColumn<LkdGroup>[] => [
  { head: which === 'desa' ? 'Kode desa' : 'Kode kecamatan', value: (g) => g.code, text: true },
  { head: 'Nama', value: (g) => g.name },
  { head: 'Lembaga', value: (g) => g.institutions },
  { head: 'Ada pengurus', value: (g) => g.withBoard },
  { head: 'Masa bakti habis', value: (g) => g.expired },
  { head: 'Berakhir dalam 6 bulan', value: (g) => g.endsSoon },
  { head: 'Lembaga dengan jabatan kosong', value: (g) => g.withOpenSeat },
  { head: 'Jabatan kosong', value: (g) => g.openSeats },
  { head: 'Lembaga dengan pengurus tidak memenuhi syarat', value: (g) => g.withIneligible },
  { head: 'Pengurus tidak memenuhi syarat', value: (g) => g.ineligible },
];

export function lkdCsv(o: LkdOverview, which: 'lembaga' | 'desa' | 'kecamatan'): string {
  const lines = [`Per ${formatDateIn('id', o.date)}`];
  if (which === 'lembaga') return writeCsv(csvSection(ROW, o.rows, 'Pengurus lembaga kemasyarakatan desa', lines));
  const groups = [...(which === 'desa' ? o.desa : o.kecamatan), { ...o.total, code: 'Jumlah' }];
  return writeCsv(csvSection(groupCols(which), groups, `Lembaga kemasyarakatan desa per ${which}`, lines));
}
