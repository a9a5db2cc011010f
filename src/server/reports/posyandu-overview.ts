import { skdnRatios, type SkdnCounts, type SkdnRatios, type StrataLevel, type WhoTables } from '../../domain';
import { activeConfig } from '../../domain/records/config';
import type { LiveRecord } from './load';
import type { PosyanduRecords } from './posyandu-inputs';
import { LEVELS, SKDN_KEYS, levelRank, unitDetail, type UnitDetail } from './posyandu-unit';
import { desaOfAddr, groupRows, kecamatanOf } from './places';

// The county's Posyandu overview: one row per Posyandu, totals per desa and kecamatan. The rows
// depend on records only (cached by change number); last sync and the 45-day flag are added per
// request from the devices table (sync times move without a record changing).

export interface PosyanduRow {
  id: string;
  addr: string;
  name: string;
  desa: string;
  desaName: string;
  kecamatan: string;
  level: StrataLevel;
  rollingLevel: StrataLevel;
  previousLevel: StrataLevel;
  /** the calendar-year level is below the previous calendar year's */
  dropped: boolean;
  /** unmet requirements of the next level (calendar year) */
  missing: number;
  nextLevel: string | null;
  skdn: SkdnCounts;
  ratios: SkdnRatios;
  lastDay: string | null;
}

export interface GroupTotal {
  code: string;
  name: string;
  posyandu: number;
  skdn: SkdnCounts;
  ratios: SkdnRatios;
  levels: Record<StrataLevel, number>;
  dropped: number;
}

export interface PosyanduOverviewCore {
  month: string;
  year: number;
  profile: string;
  configVersion: number;
  rows: PosyanduRow[];
  desa: GroupTotal[];
  kecamatan: GroupTotal[];
  total: GroupTotal;
}

export interface OverviewOptions {
  month: string;
  year: number;
  tables: WhoTables;
}

/** Profile and KBM of a unit: the county's configuration, else the unit's own choice (as on the phone). */
export function unitOptions(p: PosyanduRecords, config: LiveRecord[], o: OverviewOptions) {
  const cfg = activeConfig(config, p.unit.data.strataProfile ?? 'nasional');
  return { month: o.month, year: o.year, profile: cfg.strataProfile, kbm: cfg.kbm, tables: o.tables };
}

export function computeUnitRow(p: PosyanduRecords, d: UnitDetail): PosyanduRow {
  const desa = desaOfAddr(p.unit.addr);
  return {
    id: p.unit.id,
    addr: p.unit.addr,
    name: p.unit.data.name,
    desa,
    desaName: p.unit.data.desaName ?? '',
    kecamatan: kecamatanOf(desa),
    level: d.year.result.level,
    rollingLevel: d.rolling.result.level,
    previousLevel: d.previousYear.result.level,
    dropped: levelRank(d.year.result.level) < levelRank(d.previousYear.result.level),
    missing: d.year.result.next?.missing.length ?? 0,
    nextLevel: d.year.result.next?.level ?? null,
    skdn: d.skdn,
    ratios: d.ratios,
    lastDay: d.lastDay,
  };
}

export function posyanduOverview(units: PosyanduRecords[], config: LiveRecord[], o: OverviewOptions): PosyanduOverviewCore {
  return overviewOf(units.map((p) => unitRow(p, config, o)), config, o);
}

/** The overview row of one Posyandu (what the county stores per unit). */
export function unitRow(p: PosyanduRecords, config: LiveRecord[], o: OverviewOptions): PosyanduRow {
  return computeUnitRow(p, unitDetail(p, unitOptions(p, config, o)));
}

/** Sorted rows and their totals per desa, kecamatan and kabupaten. */
export function overviewOf(rows: PosyanduRow[], config: LiveRecord[], o: Pick<OverviewOptions, 'month' | 'year'>): PosyanduOverviewCore {
  rows.sort((a, b) => (a.desa < b.desa ? -1 : a.desa > b.desa ? 1 : a.name.localeCompare(b.name, 'id')));
  const g = groupRows(rows);
  const cfg = activeConfig(config);
  return {
    month: o.month,
    year: o.year,
    profile: cfg.source === 'county' ? cfg.strataProfile : 'unit',
    configVersion: cfg.version,
    rows,
    desa: [...g.desa].map(([code, rs]) => totalOf(code, rs[0]?.desaName ?? '', rs)),
    kecamatan: [...g.kecamatan].map(([code, rs]) => totalOf(code, '', rs)),
    total: totalOf('', '', rows),
  };
}

export function totalOf(code: string, name: string, rows: readonly PosyanduRow[]): GroupTotal {
  const skdn = Object.fromEntries(SKDN_KEYS.map((k) => [k, 0])) as unknown as SkdnCounts;
  const levels = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<StrataLevel, number>;
  let dropped = 0;
  for (const r of rows) {
    for (const k of SKDN_KEYS) skdn[k] += r.skdn[k];
    levels[r.level]++;
    if (r.dropped) dropped++;
  }
  return { code, name, posyandu: rows.length, skdn, ratios: skdnRatios(skdn), levels, dropped };
}
