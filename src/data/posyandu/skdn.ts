import { addMonths, monthIndex } from '../../domain/dates';
// By path, not the kms barrel (see growth.ts).
import { indexChild } from '../../domain/kms/child';
import { isBgmAt, isTwoTAt, trendAt } from '../../domain/kms/trend';
import { balitaAge, skdnRange, skdnRatios, type Skdn, type SkdnCell, type SkdnRatios } from '../../domain/kms/skdn';
import { toChildRecord } from './growth';
import type { Register } from './register';

/**
 * The codes a kader can tap on the F1 report to see the children behind the number. 'absent' (−)
 * lists the children with a KMS book who were not weighed; 'weighedNoKms' those weighed without one
 * (the domain's split of K − D, so no count is negative).
 */
export type SkdnCode = 'S' | 'K' | 'D' | 'N' | 'T' | 'O' | 'B' | 'absent' | 'weighedNoKms' | 'BGM' | 'T2';

export interface SkdnReport {
  month: string;
  skdn: Skdn;
  ratios: SkdnRatios;
  /** child ids behind each number; every list's length equals skdnCount(report, code) */
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
  const lists: SkdnReport['lists'] = { S: [], K: [], D: [], N: [], T: [], O: [], B: [], absent: [], weighedNoKms: [], BGM: [], T2: [] };
  for (const rec of records) {
    const c = indexChild(rec);
    if (balitaAge(c, mi) === null) continue;
    lists.S.push(rec.id);
    if (rec.hasKms) lists.K.push(rec.id);
    const trend = trendAt(c, mi, kbm);
    if (trend) {
      lists.D.push(rec.id);
      lists[trend].push(rec.id);
      if (!rec.hasKms) lists.weighedNoKms.push(rec.id);
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

/**
 * The figure shown for a code: the F1 counts as the domain defines them, except '−', which shows
 * the children with a book not weighed (never negative; K − D itself is `skdn.absent`).
 */
export function skdnCount(cell: SkdnCell, code: SkdnCode): number {
  return code === 'absent' ? cell.kmsNotWeighed : cell[code];
}
