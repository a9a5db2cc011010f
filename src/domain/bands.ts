// Threshold tables as data: an ordered list of bands, each closing with "below x" (value < x) or
// "at most x" (value ≤ x), the last one open. This reads like the regulations ("−3 SD sd < −2 SD",
// "> +1 SD sd +2 SD") and keeps every boundary explicit, so a county can correct a table by syncing
// a new version instead of waiting for a release.

export interface Band<C extends string> {
  code: C;
  /** the band holds values strictly below this */
  below?: number;
  /** the band holds values up to and including this */
  atMost?: number;
}

/** Where a table's numbers come from; every table the product computes with carries one. */
export interface Sourced {
  id: string;
  version: number;
  /** the regulation or guideline, as exactly as known; says so where uncertain */
  source: string;
}

export interface BandTable<C extends string> extends Sourced {
  /** lowest first; only the last band may be open (no below/atMost) */
  bands: readonly Band<C>[];
}

/** The band of `value`: the first whose upper bound holds it. */
export function bandOf<C extends string>(value: number, table: BandTable<C> | readonly Band<C>[]): C {
  const bands = 'bands' in table ? table.bands : table;
  for (const b of bands) {
    if (b.below !== undefined ? value < b.below : b.atMost !== undefined ? value <= b.atMost : true) return b.code;
  }
  throw new Error('bands.notClosed');
}
