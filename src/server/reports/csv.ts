import { RECAP_COLUMNS, type PopulationRecap, type RecapCounts } from '../../domain';
import { csvSection, writeCsv, type CsvCell, type CsvColumn } from '../../domain/csv';
import { formatDateIn, formatDateTimeIn, formatMonthIn } from '../../domain/format';
import type { PosyanduOverview } from '../county/report-service';
import type { PopulationOverview } from './population';
import { PKK_FIGURE_HEAD, type PkkOverview } from './pkk';
import type { GroupTotal } from './posyandu-overview';

// CSV of every county table, through the product's one writer (src/domain/csv.ts: ';', decimal
// comma, BOM, quoting): a heading row in words, then the rows. Counts only; no names of people.
// Dates the Indonesian way ('5 Nov 2026'), with the same date in ISO in a last column for machines.
// Region codes (64.11.05.2003) are kept as text: a spreadsheet would read '64.11.05' as a date.

type Row<T> = CsvColumn<T>[];
const table = <T,>(cols: Row<T>, rows: readonly T[]) => writeCsv(csvSection(cols, rows));

const yes = (b: boolean): CsvCell => (b ? 'ya' : 'tidak');
const day = (iso: string | null | undefined): CsvCell => (iso ? formatDateIn('id', iso) : '');
const time = (iso: string | null | undefined): CsvCell => (iso ? formatDateTimeIn('id', iso) : '');
const pct = (x: number | null): CsvCell => (x === null ? null : x * 100);

const skdnCols = <T extends Pick<GroupTotal, 'skdn' | 'ratios'>>(): Row<T> => [
  { head: 'S (balita di wilayah)', value: (r) => r.skdn.S },
  { head: 'K (punya KMS)', value: (r) => r.skdn.K },
  { head: 'D (ditimbang)', value: (r) => r.skdn.D },
  { head: 'N (naik)', value: (r) => r.skdn.N },
  { head: 'T (tidak naik)', value: (r) => r.skdn.T },
  { head: 'O (bulan lalu tidak ditimbang)', value: (r) => r.skdn.O },
  { head: 'B (baru)', value: (r) => r.skdn.B },
  { head: 'BGM', value: (r) => r.skdn.BGM },
  { head: '2T', value: (r) => r.skdn.T2 },
  { head: 'D/S (%)', value: (r) => pct(r.ratios.DS), digits: 1 },
  { head: 'N/D (%)', value: (r) => pct(r.ratios.ND), digits: 1 },
];

type PosRow = PosyanduOverview['rows'][number];
type Group = GroupTotal & { code: string };

export function posyanduCsv(o: PosyanduOverview, which: 'posyandu' | 'desa' | 'kecamatan'): string {
  if (which === 'posyandu') {
    const cols: Row<PosRow> = [
      { head: 'Kecamatan', value: (r) => r.kecamatan },
      { head: 'Kode desa', value: (r) => r.desa, text: true },
      { head: 'Desa', value: (r) => r.desaName },
      { head: 'Posyandu', value: (r) => r.name },
      { head: `Strata ${o.year}`, value: (r) => r.level },
      { head: 'Strata 12 bulan terakhir', value: (r) => r.rollingLevel },
      { head: `Strata ${o.year - 1}`, value: (r) => r.previousLevel },
      { head: 'Strata turun', value: (r) => yes(r.dropped) },
      { head: 'Syarat yang kurang', value: (r) => r.missing },
      { head: 'Hari buka terakhir', value: (r) => day(r.lastDay) },
      { head: 'Sinkron terakhir', value: (r) => time(r.lastSync) },
      { head: 'Tidak sinkron 45 hari', value: (r) => yes(r.noSync) },
      ...skdnCols<PosRow>(),
      { head: 'Hari buka terakhir (ISO)', value: (r) => r.lastDay ?? '' },
      { head: 'Sinkron terakhir (ISO)', value: (r) => r.lastSync ?? '' },
    ];
    return table(cols, o.rows);
  }
  const groups: Group[] = [...(which === 'desa' ? o.desa : o.kecamatan), { ...o.total, code: 'Jumlah' }];
  const cols: Row<Group> = [
    { head: which === 'desa' ? 'Kode desa' : 'Kode kecamatan', value: (g) => g.code, text: true },
    { head: 'Nama', value: (g) => g.name },
    { head: 'Jumlah Posyandu', value: (g) => g.posyandu },
    { head: 'Pratama', value: (g) => g.levels.pratama },
    { head: 'Madya', value: (g) => g.levels.madya },
    { head: 'Purnama', value: (g) => g.levels.purnama },
    { head: 'Mandiri', value: (g) => g.levels.mandiri },
    { head: 'Strata turun', value: (g) => g.dropped },
    ...skdnCols<Group>(),
  ];
  return table(cols, groups);
}

const recapCols = <T,>(recap: (r: T) => PopulationRecap): Row<T> => [
  { head: 'Penduduk awal bulan', value: (r) => recap(r).start.jiwa },
  { head: 'Lahir', value: (r) => recap(r).lahir.jiwa },
  { head: 'Datang', value: (r) => recap(r).datang.jiwa },
  { head: 'Meninggal', value: (r) => recap(r).mati.jiwa },
  { head: 'Pindah', value: (r) => recap(r).pindah.jiwa },
  { head: 'Penduduk akhir bulan', value: (r) => recap(r).end.jiwa },
  { head: 'Akhir bulan laki-laki', value: (r) => recap(r).end.WNI.L + recap(r).end.WNA.L },
  { head: 'Akhir bulan perempuan', value: (r) => recap(r).end.WNI.P + recap(r).end.WNA.P },
  { head: 'Akhir bulan WNA', value: (r) => recap(r).end.WNA.L + recap(r).end.WNA.P },
  { head: 'Jumlah KK', value: (r) => recap(r).end.KK },
];

/** Births and deaths of each month of the year so far, one column per month ('Lahir Nov 2026'). */
function perMonth<T extends { births: number[]; deaths: number[] }>(months: string[]): Row<T> {
  const name = (m: string) => formatMonthIn('id', m);
  return [
    ...months.map((m, i): CsvColumn<T> => ({ head: `Lahir ${name(m)}`, value: (r) => r.births[i] })),
    ...months.map((m, i): CsvColumn<T> => ({ head: `Meninggal ${name(m)}`, value: (r) => r.deaths[i] })),
  ];
}

type RtRow = PopulationOverview['rows'][number];
type PopGroup = PopulationOverview['desa'][number];
type December = PopulationOverview['december'][number];

export function populationCsv(o: PopulationOverview, which: 'rt' | 'desa' | 'kecamatan' | 'december'): string {
  if (which === 'rt') {
    return table<RtRow>([
      { head: 'Kecamatan', value: (r) => r.kecamatan },
      { head: 'Kode desa', value: (r) => r.desa, text: true },
      { head: 'Desa', value: (r) => r.desaName },
      { head: 'RT', value: (r) => r.rt },
      ...recapCols<RtRow>((r) => r.recap),
      ...perMonth<RtRow>(o.months),
    ], o.rows);
  }
  if (which === 'december') {
    return table<December>([
      { head: 'Kode desa', value: (d) => d.code, text: true },
      { head: 'Desa', value: (d) => d.name },
      { head: 'Tahun', value: () => String(o.decemberYear) },
      ...recapCols<December>((d) => d.recap),
    ], o.december);
  }
  const groups: PopGroup[] = [...(which === 'desa' ? o.desa : o.kecamatan), { ...o.total, code: 'Jumlah' }];
  return table<PopGroup>([
    { head: which === 'desa' ? 'Kode desa' : 'Kode kecamatan', value: (g) => g.code, text: true },
    { head: 'Nama', value: (g) => g.name },
    { head: 'Jumlah RT', value: (g) => g.rts },
    ...recapCols<PopGroup>((g) => g.recap),
    ...perMonth<PopGroup>(o.months),
  ], groups);
}

/** The 4.16 figures (houses, KK, members L/P, balita, …, house facts), one column each (issue 20 item 4). */
const figureCols = <T extends { counts: RecapCounts }>(): Row<T> => RECAP_COLUMNS.map((k): CsvColumn<T> => ({ head: PKK_FIGURE_HEAD[k], value: (r) => r.counts[k] }));

type PkkRow = PkkOverview['rows'][number];
type PkkGroup = PkkOverview['desa'][number];

export function pkkCsv(o: PkkOverview, which: 'desa' | 'kelompok'): string {
  if (which === 'kelompok') {
    return table<PkkRow>([
      { head: 'Kecamatan', value: (r) => r.kecamatan },
      { head: 'Kode desa', value: (r) => r.desa, text: true },
      { head: 'Desa', value: (r) => r.desaName },
      { head: 'RT', value: (r) => r.rt },
      { head: 'Kelompok dasawisma', value: (r) => r.name },
      { head: 'Sudah lapor', value: (r) => yes(r.reported) },
      { head: 'Tanggal lapor', value: (r) => day(r.submittedOn) },
      { head: 'Ada ketua kelompok', value: (r) => yes(r.hasCoordinator) },
      ...figureCols<PkkRow>(),
      { head: 'Tanggal lapor (ISO)', value: (r) => r.submittedOn ?? '' },
    ], o.rows);
  }
  return table<PkkGroup>([
    { head: 'Kode desa', value: (d) => d.code, text: true },
    { head: 'Desa', value: (d) => d.name },
    { head: 'Jumlah kelompok', value: (d) => d.groups },
    { head: 'Sudah lapor', value: (d) => d.reported },
    { head: 'Belum lapor', value: (d) => d.groups - d.reported },
    { head: 'Tanpa ketua kelompok', value: (d) => d.withoutCoordinator },
    ...figureCols<PkkGroup>(),
  ], [...o.desa, { ...o.total, code: 'Jumlah' }]);
}
