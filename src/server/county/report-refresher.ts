import { safeErr } from '../log';
import { lastDecember, thisMonth } from './query';
import type { ReportService } from './report-service';

// Keeps this month's Posyandu and population overviews current in the background: after pushes
// to a kabupaten (once they pause, or at the latest after maxWaitMs of steady pushing) the report
// service recomputes the units whose records changed and stores them. A county officer opening
// the overview then gets stored results (tens of milliseconds) instead of waiting for the
// changed units, and the first request of a new month is no longer the slow one. Requests stay
// correct without it: a unit whose mark moved is recomputed on the request path.

export interface RefresherOptions {
  /** Quiet time after the last push before refreshing. Default 5 s. */
  delayMs?: number;
  /** Refresh at the latest this long after the first unrefreshed push. Default 5 minutes. */
  maxWaitMs?: number;
  now?: () => Date;
  log?: (line: string) => void;
}

export class ReportRefresher {
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private firstTouch = new Map<string, number>();
  private running = new Map<string, Promise<void>>();
  private again = new Set<string>();
  private closed = false;

  constructor(
    private reports: ReportService,
    private o: RefresherOptions = {},
  ) {}

  /** Records of this kabupaten were written. */
  touched(kab: string): void {
    if (this.closed) return;
    const now = Date.now();
    const first = this.firstTouch.get(kab) ?? now;
    this.firstTouch.set(kab, first);
    clearTimeout(this.timers.get(kab));
    const wait = Math.max(0, Math.min(this.o.delayMs ?? 5_000, first + (this.o.maxWaitMs ?? 300_000) - now));
    const timer = setTimeout(() => void this.run(kab), wait);
    timer.unref?.();
    this.timers.set(kab, timer);
  }

  /** Refreshes now (also what the timers call); a call during a refresh runs once more after it. */
  async run(kab: string): Promise<void> {
    clearTimeout(this.timers.get(kab));
    this.timers.delete(kab);
    this.firstTouch.delete(kab);
    const current = this.running.get(kab);
    if (current) {
      this.again.add(kab);
      return current;
    }
    const p = this.refresh(kab);
    this.running.set(kab, p);
    try {
      await p;
    } finally {
      this.running.delete(kab);
      if (this.again.delete(kab) && !this.closed) this.touched(kab);
    }
  }

  private async refresh(kab: string): Promise<void> {
    // The same parameters the county screens ask for by default (report-handlers.ts).
    const month = thisMonth(this.o.now?.());
    try {
      await this.reports.posyandu(kab, month, +month.slice(0, 4));
      await this.reports.population(kab, month, lastDecember(month));
    } catch (e) {
      this.o.log?.(`[reports] background refresh of ${kab} failed: ${safeErr(e)}`);
    }
  }

  /** Stops the timers and waits for a running refresh (before the database closes). */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await Promise.all(this.running.values());
  }
}
