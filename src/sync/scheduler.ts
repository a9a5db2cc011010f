import { backoffDelay } from './backoff';
import type { SyncOutcome } from './engine';

// When to sync: at start, when the browser says it is back online, every few minutes while the
// app is open, a few seconds after each save, on a Background Sync wake-up and on the button.
// Only one sync runs at a time, in this tab (one promise) and across tabs (Web Locks).

export type SyncTrigger = 'start' | 'online' | 'interval' | 'change' | 'retry' | 'background' | 'manual';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface SchedulerOptions {
  run: () => Promise<SyncOutcome>;
  debounceMs?: number;
  intervalMs?: number;
  /** navigator.onLine: only a hint. false skips the after-save sync; true proves nothing. */
  isOnline?: () => boolean;
  random?: () => number;
  timers?: Timers;
  /** Cross-tab mutual exclusion; default: navigator.locks when the browser has it. */
  lock?: <T>(fn: () => Promise<T>) => Promise<T>;
  /** Where 'online' events come from (window in the browser). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  onStart?: (trigger: SyncTrigger) => void;
  onOutcome?: (o: SyncOutcome, trigger: SyncTrigger) => void;
  /** Called when a retry is planned, with its time (ms since epoch), or null when none is. */
  onRetryPlanned?: (at: number | null) => void;
}

export const LOCK_NAME = 'kader-desa-sync';

function webLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: Navigator }).navigator?.locks;
  if (!locks?.request) return fn();
  return locks.request(LOCK_NAME, () => fn()) as Promise<T>;
}

const systemTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

export class SyncScheduler {
  private running: Promise<SyncOutcome> | null = null;
  private again: SyncTrigger | null = null;
  private attempt = 0;
  private retryTimer: unknown = null;
  private debounceTimer: unknown = null;
  private intervalTimer: unknown = null;
  private stopped = true;
  private readonly t: Timers;
  private readonly onOnline = () => void this.trigger('online');

  constructor(private readonly o: SchedulerOptions) {
    this.t = o.timers ?? systemTimers;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.o.events?.addEventListener('online', this.onOnline);
    this.scheduleInterval();
    void this.trigger('start');
  }

  stop(): void {
    this.stopped = true;
    this.o.events?.removeEventListener('online', this.onOnline);
    for (const id of [this.retryTimer, this.debounceTimer, this.intervalTimer]) if (id !== null) this.t.clearTimeout(id);
    this.retryTimer = this.debounceTimer = this.intervalTimer = null;
  }

  /** A record was saved: sync a little later, so a kader weighing ten children sends one batch. */
  notifyLocalChange(): void {
    if (this.stopped) return;
    if (this.o.isOnline && !this.o.isOnline()) return;
    if (this.debounceTimer !== null) this.t.clearTimeout(this.debounceTimer);
    this.debounceTimer = this.t.setTimeout(() => {
      this.debounceTimer = null;
      void this.trigger('change');
    }, this.o.debounceMs ?? 3_000);
  }

  /** The button: runs now (after the sync already running, if any) and resolves with its outcome. */
  async syncNow(trigger: SyncTrigger = 'manual'): Promise<SyncOutcome> {
    if (this.running) await this.running.catch(() => undefined);
    this.attempt = 0;
    return this.runOnce(trigger);
  }

  /** An automatic reason to sync; joins the running sync and runs once more after it. */
  trigger(reason: SyncTrigger): Promise<SyncOutcome> | undefined {
    if (this.stopped && reason !== 'background') return undefined;
    if (this.running) {
      this.again ??= reason;
      return this.running;
    }
    return this.runOnce(reason);
  }

  private runOnce(trigger: SyncTrigger): Promise<SyncOutcome> {
    if (this.retryTimer !== null) {
      this.t.clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.o.onRetryPlanned?.(null);
    }
    const lock = this.o.lock ?? webLock;
    const p = lock(async () => {
      this.o.onStart?.(trigger);
      return this.o.run();
    })
      .then((outcome) => {
        this.after(outcome, trigger);
        return outcome;
      })
      .finally(() => {
        this.running = null;
        const next = this.again;
        this.again = null;
        if (next && !this.stopped && this.retryTimer === null) void this.trigger(next);
      });
    this.running = p;
    return p;
  }

  private after(outcome: SyncOutcome, trigger: SyncTrigger): void {
    this.o.onOutcome?.(outcome, trigger);
    if (outcome.ok) {
      this.attempt = 0;
      return;
    }
    if (!outcome.retryable || this.stopped) return;
    const delay = backoffDelay(this.attempt++, this.o.random);
    this.o.onRetryPlanned?.(Date.now() + delay);
    this.retryTimer = this.t.setTimeout(() => {
      this.retryTimer = null;
      this.o.onRetryPlanned?.(null);
      void this.trigger('retry');
    }, delay);
    this.again = null;
  }

  private scheduleInterval(): void {
    const every = this.o.intervalMs ?? 5 * 60_000;
    this.intervalTimer = this.t.setTimeout(() => {
      if (this.stopped) return;
      // A planned retry already covers this tick; do not hammer a server that is struggling.
      if (this.retryTimer === null) void this.trigger('interval');
      this.scheduleInterval();
    }, every);
  }
}
