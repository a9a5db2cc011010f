import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, enrol, http, post, Phone, startTestServer, visit, type TestServer } from './helpers';
import { createCode, listDevices, revokeCode, revokeDevice } from '../../../src/server';
import { DEMO_CODES } from '../../../src/server';

// Health, enrolment, revocation, routing, static app serving and gzip.
describe.each(backends())('county endpoint API ($name)', (b) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(b);
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('reports health with its backend', async () => {
    const r = await http(s.url, 'GET', '/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true, db: b.name });
  });

  it('enrols every demo code with the role and scope it was made for', async () => {
    for (const c of DEMO_CODES) {
      const e = await enrol(s.url, c.code.toLowerCase());
      expect(e.role).toBe(c.role);
      expect(e.scope.prefix).toBe(c.prefix);
      expect(e.scope.kabupaten).toBe('64.11');
      expect(e.token).toMatch(/^kd6411_[A-Za-z0-9_-]{43}$/);
    }
    // Demo codes are reusable: two phones at one Posyandu.
    const a = await enrol(s.url, 'KADER-MAWAR');
    const b2 = await enrol(s.url, 'KADER-MAWAR');
    expect(a.deviceId).not.toBe(b2.deviceId);
  });

  it('stores tokens only as hashes', async () => {
    const e = await enrol(s.url, 'RT-001-PS');
    const rows = await s.db.query<{ token_hash: string }>('select token_hash from devices where id = $1', [e.deviceId]);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].token_hash).not.toContain(e.token);
  });

  it('refuses unknown, used-up, revoked and expired codes with a reason', async () => {
    const unknown = await post(s.url, '/api/v1/enroll', { code: 'NO-SUCH-CODE' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'enroll-refused', reason: 'unknown-code' });

    const once = await createCode(s.db, { role: 'kader', prefix: '64.11/64.11.05.2003/posyandu:mawar' });
    if (!once.ok) throw new Error(once.reason);
    expect((await post(s.url, '/api/v1/enroll', { code: once.code })).status).toBe(200);
    const again = await post(s.url, '/api/v1/enroll', { code: once.code });
    expect(again.status).toBe(403);
    expect(again.body.reason).toBe('used-code');

    const two = await createCode(s.db, { role: 'ketua-rt', prefix: '64.11/64.11.05.2003/rt:001', uses: 2 });
    if (!two.ok) throw new Error(two.reason);
    expect((await post(s.url, '/api/v1/enroll', { code: two.code })).status).toBe(200);
    expect((await post(s.url, '/api/v1/enroll', { code: two.code })).status).toBe(200);
    expect((await post(s.url, '/api/v1/enroll', { code: two.code })).status).toBe(403);

    const rev = await createCode(s.db, { role: 'county', prefix: '64.11', uses: null });
    if (!rev.ok) throw new Error(rev.reason);
    expect(await revokeCode(s.db, rev.code)).toBe(true);
    const r = await post(s.url, '/api/v1/enroll', { code: rev.code });
    expect(r.status).toBe(403);
    expect(r.body.reason).toBe('revoked-code');

    const old = await createCode(s.db, { role: 'kader', prefix: '64.11/64.11.05.2003/posyandu:mawar', code: 'OLD-CODE-1' });
    if (!old.ok) throw new Error(old.reason);
    await s.db.query(`update enrol_codes set expires_at = now() - interval '1 day' where hint like 'OLD-%'`);
    expect((await post(s.url, '/api/v1/enroll', { code: 'OLD-CODE-1' })).body.reason).toBe('expired-code');
  });

  it('refuses codes whose scope does not fit the role', async () => {
    expect((await createCode(s.db, { role: 'kader', prefix: '64.11/64.11.05.2003/rt:001' })).ok).toBe(false);
    expect((await createCode(s.db, { role: 'county', prefix: '64.11/64.11.05.2003' })).ok).toBe(false);
    expect((await createCode(s.db, { role: 'ketua-rt', prefix: '64.11/64.11.05.2003/rt:001', modules: ['posyandu'] })).ok).toBe(false);
    expect((await createCode(s.db, { role: 'boss', prefix: '64.11' })).ok).toBe(false);
  });

  it('answers 401 without a token, with a bad one, and for a revoked device within seconds', async () => {
    const none = await post(s.url, '/api/v1/sync/pull', { cursor: '0' });
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ error: 'unauthorized', reason: 'missing-token' });
    const bad = await post(s.url, '/api/v1/sync/pull', { cursor: '0' }, 'A'.repeat(43));
    expect(bad.status).toBe(401);
    expect(bad.body.reason).toBe('unknown-token');

    const p = await Phone.enrol(s.url, 'KADER-MAWAR');
    expect((await p.pull()).status).toBe(200);
    expect(await revokeDevice(s.db, p.e.deviceId)).toBe(true);
    // Revocation from another process (the CLI) reaches the token cache within TOKEN_CACHE_MS.
    const t0 = Date.now();
    let r = await p.pull();
    while (r.status === 200 && Date.now() - t0 < 8000) {
      await new Promise((ok) => setTimeout(ok, 250));
      r = await p.pull();
    }
    expect(r.status).toBe(401);
    expect(r.body.reason).toBe('revoked');
    // Its final push is still taken (issue 17: nothing it recorded is lost) and says it is revoked;
    // it can never pull again.
    const last = await p.push([p.change(visit(p.e.scope.prefix))]);
    expect(last.status).toBe(200);
    expect(last.body).toMatchObject({ revoked: true, results: [{ status: 'applied' }] });
    expect((await p.pull()).status).toBe(401);
    const devs = await listDevices(s.db, '64.11');
    expect(devs.find((d) => d.id === p.e.deviceId)?.revokedAt).toBeTruthy();
  });

  // RFC 9110 §11.1: the auth scheme is case-insensitive; a phone's HTTP stack may lower-case it.
  it('takes the Bearer scheme in any letter case, and nothing else', async () => {
    const p = await Phone.enrol(s.url, 'KADER-MAWAR');
    const pull = (authorization: string) => http(s.url, 'POST', '/api/v1/sync/pull', JSON.stringify({ cursor: '0', limit: 1 }), { authorization });
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
      expect((await pull(`${scheme} ${p.e.token}`)).status, scheme).toBe(200);
    }
    for (const bad of [`Bearer${p.e.token}`, `Basic ${p.e.token}`, `Bearerx ${p.e.token}`, p.e.token]) {
      const r = await pull(bad);
      expect(r.status, bad).toBe(401);
      expect(r.body.reason).toBe('malformed-token');
    }
  });

  it('404s unknown API paths, 405s wrong methods, never 5xx', async () => {
    expect((await http(s.url, 'GET', '/api/v1/nothing')).status).toBe(404);
    const wrong = await http(s.url, 'GET', '/api/v1/sync/push');
    expect(wrong.status).toBe(405);
    expect(wrong.headers['allow']).toBe('POST');
    expect((await http(s.url, 'POST', '/api/health', '{}')).status).toBe(405);
    expect((await http(s.url, 'DELETE', '/index.html')).status).toBe(405);
    expect((await http(s.url, 'OPTIONS', '/api/v1/sync/push')).status).toBe(204);
  });

  it('serves the built app with SPA fallback, content types and cache headers', async () => {
    const index = await http(s.url, 'GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toContain('text/html');
    expect(index.headers['cache-control']).toBe('no-cache');
    const deep = await http(s.url, 'GET', '/posyandu/anak/123');
    expect(deep.status).toBe(200);
    expect(deep.raw.toString()).toBe(index.raw.toString());
    const sw = await http(s.url, 'GET', '/sw.js');
    expect(sw.status).toBe(200);
    expect(sw.headers['content-type']).toContain('javascript');
    expect(sw.headers['cache-control']).toBe('no-cache');
    // The scripts index.html loads or preloads; the largest (the first screen's chunk) is
    // compressed (the bundler's runtime and the entry are too small to be).
    const srcs = [...index.raw.toString().matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(srcs.length).toBeGreaterThan(0);
    const scripts = await Promise.all(srcs.map((src) => http(s.url, 'GET', '/' + src, undefined, { 'accept-encoding': 'gzip' })));
    const asset = scripts.reduce((a, b) => (b.raw.length > a.raw.length ? b : a));
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect((await http(s.url, 'GET', '/assets/missing-abc123.js')).status).toBe(404);
    expect((await http(s.url, 'GET', '/../../etc/passwd')).raw.toString()).not.toContain('root:');
    expect((await http(s.url, 'GET', '/%2e%2e/%2e%2e/etc/passwd')).raw.toString()).not.toContain('root:');
  });

  it('gzips big API answers when asked', async () => {
    const e = await enrol(s.url, 'KAB-6411');
    const r = await http(s.url, 'POST', '/api/v1/sync/pull', JSON.stringify({ cursor: '0' }), {
      authorization: `Bearer ${e.token}`,
      'accept-encoding': 'gzip, deflate',
    });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(Number(r.headers['content-length'])).toBeLessThan(r.raw.length / 3);
    expect(r.body.changes.length).toBeGreaterThan(50);
  });
});
