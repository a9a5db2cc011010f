import type { Month, Sex } from '../types';
import { monthFromIndex, monthIndex, monthStartDay } from '../dates';
import { whoTables, type WhoTables } from '../growth';
import { indexChild, type ChildMonths, type ChildRecord } from './child';
import { KBM_KMS_2010, type KbmTable } from './kbm';
import { isBgmAt, isTwoTAt, trendAt } from './trend';

export interface SkdnCounts {
  S: number; K: number; D: number; N: number; T: number; O: number; B: number;
  /** K − D, as form F1 defines it; negative when children without a KMS book were weighed */
  absent: number;
  BGM: number;
  T2: number;
}

/**
 * The split behind `absent` (K − D), so a report never has to show a negative count:
 * absent = kmsNotWeighed − weighedNoKms. D/K above 100 % comes from `weighedNoKms`.
 */
export interface SkdnSplit {
  /** in K (has a KMS/KIA book), not weighed this month: the children a kader should look for */
  kmsNotWeighed: number;
  /** in D, weighed without a KMS/KIA book: counted in D, not in K */
  weighedNoKms: number;
}

export type SkdnCell = SkdnCounts & SkdnSplit;

/** Age bands of form F1 gizi, in completed months on the month's first day. */
export const SKDN_AGE_BANDS = ['0-5', '6-11', '12-23', '24-35', '36-59'] as const;
export type SkdnAgeBand = (typeof SKDN_AGE_BANDS)[number];

export interface Skdn extends SkdnCell {
  month: Month;
  byBand: Record<SkdnAgeBand, Record<Sex, SkdnCell>>;
}

export interface SkdnOptions {
  kbm?: KbmTable;
  /** defaults to the loaded WHO tables (loadWhoTables()); needed for BGM */
  tables?: WhoTables;
}

const zero = (): SkdnCell => ({ S: 0, K: 0, D: 0, N: 0, T: 0, O: 0, B: 0, absent: 0, BGM: 0, T2: 0, kmsNotWeighed: 0, weighedNoKms: 0 });

function bandOf(months: number): SkdnAgeBand {
  if (months < 6) return '0-5';
  if (months < 12) return '6-11';
  if (months < 24) return '12-23';
  if (months < 36) return '24-35';
  return '36-59';
}

/**
 * Age in completed months on the first day of month `mi` if the child is a balita of that month
 * (born by its last day, under 60 months on its first day, not gone before it), else null.
 */
export function balitaAge(c: ChildMonths, mi: number): number | null {
  if (c.birthDay >= monthStartDay(mi + 1)) return null;
  if (c.leftDay < monthStartDay(mi)) return null;
  // On the 1st, the month's anniversary is reached only by a child born on a 1st.
  const age = Math.max(0, mi - c.birthMonth - (c.birthDom > 1 ? 1 : 0));
  return age < 60 ? age : null;
}

function monthSkdn(kids: ChildMonths[], mi: number, kbm: KbmTable, tables: () => WhoTables): Skdn {
  const month = monthFromIndex(mi);
  const byBand = Object.fromEntries(SKDN_AGE_BANDS.map((b) => [b, { L: zero(), P: zero() }])) as Skdn['byBand'];
  const total = zero();

  for (const c of kids) {
    const { child } = c;
    const age = balitaAge(c, mi);
    if (age === null) continue;
    const cell = byBand[bandOf(age)][child.sex];
    const add = (k: keyof SkdnCell) => { cell[k]++; total[k]++; };
    add('S');
    if (child.hasKms) add('K');
    const trend = trendAt(c, mi, kbm);
    if (trend) {
      add('D');
      add(trend);
      if (!child.hasKms) add('weighedNoKms');
      if (isBgmAt(c, mi, tables())) add('BGM');
      if (trend === 'T' && isTwoTAt(c, mi, kbm)) add('T2');
    } else if (child.hasKms) {
      add('kmsNotWeighed');
    }
  }
  for (const b of SKDN_AGE_BANDS) for (const s of ['L', 'P'] as Sex[]) byBand[b][s].absent = byBand[b][s].K - byBand[b][s].D;
  total.absent = total.K - total.D;
  return { month, ...total, byBand };
}

/** Monthly SKDN of one Posyandu (form F1 gizi) from its register of children. */
export function skdn(children: ChildRecord[], month: Month, opts: SkdnOptions = {}): Skdn {
  return skdnRange(children, month, month, opts)[0];
}

/** SKDN for every month from `from` to `to`, indexing each child's weighings once. */
export function skdnRange(children: ChildRecord[], from: Month, to: Month, opts: SkdnOptions = {}): Skdn[] {
  const kbm = opts.kbm ?? KBM_KMS_2010;
  // Resolved only when a weighed child needs a BGM check, so S/K-only months need no WHO tables.
  const tables = () => opts.tables ?? whoTables();
  const kids = children.map(indexChild);
  const out: Skdn[] = [];
  for (let mi = monthIndex(from), end = monthIndex(to); mi <= end; mi++) out.push(monthSkdn(kids, mi, kbm, tables));
  return out;
}

export interface SkdnRatios {
  KS: number | null; DS: number | null; DK: number | null; ND: number | null; NS: number | null; BGMD: number | null;
}

/** The ratios of domain-tables §2, as fractions; null where the denominator is 0. */
export function skdnRatios(c: SkdnCounts): SkdnRatios {
  const r = (a: number, b: number) => (b === 0 ? null : a / b);
  return { KS: r(c.K, c.S), DS: r(c.D, c.S), DK: r(c.D, c.K), ND: r(c.N, c.D), NS: r(c.N, c.S), BGMD: r(c.BGM, c.D) };
}
