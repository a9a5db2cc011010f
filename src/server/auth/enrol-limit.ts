import type { IncomingMessage } from 'node:http';

// Enrolment codes are about 40 bits and reusable demo codes exist, so guessing must be slow: each
// client address may fail at most maxFailures times in a sliding window. Once over, EVERY attempt
// from it is refused with 429 until the oldest failure leaves the window, a right code too:
// answering a right code during the lock-out would tell the guesser which guess was right, and
// the limit would slow nothing. Successful enrolments do not count (a county office enrols dozens
// of phones from one address) and do not reset the count (an owned reusable code would reset it).
// Bodies refused as malformed (400) never reach a code lookup and do not count.

export interface EnrolLimitOptions {
  /** Failed codes allowed per address in the window. Default 10. */
  maxFailures?: number;
  /** Sliding window in ms. Default 10 minutes. */
  windowMs?: number;
  /** Addresses remembered at most; the least recently failing are forgotten first. Default 10,000. */
  maxClients?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export type LimitCheck = { ok: true } | { ok: false; retryAfterSec: number };

export class EnrolLimiter {
  /** Failure times per address, oldest first; Map order = least recently failing first. */
  private failures = new Map<string, number[]>();
  private readonly max: number;
  private readonly windowMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;

  constructor(o: EnrolLimitOptions = {}) {
    this.max = o.maxFailures ?? 10;
    this.windowMs = o.windowMs ?? 10 * 60_000;
    this.maxClients = o.maxClients ?? 10_000;
    this.now = o.now ?? Date.now;
  }

  check(client: string): LimitCheck {
    const times = this.recent(client);
    if (times.length < this.max) return { ok: true };
    // One more attempt is allowed when the oldest failure counted leaves the window.
    const waitMs = times[times.length - this.max] + this.windowMs - this.now();
    return { ok: false, retryAfterSec: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** Counts a refused code; returns what the next attempt from this address will get. */
  fail(client: string): LimitCheck {
    const times = this.recent(client);
    times.push(this.now());
    if (times.length > this.max) times.splice(0, times.length - this.max);
    this.failures.delete(client);
    this.failures.set(client, times);
    for (const oldest of this.failures.keys()) {
      if (this.failures.size <= this.maxClients) break;
      this.failures.delete(oldest);
    }
    return this.check(client);
  }

  /** Addresses remembered now (tests check the bound). */
  get size(): number {
    return this.failures.size;
  }

  private recent(client: string): number[] {
    const times = this.failures.get(client);
    if (!times) return [];
    const since = this.now() - this.windowMs;
    const kept = times.filter((t) => t > since);
    if (kept.length) this.failures.set(client, kept);
    else this.failures.delete(client);
    return kept;
  }
}

/**
 * The address a request counts against. Behind a reverse proxy every request comes from the
 * proxy, so with trustProxy the last X-Forwarded-For entry (the one the proxy itself appended;
 * earlier ones are whatever the client sent) is used. Without trustProxy the header is ignored:
 * anyone could send it. IPv6 counts per /64, the block one subscriber usually gets.
 */
export function clientKey(req: IncomingMessage, trustProxy: boolean): string {
  let addr = req.socket.remoteAddress ?? 'unknown';
  if (trustProxy) {
    const xff = req.headers['x-forwarded-for'];
    const last = (Array.isArray(xff) ? xff.join(',') : xff ?? '').split(',').map((s) => s.trim()).filter(Boolean).pop();
    if (last) addr = last;
  }
  return addressKey(addr);
}

export function addressKey(addr: string): string {
  const a = addr.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (!a.includes(':')) return a;
  const [head, tail] = a.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
  return groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':') + '::/64';
}
