import { loadWhoTables, type WhoTables } from '../../domain';
import { activeConfig } from '../../domain/records/config';
import { parseAddr } from '../../domain/records';
import type { Db } from '../db/types';
import { ReportCache } from '../reports/cache';
import { loadChildren, loadKinds, loadKind, loadWeighings, type AddrFilter, type LiveRecord } from '../reports/load';
import { posyanduUnits, UNIT_KINDS, type PosyanduRecords } from '../reports/posyandu-inputs';
import { overviewOf, unitOptions, unitRow, type PosyanduOverviewCore, type PosyanduRow } from '../reports/posyandu-overview';
import { unitDetail, type UnitDetail } from '../reports/posyandu-unit';
import { loadRtBooks } from '../reports/population-inputs';
import { populationOf, rtResult, type PopulationOverview, type RtResult } from '../reports/population';
import { pkkOverview, type PkkOverview } from '../reports/pkk';
import { loadLkd } from '../reports/lkd-inputs';
import { lkdOverview, type LkdOverview } from '../reports/lkd';

/** What the PKK overview reads: the dasawisma records, and the unit records that name a desa. */
const PKK_KINDS = ['dasawisma.group', 'dasawisma.recap', 'dasawisma.family', 'dasawisma.member', 'dasawisma.pkkRt', 'rt.unit', 'posyandu.unit'] as const;
import { lastSyncOf, loadSyncIndex, staleSync } from '../reports/device-sync';
import { addrMarks, topMarks, type TopMarks } from '../reports/marks';
import { unitResults } from '../reports/unit-store';

// Loads, caches and computes the county reports. Two layers: whole reports in memory while the
// kabupaten's newest version stays the same (repeat requests), and per-unit results in the
// database under each unit's own mark (reports/unit-store.ts), so only changed units are computed.

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

/** How many units the last overview computed (the rest came from stored results): for tests and the bench. */
export interface ComputeStats {
  computed: number;
  /** units whose marks were read; 0 when nothing was written since the stored set was complete */
  units: number;
}

export class ReportService {
  private cache = new ReportCache();
  private tables: Promise<WhoTables> | null = null;
  last: ComputeStats = { computed: 0, units: 0 };

  constructor(private db: Db) {}

  private who(): Promise<WhoTables> {
    return (this.tables ??= loadWhoTables());
  }

  /** The county's config records (they live at the kabupaten address). */
  private configRecords(kab: string): Promise<LiveRecord[]> {
    return Promise.all([loadKind(this.db, kab, 'config.county', [kab]), loadKind(this.db, kab, 'config.kbm', [kab])]).then(([a, b]) => [...a, ...b]);
  }

  private async posyanduRecords(kab: string, addrs: AddrFilter): Promise<PosyanduRecords[]> {
    const [kinds, weighings, children] = await Promise.all([
      loadKinds(this.db, kab, UNIT_KINDS, addrs), loadWeighings(this.db, kab, addrs), loadChildren(this.db, kab, addrs),
    ]);
    kinds.set('posyandu.child', children);
    return posyanduUnits(kinds, weighings);
  }

  /** Marks of the addresses that may hold a unit of a report (by address shape). */
  private async unitMarks(kab: string, isUnit: (addr: string) => boolean) {
    const m = await addrMarks(this.db, kab);
    const byAddr = new Map([...m.byAddr].filter(([a]) => isUnit(a)));
    this.last.units = byAddr.size;
    return { byAddr, top: m.top };
  }

  private async posyanduCore(kab: string, month: string, year: number, marks: TopMarks): Promise<PosyanduOverviewCore> {
    const [config, tables] = await Promise.all([this.configRecords(kab), this.who()]);
    const o = { month, year, tables };
    this.last = { computed: 0, units: 0 };
    const r = await unitResults<PosyanduRow>(this.db, {
      kab,
      report: 'posyandu',
      // Config records (strata profile, KBM table) sit at the kabupaten address: their mark is part
      // of the parameters, so a config change recomputes every unit.
      params: `${month}|${year}|${marks.kabAddr}`,
      top: marks.top,
      marks: () => this.unitMarks(kab, (a) => parseAddr(a).posyandu !== undefined),
      compute: async (todo) => {
        const recs = await this.posyanduRecords(kab, todo);
        return new Map(recs.map((p) => [p.unit.addr, unitRow(p, config, o)]));
      },
    });
    this.last.computed = r.computed.length;
    return overviewOf([...r.results.values()].filter((x) => x !== null), config, o);
  }

  async posyandu(kab: string, month: string, year: number, now = new Date()): Promise<PosyanduOverview> {
    const marks = await topMarks(this.db, kab);
    const [core, sync] = await Promise.all([
      this.cache.get(`posyandu|${kab}|${month}|${year}`, marks.top, () => this.posyanduCore(kab, month, year, marks)),
      loadSyncIndex(this.db, kab, 'posyandu'),
    ]);
    const rows = core.rows.map((r) => {
      const lastSync = lastSyncOf(sync, r.addr);
      return { ...r, lastSync, noSync: staleSync(lastSync, now) };
    });
    return { ...core, rows, noSync: rows.filter((r) => r.noSync).length, generatedAt: now.toISOString() };
  }

  /** One Posyandu's figures: reads only that unit's records. */
  async posyanduUnit(kab: string, id: string, month: string, year: number): Promise<(UnitDetail & { id: string; addr: string; name: string; desaName: string }) | null> {
    const [unit] = await this.db.query<{ addr: string }>(
      "select addr from records where kab = $1 and id = $2 and kind = 'posyandu.unit' and not deleted",
      [kab, id],
    );
    if (!unit) return null;
    const [recs, config, tables] = await Promise.all([this.posyanduRecords(kab, [unit.addr]), this.configRecords(kab), this.who()]);
    // The unit record that wins its address (as in the overview), which must be the one asked for.
    const p = recs.find((u) => u.unit.id === id);
    if (!p) return null;
    const d = unitDetail(p, unitOptions(p, config, { month, year, tables }));
    return { id: p.unit.id, addr: p.unit.addr, name: p.unit.data.name, desaName: p.unit.data.desaName ?? '', ...d };
  }

  private async populationCore(kab: string, month: string, decemberYear: number, top: number): Promise<PopulationOverview> {
    this.last = { computed: 0, units: 0 };
    const r = await unitResults<RtResult>(this.db, {
      kab,
      report: 'population',
      params: `${month}|${decemberYear}`,
      top,
      marks: () => this.unitMarks(kab, (a) => parseAddr(a).rt !== undefined),
      compute: async (todo) => {
        const books = await loadRtBooks(this.db, kab, todo);
        return new Map(books.map((b) => [b.addr, rtResult(b, month, decemberYear)]));
      },
    });
    this.last.computed = r.computed.length;
    return populationOf([...r.results.values()].filter((x) => x !== null), month, decemberYear);
  }

  async population(kab: string, month: string, decemberYear: number): Promise<PopulationOverview> {
    const { top } = await topMarks(this.db, kab);
    return this.cache.get(`population|${kab}|${month}|${decemberYear}`, top, () => this.populationCore(kab, month, decemberYear, top));
  }

  async pkk(kab: string, month: string): Promise<PkkOverview> {
    const { top } = await topMarks(this.db, kab);
    return this.cache.get(`pkk|${kab}|${month}`, top, async () => {
      const k = await loadKinds(this.db, kab, PKK_KINDS);
      const named = [...k.get('dasawisma.pkkRt')!, ...k.get('rt.unit')!, ...k.get('posyandu.unit')!];
      return pkkOverview({
        groups: k.get('dasawisma.group')!, recaps: k.get('dasawisma.recap')!, families: k.get('dasawisma.family')!, members: k.get('dasawisma.member')!, named,
      }, month);
    });
  }

  /** Village institutions judged on `date` (issue 18): boards, terms, open seats, members who no longer qualify. */
  async lkd(kab: string, date: string): Promise<LkdOverview> {
    const { top } = await topMarks(this.db, kab);
    return this.cache.get(`lkd|${kab}|${date}`, top, async () => lkdOverview(await loadLkd(this.db, kab), date));
  }

  /** The county's configuration as phones will compute with it. */
  async config(kab: string) {
    return activeConfig(await this.configRecords(kab));
  }
}
