import { RECAP_COLUMNS, type PopulationRecap, type RecapCounts } from '../../domain';
import type { PosyanduOverview } from '../county/report-service';
import type { PopulationOverview } from './population';
import { PKK_FIGURE_HEAD, type PkkOverview } from './pkk';
import type { GroupTotal } from './posyandu-overview';

// CSV of every county table: RFC 4180, comma separated, with a BOM so spreadsheet programs read
// Indonesian text correctly. Counts only; no names of people.

export type Cell = string | number | boolean | null | undefined;

export function toCsv(rows: Cell[][]): string {
  const cell = (x: Cell) => {
    const s = x === null || x === undefined ? '' : typeof x === 'boolean' ? (x ? 'ya' : 'tidak') : String(x);
    return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\ufeff' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

const pct = (x: number | null) => (x === null ? '' : (x * 100).toFixed(1));
const SKDN_HEAD = ['S', 'K', 'D', 'N', 'T', 'O', 'B', 'BGM', '2T', 'D/S %', 'N/D %'];
const skdnCells = (t: Pick<GroupTotal, 'skdn' | 'ratios'>): Cell[] => [
  t.skdn.S, t.skdn.K, t.skdn.D, t.skdn.N, t.skdn.T, t.skdn.O, t.skdn.B, t.skdn.BGM, t.skdn.T2, pct(t.ratios.DS), pct(t.ratios.ND),
];

export function posyanduCsv(o: PosyanduOverview, table: 'posyandu' | 'desa' | 'kecamatan'): string {
  if (table === 'posyandu') {
    return toCsv([
      ['Kecamatan', 'Kode desa', 'Desa', 'Posyandu', `Strata ${o.year}`, 'Strata 12 bulan', `Strata ${o.year - 1}`, 'Turun',
        'Syarat kurang', 'Hari buka terakhir', 'Sinkron terakhir', 'Tidak sinkron 45 hari', ...SKDN_HEAD],
      ...o.rows.map((r) => [
        r.kecamatan, r.desa, r.desaName, r.name, r.level, r.rollingLevel, r.previousLevel, r.dropped, r.missing, r.lastDay,
        r.lastSync ?? '', r.noSync, ...skdnCells(r),
      ]),
    ]);
  }
  const groups = table === 'desa' ? o.desa : o.kecamatan;
  return toCsv([
    [table === 'desa' ? 'Kode desa' : 'Kode kecamatan', 'Nama', 'Posyandu', 'Pratama', 'Madya', 'Purnama', 'Mandiri', 'Turun', ...SKDN_HEAD],
    ...[...groups, { ...o.total, code: 'Jumlah' }].map((g) => [
      g.code, g.name, g.posyandu, g.levels.pratama, g.levels.madya, g.levels.purnama, g.levels.mandiri, g.dropped, ...skdnCells(g),
    ]),
  ]);
}

const RECAP_HEAD = ['Awal', 'Lahir', 'Datang', 'Mati', 'Pindah', 'Akhir', 'Akhir L', 'Akhir P', 'Akhir WNA', 'KK'];
const recapCells = (r: PopulationRecap): Cell[] => [
  r.start.jiwa, r.lahir.jiwa, r.datang.jiwa, r.mati.jiwa, r.pindah.jiwa, r.end.jiwa,
  r.end.WNI.L + r.end.WNA.L, r.end.WNI.P + r.end.WNA.P, r.end.WNA.L + r.end.WNA.P, r.end.KK,
];

export function populationCsv(o: PopulationOverview, table: 'rt' | 'desa' | 'kecamatan' | 'december'): string {
  const months = o.months.map((m) => m.slice(5));
  if (table === 'rt') {
    return toCsv([
      ['Kecamatan', 'Kode desa', 'Desa', 'RT', ...RECAP_HEAD, ...months.map((m) => `Lahir ${m}`), ...months.map((m) => `Mati ${m}`)],
      ...o.rows.map((r) => [r.kecamatan, r.desa, r.desaName, r.rt, ...recapCells(r.recap), ...r.births, ...r.deaths]),
    ]);
  }
  if (table === 'december') {
    return toCsv([
      ['Kode desa', 'Desa', `Tahun`, ...RECAP_HEAD],
      ...o.december.map((d) => [d.code, d.name, o.decemberYear, ...recapCells(d.recap)]),
    ]);
  }
  const groups = table === 'desa' ? o.desa : o.kecamatan;
  return toCsv([
    [table === 'desa' ? 'Kode desa' : 'Kode kecamatan', 'Nama', 'RT', ...RECAP_HEAD, ...months.map((m) => `Lahir ${m}`), ...months.map((m) => `Mati ${m}`)],
    ...[...groups, { ...o.total, code: 'Jumlah' }].map((g) => [g.code, g.name, g.rts, ...recapCells(g.recap), ...g.births, ...g.deaths]),
  ]);
}

export function pkkCsv(o: PkkOverview, table: 'desa' | 'kelompok'): string {
  const figures = (c: RecapCounts) => RECAP_COLUMNS.map((k) => c[k]);
  const figureHead = RECAP_COLUMNS.map((k) => PKK_FIGURE_HEAD[k]);
  if (table === 'kelompok') {
    return toCsv([
      ['Kecamatan', 'Kode desa', 'Desa', 'RT', 'Kelompok dasawisma', 'Sudah lapor', 'Tanggal lapor', 'Ada koordinator', ...figureHead],
      ...o.rows.map((r) => [r.kecamatan, r.desa, r.desaName, r.rt, r.name, r.reported, r.submittedOn, r.hasCoordinator, ...figures(r.counts)]),
    ]);
  }
  return toCsv([
    ['Kode desa', 'Desa', 'Kelompok', 'Sudah lapor', 'Belum lapor', 'Tanpa koordinator', ...figureHead],
    ...[...o.desa, { ...o.total, code: 'Jumlah' }].map((d) => [d.code, d.name, d.groups, d.reported, d.groups - d.reported, d.withoutCoordinator, ...figures(d.counts)]),
  ]);
}
