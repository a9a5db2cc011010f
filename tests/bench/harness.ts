// Shared shape for every benchmark file: tests/bench/run-all.ts imports each `*.bench.ts`,
// calls its `run()`, and writes all results into BENCHMARKS.md with the machine and date.
export interface BenchResult {
  /** short name, e.g. "SKDN + strata, 250 balita × 5 years" */
  name: string;
  /** measured value (median where it is a timing) */
  value: number;
  unit: 'ms' | 'KB' | 'records/s' | 's' | 'B' | 'MB';
  /** the target from the issue, e.g. "≤ 50 ms" */
  target: string;
  /** null: shown for reference, with no target of its own */
  pass: boolean | null;
  /** how it was measured: sample count, throttling, data size */
  notes?: string;
}

export interface BenchModule {
  title: string;
  run(): Promise<BenchResult[]>;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs fn `n` times after `warmup` runs and returns the median in ms. */
export async function timeMedian(fn: () => unknown | Promise<unknown>, n = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}
