import { describe, expect, it } from 'vitest';
import { SyncScheduler, type SyncOutcome, type Timers } from '../../../src/sync';

const ok: SyncOutcome = { ok: true, at: 'now', pushed: 0, pulled: 0, conflicts: 0, rejected: 0, resent: 0 };
const fail: SyncOutcome = { ok: false, error: 'offline', reason: '', retryable: true, pushed: 0, pulled: 0, conflicts: 0, rejected: 0, resent: 0 };

/** Timers the test advances by hand. */
class Clock implements Timers {
  now = 0;
  private q: { at: number; fn: () => void; id: number }[] = [];
  private n = 0;
  setTimeout(fn: () => void, ms: number) {
    const id = ++this.n;
    this.q.push({ at: this.now + ms, fn, id });
    return id;
  }
  clearTimeout(id: unknown) {
    this.q = this.q.filter((t) => t.id !== id);
  }
  pending() {
    return this.q.map((t) => t.at - this.now).sort((a, b) => a - b);
  }
  async advance(ms: number) {
    const end = this.now + ms;
    for (;;) {
      this.q.sort((a, b) => a.at - b.at);
      const t = this.q[0];
      if (!t || t.at > end) break;
      this.q.shift();
      this.now = t.at;
      t.fn();
      await flush();
    }
    this.now = end;
  }
}
const flush = () => new Promise((r) => setTimeout(r, 0));

function make(results: SyncOutcome[], extra: Partial<ConstructorParameters<typeof SyncScheduler>[0]> = {}) {
  const clock = new Clock();
  let runs = 0;
  let active = 0;
  let maxActive = 0;
  const s = new SyncScheduler({
    timers: clock,
    random: () => 0.5,
    lock: (fn) => fn(),
    run: async () => {
      runs++;
      active++;
      maxActive = Math.max(maxActive, active);
      await flush();
      active--;
      return results.shift() ?? ok;
    },
    ...extra,
  });
  return { s, clock, runs: () => runs, maxActive: () => maxActive };
}

describe('scheduler', () => {
  it('syncs at start and every 5 minutes', async () => {
    const m = make([]);
    m.s.start();
    await flush();
    expect(m.runs()).toBe(1);
    await m.clock.advance(5 * 60_000);
    expect(m.runs()).toBe(2);
    await m.clock.advance(10 * 60_000);
    expect(m.runs()).toBe(4);
    m.s.stop();
    await m.clock.advance(60 * 60_000);
    expect(m.runs()).toBe(4);
  });

  it('debounces saves: ten quick saves, one sync 3 s after the last', async () => {
    const m = make([]);
    m.s.start();
    await flush();
    for (let i = 0; i < 10; i++) {
      m.s.notifyLocalChange();
      await m.clock.advance(500);
    }
    expect(m.runs()).toBe(1);
    await m.clock.advance(3_000);
    expect(m.runs()).toBe(2);
  });

  it('after-save sync is skipped when the browser says offline; the online event syncs', async () => {
    const events = new EventTarget();
    let online = false;
    const m = make([], { isOnline: () => online, events });
    m.s.start();
    await flush();
    m.s.notifyLocalChange();
    await m.clock.advance(10_000);
    expect(m.runs()).toBe(1);
    online = true;
    events.dispatchEvent(new Event('online'));
    await flush();
    expect(m.runs()).toBe(2);
  });

  it('retries a failed sync with growing jittered delays, and resets after success', async () => {
    const planned: (number | null)[] = [];
    const m = make([fail, fail, fail, ok], { onRetryPlanned: (at) => planned.push(at) });
    m.s.start();
    await flush();
    expect(m.clock.pending()[0]).toBe(1_000); // 0.5 × 2 s
    await m.clock.advance(1_000);
    expect(m.runs()).toBe(2);
    expect(m.clock.pending()[0]).toBe(2_000); // 0.5 × 4 s
    await m.clock.advance(2_000);
    expect(m.clock.pending()[0]).toBe(4_000);
    await m.clock.advance(4_000);
    expect(m.runs()).toBe(4);
    expect(m.clock.pending()).toEqual([5 * 60_000 - 7_000]); // only the interval is left
  });

  it('runs one sync at a time; triggers during a sync coalesce into one more', async () => {
    const m = make([]);
    m.s.start();
    m.s.trigger('online');
    m.s.trigger('change');
    m.s.trigger('interval');
    await flush();
    await flush();
    await flush();
    expect(m.maxActive()).toBe(1);
    expect(m.runs()).toBe(2);
  });

  it('the button waits for a running sync, then runs its own and returns its outcome', async () => {
    const m = make([ok, fail]);
    m.s.start();
    const out = await m.s.syncNow();
    expect(out).toBe(fail);
    expect(m.runs()).toBe(2);
    expect(m.maxActive()).toBe(1);
  });

  it('does not retry by itself when the device is revoked', async () => {
    const revoked: SyncOutcome = { ...fail, error: 'revoked', retryable: false };
    const m = make([revoked]);
    m.s.start();
    await flush();
    expect(m.clock.pending()).toEqual([5 * 60_000]);
  });
});
