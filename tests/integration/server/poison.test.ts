import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStorableText } from '../../../src/domain/text';
import { backends, child, http, Phone, post, startTestServer, visit, type TestServer } from './helpers';

// A change the server cannot store is refused alone: it never fails its batch, or another
// device's batch written in the same statement, and bad text never becomes a 500 on any endpoint.

const MAWAR = '64.11/64.11.05.2003/posyandu:mawar';
const statuses = (r: { body: { results: { status: string }[] } }) => r.body.results.map((x) => x.status);

describe.each(backends())('poison pills ($name)', (b) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(b);
  });
  afterAll(async () => {
    const errors = s?.logs.filter((l) => l.startsWith('[error]')) ?? [];
    await s?.stop();
    expect(errors).toEqual([]);
  });

  it('a rejection quoting a long non-BMP value is stored whole-charactered; the batch goes through, and again on replay', async () => {
    const p = await Phone.enrol(s.url, 'KADER-MAWAR');
    // The validation message quotes the value; cut at 300 UTF-16 units it ended in half a '𝕏'.
    const poison = child(MAWAR, 'Racun', { data: { name: 'Racun', sex: 'P', birthDate: '2023-05-01', hasKms: '𝕏'.repeat(500) } });
    const good = [child(MAWAR, 'Baik'), visit(MAWAR)];
    const batch = [p.change(good[0]), p.change(poison), p.change(good[1])];
    const r = await p.push(batch);
    expect(r.status).toBe(200);
    expect(statuses(r)).toEqual(['applied', 'rejected', 'applied']);
    const reason: string = r.body.results[1].reason;
    expect(reason).toMatch(/^invalid: posyandu\.child\.hasKms: /);
    expect(reason.length).toBeLessThanOrEqual(300);
    expect(isStorableText(reason)).toBe(true);
    // The phone did not get the answer and sends the same batch again: the same answers.
    const again = await p.push(batch);
    expect(again.status).toBe(200);
    expect(statuses(again)).toEqual(['duplicate', 'rejected', 'duplicate']);
    expect(again.body.results[1].reason).toBe(reason);
    const stored = await s.db.query<{ reason: string }>('select reason from push_rejections where device_id = $1', [p.e.deviceId]);
    expect(stored.map((x) => x.reason)).toEqual([reason]);
  });

  // Whatever value validation misses next, the database refusing it must not fail the batch. A
  // check constraint stands in for that unknown value: the database refuses rows named RACUN.
  describe('a value the database refuses although validation let it through', () => {
    beforeAll(async () => {
      await s.db.query(`alter table records add constraint poison_test check (coalesce(data->>'name', data->>'notes', '') <> 'RACUN')`);
    });
    afterAll(async () => {
      await s.db.query('alter table records drop constraint poison_test');
    });

    it('general path: only that change is rejected, the rest of the batch is stored, a replay gets the same answers', async () => {
      const p = await Phone.enrol(s.url, 'KADER-MAWAR');
      const a = child(MAWAR, 'Satu');
      const bad = child(MAWAR, 'RACUN');
      const c = child(MAWAR, 'Tiga');
      const batch = [p.change(a), p.change(bad), p.change(c)];
      const r = await p.push(batch);
      expect(r.status).toBe(200);
      expect(statuses(r)).toEqual(['applied', 'rejected', 'applied']);
      expect(r.body.results[1].reason).toBe('invalid: not storable (23514)');
      expect(r.body.lastAppliedSeq).toBe(3);
      const rows = await s.db.query<{ id: string }>('select id from records where id = any($1::text[]) order by id', [[a.id, bad.id, c.id]]);
      expect(rows.map((x) => x.id).sort()).toEqual([a.id, c.id].sort());
      const again = await p.push(batch);
      expect(statuses(again)).toEqual(['duplicate', 'rejected', 'duplicate']);
      // The queue moves on: the next batch is taken as usual.
      expect(statuses(await p.push([p.change(child(MAWAR, 'Empat'))]))).toEqual(['applied']);
    });

    it('fast path: another device\'s batch in the same group statement is not failed by it', async () => {
      const phones = await Promise.all(Array.from({ length: 4 }, () => Phone.enrol(s.url, 'KADER-MAWAR')));
      const batches = phones.map((p, i) =>
        Array.from({ length: 5 }, (_, k) => p.change(visit(MAWAR, { data: { childId: 'demo-child-mawar-1', date: '2025-03-10', weightKg: 9, notes: i === 0 && k === 2 ? 'RACUN' : `ok ${k}` } }))),
      );
      // Sent together, so the server groups them (push-group.ts); the answers must not depend on it.
      const res = await Promise.all(phones.map((p, i) => p.push(batches[i])));
      for (const [i, r] of res.entries()) {
        expect(r.status, `phone ${i}`).toBe(200);
        expect(statuses(r), `phone ${i}`).toEqual(i === 0 ? ['applied', 'applied', 'rejected', 'applied', 'applied'] : Array(5).fill('applied'));
        expect(r.body.lastAppliedSeq).toBe(5);
      }
      const ids = batches.flat().map((c) => c.record.id);
      const n = await s.db.query<{ n: unknown }>('select count(*) as n from records where id = any($1::text[])', [ids]);
      expect(Number(n[0].n)).toBe(19);
    });
  });

  it('county endpoints: NUL and lone surrogates in any text field are refused with 400 and a reason, never 500', async () => {
    const county = (await post(s.url, '/api/v1/enroll', { code: 'KAB-6411' })).body;
    const call = (path: string, body: unknown) => http(s.url, 'POST', `/api/v1/county/${path}`, JSON.stringify(body), { authorization: `Bearer ${county.token}` });
    const kbm = (over: object) => ({ strataProfile: 'nasional', kbm: { id: 'kbm-x', version: 2, source: 'Dinkes', bands: [{ fromMonths: 0, toMonths: 59, grams: 200 }], ...over } });
    const cases: [string, unknown, string][] = [
      ['codes', { role: 'kader', prefix: MAWAR, label: 'a\u0000b' }, 'label'],
      ['codes', { role: 'kader', prefix: MAWAR, label: 'x\ud800' }, 'label'],
      ['codes', { role: 'kader', prefix: MAWAR, label: '\udfff' }, 'label'],
      ['codes', { role: 'kader\u0000', prefix: MAWAR }, 'role'],
      ['codes', { role: 'kader', prefix: `${MAWAR}\u0000` }, 'prefix'],
      ['config', kbm({ id: 'kbm\u0000x' }), 'kbm.id'],
      ['config', kbm({ source: 'Dinkes \ud800' }), 'kbm.source'],
      ['config', { strataProfile: '\ud800' }, 'strataProfile'],
    ];
    for (const [path, body, field] of cases) {
      const r = await call(path, body);
      expect(r.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(r.body.error).toBe('invalid');
      expect(r.body.reason.startsWith(`${field}: `), r.body.reason).toBe(true);
    }
    // Good text, a whole non-BMP label included, goes through and comes back as sent.
    const ok = await call('codes', { role: 'kader', prefix: MAWAR, label: '𝕏'.repeat(60) });
    expect(ok.status).toBe(201);
    expect(ok.body.scope.label).toBe('𝕏'.repeat(60));
    expect((await post(s.url, '/api/v1/enroll', { code: ok.body.code })).status).toBe(200);
    expect((await call('config', kbm({ source: 'Dinkes 𝕏' }))).status).toBe(200);
    const q = await http(s.url, 'GET', `/api/v1/county/reports/posyandu?month=${encodeURIComponent('2025-06\u0000')}`, undefined, { authorization: `Bearer ${county.token}` });
    expect(q.status).toBe(400);
  });

  // Every query parameter of every county GET, and the text the sync endpoints take outside
  // records (enrolment code, client info), with NUL and lone surrogates: a 4xx with a reason or
  // a clean answer, never a 5xx; what is stored of it is storable text.
  it('every county query parameter and every sync text outside records: bad text never gives 5xx', async () => {
    const county = (await post(s.url, '/api/v1/enroll', { code: 'KAB-6411' })).body;
    const auth = { authorization: `Bearer ${county.token}` };
    const params: Record<string, string[]> = {
      'reports/posyandu': ['month', 'year', 'format', 'table'],
      'reports/posyandu/mawar': ['month', 'year'],
      'reports/population': ['month', 'december', 'format', 'table'],
      'reports/pkk': ['month', 'format', 'table'],
      'reports/sync': ['days', 'format', 'table'],
      codes: [],
      devices: [],
      config: [],
    };
    const bad = ['\u0000', '2025-06\u0000', '\ud800', 'csv\udfff', '𝕏'.repeat(300)];
    // A lone surrogate cannot be UTF-8: a hostile client sends its WTF-8 bytes (%ED%A0%80).
    const enc = (x: string) =>
      x.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[^]/gu, (c) =>
        c.length === 1 && c >= '\ud800' && c <= '\udfff'
          ? [0xe0 | (c.charCodeAt(0) >> 12), 0x80 | ((c.charCodeAt(0) >> 6) & 0x3f), 0x80 | (c.charCodeAt(0) & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('')
          : encodeURIComponent(c));
    for (const [path, names] of Object.entries(params)) {
      for (const name of [...names, 'unknown\u0000']) {
        for (const value of bad) {
          const r = await http(s.url, 'GET', `/api/v1/county/${path}?${enc(name)}=${enc(value)}`, undefined, auth);
          const what = `${path}?${JSON.stringify(name)}=${JSON.stringify(value.slice(0, 12))}`;
          expect(r.status, what).toBeLessThan(500);
          if (names.includes(name)) expect(r.status, what).toBe(400);
          if (r.status >= 400) expect(typeof r.body.reason, what).toBe('string');
        }
      }
    }
    // Enrolment: a hostile code is an unknown one; hostile client info is stored cleaned.
    for (const code of ['KADER-MAWAR\u0000', '\ud800', 'K'.repeat(5000)]) {
      const r = await post(s.url, '/api/v1/enroll', { code });
      expect(r.status, JSON.stringify(code.slice(0, 12))).toBeGreaterThanOrEqual(400);
      expect(r.status, JSON.stringify(code.slice(0, 12))).toBeLessThan(500);
    }
    const e = await post(s.url, '/api/v1/enroll', { code: 'KADER-MAWAR', deviceName: 'HP\u0000 \ud800', appVersion: '1.0\udfff' });
    expect(e.status).toBe(200);
    const p = await Phone.enrol(s.url, 'KADER-MAWAR');
    const client = { deviceName: 'A\u0000\ud800', kaderName: 'Bu \udfff Sri', appVersion: '\ud800', pending: 1, configVersion: 1 };
    expect((await post(s.url, '/api/v1/sync/push', { changes: [], client }, p.e.token)).status).toBeLessThan(500);
    expect((await post(s.url, '/api/v1/sync/pull', { cursor: '0', client }, p.e.token)).status).toBeLessThan(500);
    const stored = await s.db.query<Record<string, string | null>>(
      'select device_name, kader_name, app_version, label, code_hint from devices where id = any($1::text[])',
      [[e.body.deviceId, p.e.deviceId]],
    );
    expect(stored).toHaveLength(2);
    for (const row of stored) for (const [k, v] of Object.entries(row)) if (v !== null) expect(isStorableText(v), `${k} ${JSON.stringify(v)}`).toBe(true);
  });
});
