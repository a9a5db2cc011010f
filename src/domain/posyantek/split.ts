import { SPLIT_SHARES, type SplitShare } from './codes';

// The business result and its split (Perbup Paser 2/2022 Pasal 24 ayat (5), (6)): the result is
// the business income less its costs; a positive result is split 40 % board incentive, 10 % desa
// income, 15 % social/education/health, 15 % board capacity, 20 % added capital.
//
// In whole rupiah, with no rupiah lost or invented (the largest-remainder rule): each share first
// gets the whole rupiah of its percentage (rounded down); the few rupiah left (at most 4, one per
// share) go one each to the shares whose dropped fraction was largest, ties to the share the
// article names first. So the five amounts always add up to the result, each is within one rupiah
// of its exact percentage, and the same result always splits the same way on every phone and on
// the server. A result of zero or a loss is not split (nothing to share; the loss is shown).

export const SPLIT_PERCENT: Readonly<Record<SplitShare, number>> = {
  'insentif-pengurus': 40,
  'pendapatan-desa': 10,
  'sosial-pendidikan-kesehatan': 15,
  'kapasitas-pengurus': 15,
  'modal-usaha': 20,
};

export const SPLIT_SOURCE = { id: 'posyantek-split', version: 1, source: 'Perbup Paser 2/2022 Pasal 24 ayat (6)' } as const;

export interface SplitLine {
  share: SplitShare;
  percent: number;
  /** Whole rupiah. */
  amount: number;
}

export interface BusinessSplit {
  /** Income less costs, whole rupiah (negative: a loss). */
  result: number;
  /** False for a zero result or a loss: every amount is 0. */
  split: boolean;
  lines: SplitLine[];
}

/** Business result = business income − business costs (Pasal 24 ayat (5)), whole rupiah. */
export function businessResult(income: number, costs: number): number {
  if (!Number.isSafeInteger(income) || !Number.isSafeInteger(costs)) throw new RangeError('amounts must be whole rupiah');
  return income - costs;
}

/** Splits a result in whole rupiah by the largest-remainder rule (see the header). */
export function splitResult(result: number): BusinessSplit {
  // result × 40 must stay exact: whole rupiah below ~2.25e14 (far above any Posyantek's turnover).
  if (!Number.isSafeInteger(result) || !Number.isSafeInteger(result * 100)) throw new RangeError('result must be whole rupiah');
  if (result <= 0) return { result, split: false, lines: SPLIT_SHARES.map((share) => ({ share, percent: SPLIT_PERCENT[share], amount: 0 })) };
  const parts = SPLIT_SHARES.map((share, order) => {
    const exact = result * SPLIT_PERCENT[share]; // hundredths of a rupiah, exact
    return { share, order, amount: Math.floor(exact / 100), fraction: exact % 100 };
  });
  let left = result - parts.reduce((s, p) => s + p.amount, 0);
  const byFraction = [...parts].sort((a, b) => b.fraction - a.fraction || a.order - b.order);
  for (const p of byFraction) {
    if (left === 0) break;
    if (p.fraction === 0) continue;
    p.amount += 1;
    left -= 1;
  }
  return { result, split: true, lines: parts.map((p) => ({ share: p.share, percent: SPLIT_PERCENT[p.share], amount: p.amount })) };
}
