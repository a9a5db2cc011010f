import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_BODY_BYTES } from '../../../src/sync/protocol';
import { backends, http, Phone, startTestServer, visit, type TestServer } from './helpers';

const MAWAR = '64.11/64.11.05.2003/posyandu:mawar';
const PATHS = ['/api/v1/enroll', '/api/v1/sync/push', '/api/v1/sync/pull'];

/** Near-valid push changes with one part replaced by something hostile. */
const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.constantFrom('\u0000', '\ud800', 'a\udc00b', '__proto__', '', ' '.repeat(5000), '9'.repeat(400)),
  fc.constantFrom(1e308, -1, 2 ** 63, Number.MAX_SAFE_INTEGER + 2, 0.5, -0),
);
const field = fc.constantFrom('seq', 'baseVersion', 'record', 'record.id', 'record.kind', 'record.addr', 'record.data',
  'record.data.weightKg', 'record.data.childId', 'record.data.date', 'record.parent', 'record.deleted', 'record.version',
  'record.updatedAt', 'record.updatedBy', 'client', 'client.pending', 'client.appVersion', 'client.configVersion');

function mutate(base: any, path: string, value: unknown): any {
  const copy = JSON.parse(JSON.stringify(base));
  const keys = path.split('.');
  let o = copy;
  for (const k of keys.slice(0, -1)) o = o[k];
  o[keys[keys.length - 1]] = value;
  return copy;
}

// Malformed and hostile bodies and tokens: never a 5xx, never a crash, no prototype pollution.
describe.each(backends())('API fuzz ($name)', (b) => {
  let s: TestServer;
  let p: Phone;
  let seq = 1000;
  beforeAll(async () => {
    s = await startTestServer(b);
    p = await Phone.enrol(s.url, 'KADER-MAWAR');
  });
  afterAll(async () => {
    // No handler may have failed unexpectedly (those are answered 500 and logged as [error]).
    const errors = s?.logs.filter((l) => l.startsWith('[error]')) ?? [];
    await s?.stop();
    expect(errors).toEqual([]);
  });

  const healthy = async () => {
    const h = await http(s.url, 'GET', '/api/health');
    expect(h.status).toBe(200);
  };

  it('answers arbitrary JSON on every endpoint with 2xx/4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), fc.jsonValue({ maxDepth: 6 }), fc.boolean(), async (path, body, auth) => {
        const r = await http(s.url, 'POST', path, JSON.stringify(body), auth ? { authorization: `Bearer ${p.e.token}` } : {});
        expect(r.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    await healthy();
  });

  it('answers near-valid pushes with one hostile field with 200/400, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(field, hostileValue, async (f, value) => {
        const change = { seq: ++seq, baseVersion: 0, record: visit(MAWAR) };
        const base = { changes: [change], client: { appVersion: '1', pending: 0, configVersion: 0 } };
        const body = mutate(base, f.startsWith('client') ? f : 'changes.0.' + f, value);
        const r = await http(s.url, 'POST', '/api/v1/sync/push', JSON.stringify(body), { authorization: `Bearer ${p.e.token}` });
        expect([200, 400]).toContain(r.status);
        if (r.status === 200) expect(['applied', 'rejected', 'duplicate']).toContain(r.body.results[0].status);
      }),
      { numRuns: 250 },
    );
    await healthy();
  });

  it('refuses NUL and broken unicode in data per change, and stores client text safely', async () => {
    const bad = [visit(MAWAR, { data: { childId: 'a', date: '2025-01-01', notes: 'x\u0000y' } }), visit(MAWAR, { data: { childId: 'a', date: '2025-01-01', notes: '\ud800' } })];
    // A fresh device: the fuzz above may have pushed a valid change with a huge seq.
    const q = await Phone.enrol(s.url, 'KADER-MAWAR');
    const r = await q.push(bad.map((x) => q.change(x)), { appVersion: 'v\u0000\ud800', pending: 1e300, configVersion: 2 ** 40 });
    expect(r.status).toBe(200);
    expect(r.body.results.map((x: any) => x.status)).toEqual(['rejected', 'rejected']);
    const e = await http(s.url, 'POST', '/api/v1/enroll', JSON.stringify({ code: 'KADER-MAWAR', deviceName: 'hp\u0000\udfff', appVersion: '\u0000' }));
    expect(e.status).toBe(200);
  });

  it('refuses invalid JSON, empty and binary bodies with 400', async () => {
    for (const body of ['{', '{"code":', 'null', '[]', '"x"', '', '\u0000\u0001', Buffer.from([0xff, 0xfe, 0x00, 0x80]), '{"cursor": 0x10}']) {
      for (const path of PATHS) {
        const r = await http(s.url, 'POST', path, body, { authorization: `Bearer ${p.e.token}` });
        expect(r.status, `${path} ${String(body).slice(0, 10)}`).toBe(400);
        expect(r.body.error).toBe('invalid');
      }
    }
    await healthy();
  });

  it('refuses a 2 MB body with 413 without reading it all, and a huge string or deep nesting with 4xx', async () => {
    const q = await Phone.enrol(s.url, 'KADER-MAWAR');
    const big = JSON.stringify({ code: 'x'.repeat(2 * 1024 * 1024) });
    const r = await http(s.url, 'POST', '/api/v1/enroll', big);
    expect(r.status).toBe(413);
    const chunked = await new Promise<number>((resolve, reject) => {
      // No Content-Length: the cap must hold while streaming too.
      import('node:http').then(({ request }) => {
        const u = new URL(s.url);
        const req = request({ method: 'POST', hostname: u.hostname, port: u.port, path: '/api/v1/sync/push', headers: { authorization: `Bearer ${p.e.token}`, 'transfer-encoding': 'chunked' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const write = () => {
          while (sent < 3 * 1024 * 1024) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', write);
          }
          req.end();
        };
        write();
      });
    }).catch(() => 413);
    expect(chunked).toBe(413);
    const huge = JSON.stringify({ changes: [{ seq: ++q.seq, baseVersion: 0, record: visit(MAWAR, { data: { childId: 'a', date: '2025-01-01', notes: 'n'.repeat(900_000) } }) }] });
    const h = await http(s.url, 'POST', '/api/v1/sync/push', huge, { authorization: `Bearer ${q.e.token}` });
    expect(h.status).toBe(200);
    expect(h.body.results[0].status).toBe('rejected');
    const depth = Math.floor((MAX_BODY_BYTES - 100) / 2);
    const deep = '{"changes":' + '['.repeat(depth) + ']'.repeat(depth) + '}';
    expect((await http(s.url, 'POST', '/api/v1/sync/push', deep, { authorization: `Bearer ${p.e.token}` })).status).toBe(400);
    const deepJson = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const deepData = JSON.stringify({ changes: [{ seq: ++q.seq, baseVersion: 0, record: { ...visit(MAWAR), data: 'DEEP' } }] }).replace('"DEEP"', deepJson);
    const dd = await http(s.url, 'POST', '/api/v1/sync/push', deepData, { authorization: `Bearer ${q.e.token}` });
    expect(dd.status).toBe(200);
    expect(dd.body.results[0].status).toBe('rejected');
    await healthy();
  });

  it('keeps __proto__ and constructor keys as plain data: no prototype pollution', async () => {
    const bodies = [
      '{"__proto__":{"polluted":1},"cursor":"0"}',
      '{"cursor":"0","constructor":{"prototype":{"polluted":1}}}',
      `{"changes":[{"seq":${++seq},"baseVersion":0,"__proto__":{"polluted":1},"record":${JSON.stringify(visit(MAWAR)).replace('"data":{', '"data":{"__proto__":{"polluted":1},')}}]}`,
      '{"code":"KADER-MAWAR","__proto__":{"polluted":1}}',
    ];
    for (const body of bodies) for (const path of PATHS) {
      const r = await http(s.url, 'POST', path, body, { authorization: `Bearer ${p.e.token}` });
      expect(r.status).toBeLessThan(500);
    }
    expect(({} as any).polluted).toBeUndefined();
    expect((Object.prototype as any).polluted).toBeUndefined();
    const stored = await s.db.query<{ n: unknown }>(`select count(*) as n from records where data::text like '%polluted%'`);
    expect(Number(stored[0].n)).toBe(0);
  });

  it('answers garbage tokens and headers with 401, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (tok) => {
        const header = ('Bearer ' + tok).replace(/[^\t\x20-\x7e]/g, '');
        const r = await http(s.url, 'POST', '/api/v1/sync/pull', '{"cursor":"0"}', { authorization: header });
        expect(r.status).toBe(401);
      }),
      { numRuns: 100 },
    );
    for (const h of ['', 'Bearer', 'Bearer ', 'Basic abc', `Bearer ${p.e.token}x`, `Bearer ${'A'.repeat(5000)}`]) {
      expect((await http(s.url, 'POST', '/api/v1/sync/pull', '{"cursor":"0"}', { authorization: h })).status).toBe(401);
    }
    expect((await http(s.url, 'GET', '/api/health?x=%zz')).status).toBe(200);
    expect((await http(s.url, 'GET', '/%zz%')).status).toBeLessThan(500);
    await healthy();
  });
});
