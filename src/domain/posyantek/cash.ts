import { CASH_CATEGORIES, INCOME_CATEGORIES, type CashCategory } from './codes';
import { businessResult, splitResult, type BusinessSplit } from './split';

// The cash book (buku kas, Pasal 25 ayat (3) huruf c) and what the reports read from it: a
// period's opening balance, income and expenses by category, closing balance, and the business
// result with its split (Pasal 24 ayat (5), (6)). Amounts are whole rupiah; sums stay exact.

export interface CashEntryInput {
  date: string;
  category: CashCategory;
  /** Whole rupiah, > 0; the category says whether it comes in or goes out. */
  amount: number;
}

const INCOME = new Set<string>(INCOME_CATEGORIES);
export const isIncome = (c: CashCategory) => INCOME.has(c);
/** Signed amount: + income, − expense. */
export const signed = (e: CashEntryInput) => (isIncome(e.category) ? e.amount : -e.amount);

export interface CashSummary {
  from: string;
  to: string;
  opening: number;
  income: number;
  expense: number;
  closing: number;
  byCategory: Record<CashCategory, number>;
  /** Pendapatan usaha and beban usaha of the period, and the result split. */
  business: { income: number; costs: number } & BusinessSplit;
  entries: number;
}

/** Sums of the period [from, to] (ISO dates, inclusive) from every entry of the book. */
export function cashSummary(entries: readonly CashEntryInput[], from: string, to: string): CashSummary {
  const byCategory = Object.fromEntries(CASH_CATEGORIES.map((c) => [c, 0])) as Record<CashCategory, number>;
  let opening = 0, income = 0, expense = 0, n = 0;
  for (const e of entries) {
    if (e.date < from) { opening += signed(e); continue; }
    if (e.date > to) continue;
    n++;
    byCategory[e.category] += e.amount;
    if (isIncome(e.category)) income += e.amount;
    else expense += e.amount;
  }
  const bIncome = byCategory['pendapatan-usaha'];
  const bCosts = byCategory['beban-usaha'];
  return {
    from, to, opening, income, expense, closing: opening + income - expense, byCategory, entries: n,
    business: { income: bIncome, costs: bCosts, ...splitResult(businessResult(bIncome, bCosts)) },
  };
}

export interface BookLine<T extends CashEntryInput> {
  entry: T;
  /** Balance after this entry. */
  balance: number;
}

/** The book in order (date, then the order given) with the running balance. */
export function cashBook<T extends CashEntryInput>(entries: readonly T[]): BookLine<T>[] {
  const sorted = entries.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i));
  let balance = 0;
  return sorted.map(({ e }) => ({ entry: e, balance: (balance += signed(e)) }));
}
