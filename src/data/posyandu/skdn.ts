import { addMonths, monthIndex } from '../../domain/dates';
// By path, not the kms barrel (see growth.ts).
import { indexChild } from '../../domain/kms/child';
import { isBgmAt, isTwoTAt, trendAt } from '../../domain/kms/trend';
import { balitaAge, skdnRange, skdnRatios, type Skdn, type SkdnRatios } from '../../domain/kms/skdn';
import { toChildRecord } from './growth';
import type { Register } from './register';

/** The codes a kader can tap on the F1 report to see the children behind the number. */
export type SkdnCode = 'S' | 'K' | 'D' | 'N' | 'T' | 'O' | 'B' | 'absent' | 'BGM' | 'T2';

export interface SkdnReport {
  month: string;
  skdn: Skdn;
  ratios: SkdnRatios;
  /** child ids behind each number; every list's length equals the domain's count */
  lists: Record<SkdnCode, string[]>;
  /** D/S and N/D of the 12 months ending with `month` (trend chart) */
  trend: { month: string; ds: number | null; nd: number | null }[];
}

/**
 * Form F1 of one month from the in-memory register. The counts are the domain's skdn(); the lists
 * name each child with the same domain predicates (balitaAge, trendAt, isBgmAt, isTwoTAt).
 */
export function skdnReport(reg: Register, month: string): SkdnReport {
  const records = reg.children.map((c) => toChildRecord(c, reg.visitsByChild.get(c.id) ?? []));
  const kbm = reg.kbm;
  const range = skdnRange(records, addMonths(month, -11), month, { kbm });
  const current = range[range.length - 1];
  const mi = monthIndex(month);
  const lists: SkdnReport['lists'] = { S: [], K: [], D: [], N: [], T: [], O: [], B: [], absent: [], BGM: [], T2: [] };
  for (const rec of records) {
    const c = indexChild(rec);
    if (balitaAge(c, mi) === null) continue;
    lists.S.push(rec.id);
    if (rec.hasKms) lists.K.push(rec.id);
    const trend = trendAt(c, mi, kbm);
    if (trend) {
      lists.D.push(rec.id);
      lists[trend].push(rec.id);
      if (isBgmAt(c, mi)) lists.BGM.push(rec.id);
      if (trend === 'T' && isTwoTAt(c, mi, kbm)) lists.T2.push(rec.id);
    } else if (rec.hasKms) {
      lists.absent.push(rec.id);
    }
  }
  const trendRows = range.map((s) => {
    const r = skdnRatios(s);
    return { month: s.month, ds: r.DS, nd: r.ND };
  });
  return { month, skdn: current, ratios: skdnRatios(current), lists, trend: trendRows };
}

const CSV_ROWS: (keyof Skdn & SkdnCode)[] = ['S', 'K', 'D', 'N', 'T', 'O', 'B', 'absent', 'BGM', 'T2'];

/** F1 as CSV: totals, then one column per age band and sex, as the paper form lays it out. */
export function skdnCsv(report: SkdnReport, labels: Record<SkdnCode, string>): string {
  const bands = Object.keys(report.skdn.byBand) as (keyof Skdn['byBand'])[];
  const head = ['Kode', 'Uraian', 'Jumlah', ...bands.flatMap((b) => [`${b} bln L`, `${b} bln P`])];
  const lines = [head];
  for (const code of CSV_ROWS) {
    lines.push([
      code,
      labels[code],
      String(report.skdn[code]),
      ...bands.flatMap((b) => [String(report.skdn.byBand[b].L[code]), String(report.skdn.byBand[b].P[code])]),
    ]);
  }
  const pct = (x: number | null) => (x === null ? '' : (x * 100).toFixed(1));
  for (const [k, val] of Object.entries(report.ratios)) lines.push([k, `${k} (%)`, pct(val)]);
  const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return lines.map((l) => l.map(esc).join(',')).join('\r\n') + '\r\n';
}
