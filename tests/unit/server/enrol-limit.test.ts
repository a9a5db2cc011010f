import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { EnrolLimiter, addressKey, clientKey } from '../../../src/server/auth/enrol-limit';

const req = (remoteAddress: string, xff?: string) =>
  ({ socket: { remoteAddress }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }) as unknown as IncomingMessage;

describe('EnrolLimiter', () => {
  it('locks an address out after maxFailures in the window and lets it in when the oldest leaves', () => {
    let now = 0;
    const l = new EnrolLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now });
    for (const t of [0, 10_000, 20_000]) {
      now = t;
      expect(l.check('a').ok).toBe(true);
      l.fail('a');
    }
    now = 25_000;
    expect(l.check('a')).toEqual({ ok: false, retryAfterSec: 35 });
    expect(l.check('b').ok).toBe(true);
    now = 60_001;
    expect(l.check('a').ok).toBe(true);
    l.fail('a');
    expect(l.check('a')).toEqual({ ok: false, retryAfterSec: 10 });
  });

  it('forgets the least recently failing addresses beyond maxClients', () => {
    const l = new EnrolLimiter({ maxFailures: 2, maxClients: 100 });
    for (let i = 0; i < 1000; i++) l.fail(`10.0.${i >> 8}.${i & 255}`);
    expect(l.size).toBe(100);
  });
});

describe('clientKey', () => {
  it('ignores X-Forwarded-For unless the proxy is trusted, and then takes the entry the proxy added', () => {
    expect(clientKey(req('127.0.0.1', '1.2.3.4'), false)).toBe('127.0.0.1');
    expect(clientKey(req('127.0.0.1', 'spoofed, 5.6.7.8'), true)).toBe('5.6.7.8');
    expect(clientKey(req('127.0.0.1'), true)).toBe('127.0.0.1');
    expect(clientKey(req('::ffff:10.1.2.3'), false)).toBe('10.1.2.3');
  });

  it('counts IPv6 per /64', () => {
    expect(addressKey('2001:db8:0:12::1')).toBe('2001:db8:0:12::/64');
    expect(addressKey('2001:DB8:0:12:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:12::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1')).toBe('fe80:0:0:0::/64');
  });
});
