import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, http, post, startTestServer, type TestServer } from './helpers';

// Guessing enrolment codes (src/server/auth/enrol-limit.ts): a few failed codes per address and
// window, then 429 with Retry-After for every code, a right one too, until the window moves on.
describe.each(backends())('enrolment rate limit ($name)', (b) => {
  let s: TestServer;
  let now = 1_000_000;
  beforeAll(async () => {
    s = await startTestServer(b, { enrolLimit: { maxFailures: 3, windowMs: 60_000, now: () => now } });
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('refuses an address after N bad codes, a good code too, until the window has passed', async () => {
    // Successes and malformed bodies do not count.
    for (let i = 0; i < 5; i++) expect((await post(s.url, '/api/v1/enroll', { code: 'KADER-MAWAR' })).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await post(s.url, '/api/v1/enroll', { nope: i })).status).toBe(400);
    for (let i = 0; i < 3; i++) {
      now += 1000;
      expect((await post(s.url, '/api/v1/enroll', { code: `WRONG-CODE-${i}` })).status).toBe(404);
    }
    now += 1000;
    const locked = await post(s.url, '/api/v1/enroll', { code: 'WRONG-CODE-X' });
    expect(locked.status).toBe(429);
    expect(locked.body).toEqual({ error: 'too-many-attempts', reason: 'too-many-failed-codes' });
    // The first failure was 3 s ago: it leaves the 60 s window in 57 s.
    expect(locked.headers['retry-after']).toBe('57');
    const good = await post(s.url, '/api/v1/enroll', { code: 'KADER-MAWAR' });
    expect(good.status).toBe(429);
    expect(s.logs.some((l) => l.startsWith('[enrol] too many failed codes'))).toBe(true);

    now += 57_000;
    expect((await post(s.url, '/api/v1/enroll', { code: 'KADER-MAWAR' })).status).toBe(200);
    // One failure left the window, so one more guess is allowed before the next lock-out.
    expect((await post(s.url, '/api/v1/enroll', { code: 'WRONG-CODE-Y' })).status).toBe(404);
    expect((await post(s.url, '/api/v1/enroll', { code: 'WRONG-CODE-Z' })).status).toBe(429);
  });

  it('ignores X-Forwarded-For unless told to trust a proxy', async () => {
    const r = await http(s.url, 'POST', '/api/v1/enroll', JSON.stringify({ code: 'KADER-MAWAR' }), { 'x-forwarded-for': '203.0.113.9' });
    expect(r.status).toBe(429);
  });
});
