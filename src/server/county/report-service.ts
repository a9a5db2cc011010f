import { loadWhoTables, type WhoTables } from '../../domain';
import { activeConfig } from '../../domain/records/config';
import type { Queryable } from '../db/types';
import { ReportCache } from '../reports/cache';
import { changeMark, loadChildren, loadKinds, loadKind, loadWeighings, type LiveRecord } from '../reports/load';
import { posyanduUnits, POSYANDU_KINDS, type PosyanduRecords } from '../reports/posyandu-inputs';
import { posyanduOverview, unitOptions, type PosyanduOverviewCore, type PosyanduRow } from '../reports/posyandu-overview';
import { unitDetail, type UnitDetail } from '../reports/posyandu-unit';
import { loadRtBooks } from '../reports/population-inputs';
import { populationOverview, type PopulationOverview } from '../reports/population';
import { pkkOverview, type PkkOverview } from '../reports/pkk';
import { lastSyncOf, loadSyncIndex, staleSync } from '../reports/device-sync';

// Loads, caches and computes the county reports. The loaded Posyandu records are cached too, so a
// drill-down after the overview does not read the kabupaten again.

export interface PosyanduOverviewRow extends PosyanduRow {
  /** undefined: no phone enrolled for this Posyandu */
  lastSync: string | null | undefined;
  noSync: boolean;
}

export interface PosyanduOverview extends Omit<PosyanduOverviewCore, 'rows'> {
  rows: PosyanduOverviewRow[];
  noSync: number;
  generatedAt: string;
}

export class ReportService {
  private cache = new ReportCache();
  private tables: Promise<WhoTables> | null = null;

  constructor(private q: Queryable) {}

  private who(): Promise<WhoTables> {
    return (this.tables ??= loadWhoTables());
  }

  private async posyanduData(kab: string, mark: number): Promise<{ units: PosyanduRecords[]; config: LiveRecord[] }> {
    return this.cache.get(`posyandu-data|${kab}`, mark, async () => {
      const [kinds, weighings, children] = await Promise.all([loadKinds(this.q, kab, POSYANDU_KINDS), loadWeighings(this.q, kab), loadChildren(this.q, kab)]);
      kinds.set('posyandu.child', children);
      const config = [...(kinds.get('config.county') ?? []), ...(kinds.get('config.kbm') ?? [])];
      return { units: posyanduUnits(kinds, weighings), config };
    });
  }

  async posyandu(kab: string, month: string, year: number, now = new Date()): Promise<PosyanduOverview> {
    const mark = await changeMark(this.q, kab);
    const [core, sync] = await Promise.all([
      this.cache.get(`posyandu|${kab}|${month}|${year}`, mark, async () => {
        const [data, tables] = await Promise.all([this.posyanduData(kab, mark), this.who()]);
        return posyanduOverview(data.units, data.config, { month, year, tables });
      }),
      loadSyncIndex(this.q, kab, 'posyandu'),
    ]);
    const rows = core.rows.map((r) => {
      const lastSync = lastSyncOf(sync, r.addr);
      return { ...r, lastSync, noSync: staleSync(lastSync, now) };
    });
    return { ...core, rows, noSync: rows.filter((r) => r.noSync).length, generatedAt: now.toISOString() };
  }

  async posyanduUnit(kab: string, id: string, month: string, year: number): Promise<(UnitDetail & { id: string; addr: string; name: string; desaName: string }) | null> {
    const mark = await changeMark(this.q, kab);
    const [data, tables] = await Promise.all([this.posyanduData(kab, mark), this.who()]);
    const p = data.units.find((u) => u.unit.id === id);
    if (!p) return null;
    const d = unitDetail(p, unitOptions(p, data.config, { month, year, tables }));
    return { id: p.unit.id, addr: p.unit.addr, name: p.unit.data.name, desaName: p.unit.data.desaName ?? '', ...d };
  }

  async population(kab: string, month: string, decemberYear: number): Promise<PopulationOverview> {
    const mark = await changeMark(this.q, kab);
    return this.cache.get(`population|${kab}|${month}|${decemberYear}`, mark, async () =>
      populationOverview(await loadRtBooks(this.q, kab), month, decemberYear),
    );
  }

  async pkk(kab: string, month: string): Promise<PkkOverview> {
    const mark = await changeMark(this.q, kab);
    return this.cache.get(`pkk|${kab}|${month}`, mark, async () => {
      const [groups, recaps, pkkRts] = await Promise.all([
        loadKind(this.q, kab, 'dasawisma.group'),
        loadKind(this.q, kab, 'dasawisma.recap'),
        loadKind(this.q, kab, 'dasawisma.pkkRt'),
      ]);
      return pkkOverview(groups, recaps, pkkRts, month);
    });
  }

  /** The county's configuration as phones will compute with it. */
  async config(kab: string) {
    const [county, kbm] = await Promise.all([loadKind(this.q, kab, 'config.county'), loadKind(this.q, kab, 'config.kbm')]);
    return activeConfig([...county, ...kbm]);
  }
}
