import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCode } from '../../../src/server';
import { activeConfig } from '../../../src/domain/records/config';
import { KBM_KMS_2010 } from '../../../src/domain';
import { enrol, http, Phone, post } from '../server/helpers';
import { County, countyBackends, startCountyServer, type CountyServer } from './setup';

// Who may use the county endpoints, the code/device operations, and configuration reaching phones.

const ENDPOINTS: [string, string, unknown?][] = [
  ['GET', 'reports/posyandu?month=2025-06'],
  ['GET', 'reports/posyandu/demo-pos-mawar'],
  ['GET', 'reports/population?month=2025-06'],
  ['GET', 'reports/pkk?month=2025-06'],
  ['GET', 'reports/sync'],
  ['GET', 'codes'],
  ['GET', 'places'],
  ['POST', 'codes', { role: 'kader', prefix: '64.11/64.11.05.2003/posyandu:x1' }],
  ['POST', 'codes/0123456789abcdef/revoke', {}],
  ['GET', 'devices'],
  ['POST', 'devices/dev-x/revoke', {}],
  ['GET', 'config'],
  ['POST', 'config', { strataProfile: 'nasional' }],
];

describe.each(countyBackends())('county admin and config (%s)', (backend) => {
  let s: CountyServer;
  let county: County;

  beforeAll(async () => {
    s = await startCountyServer(backend);
    county = new County(s.url, (await enrol(s.url, 'KAB-6411')).token);
  });
  afterAll(async () => s?.stop());

  const call = (token: string | null, method: string, path: string, body?: unknown) =>
    http(s.url, method, `/api/v1/county/${path}`, body === undefined ? undefined : JSON.stringify(body), token ? { authorization: `Bearer ${token}` } : {});

  it('every county endpoint: 401 without a token, 403 for kader, RT, dasawisma and PKK devices', async () => {
    const others = await Promise.all(['KADER-MAWAR', 'RT-001-PS', 'DW-ANGGREK', 'PKK-DESA-PS'].map((c) => enrol(s.url, c)));
    for (const [method, path, body] of ENDPOINTS) {
      expect((await call(null, method, path, body)).status, `${method} ${path}`).toBe(401);
      for (const o of others) {
        const r = await call(o.token, method, path, body);
        expect(r.status, `${o.role} ${method} ${path}`).toBe(403);
        expect(r.body.error).toBe('forbidden');
      }
    }
  });

  it('a county device of another kabupaten sees nothing of this one', async () => {
    const made = await createCode(s.db, { role: 'county', prefix: '65.01', uses: 1 });
    if (!made.ok) throw new Error(made.reason);
    const other = new County(s.url, (await enrol(s.url, made.code)).token);
    const devs = await other.get('devices');
    expect(devs.status).toBe(200);
    expect(devs.body.devices.every((d: { scope: { kabupaten: string } }) => d.scope.kabupaten === '65.01')).toBe(true);
    const mine = await county.get('devices');
    const target = mine.body.devices.find((d: { role: string }) => d.role !== 'county');
    expect((await other.post(`devices/${target.id}/revoke`)).status).toBe(404);
    expect((await other.post('codes', { role: 'kader', prefix: '64.11/64.11.05.2003/posyandu:x' })).status).toBe(403);
    const pos = await other.get('reports/posyandu?month=2025-06');
    expect(pos.body.rows).toHaveLength(0);
    expect((await other.get('reports/posyandu/demo-pos-mawar')).status).toBe(404);
  });

  it('requests are validated: 400 with a reason', async () => {
    for (const [method, path, body] of [
      ['GET', 'reports/posyandu?month=2025-13'],
      ['GET', 'reports/population?month=June'],
      ['GET', 'reports/pkk?month=2025-06&format=xml'],
      ['POST', 'codes', { role: 'camat', prefix: '64.11' }],
      ['POST', 'codes', { role: 'kader', prefix: '64.11/64.11.05.2003' }],
      ['POST', 'codes', { role: 'kader', prefix: '64.11/64.11.05.2003/posyandu:a', uses: 0 }],
      ['POST', 'codes/not-hex/revoke', {}],
      ['POST', 'config', { strataProfile: 'lokal' }],
      ['POST', 'config', { strataProfile: 'nasional', kbm: { ...KBM_KMS_2010, bands: [{ fromMonths: 1, toMonths: 59, grams: 200 }] } }],
    ] as [string, string, unknown?][]) {
      const r = await call(county.token, method, path, body);
      expect(r.status, `${method} ${path}`).toBe(400);
      expect(r.body.reason.length, `${method} ${path}`).toBeGreaterThan(3);
    }
  });

  it('places: the kabupaten\'s kecamatan, desa (named), Posyandu, RTs (with RW) and dasawisma groups, from records and addresses', async () => {
    const r = await county.get('places');
    expect(r.status).toBe(200);
    expect(r.body.kabupaten).toBe('64.11');
    const kec = r.body.kecamatan.find((k: { code: string }) => k.code === '64.11.05');
    const ps = kec.desa.find((d: { code: string }) => d.code === '64.11.05.2003');
    expect(ps.name).toBe('Prangat Selatan');
    expect(ps.posyandu).toEqual([{ id: 'mawar', name: 'Posyandu Mawar' }]);
    expect(ps.rts.map((x: { rt: string; rw: string }) => [x.rt, x.rw])).toEqual([['001', '001'], ['002', '001']]);
    expect(ps.rts[0].groups).toEqual([{ id: 'anggrek', name: 'Dasawisma Anggrek' }]);
    // A unit known only from the addresses of its records is offered too (no name yet).
    const phone = await Phone.enrol(s.url, 'KAB-6411');
    const record = { id: 'x-hh-1', kind: 'rt.household', addr: '64.11/64.11.05.2003/rt:007', parent: null, data: { address: 'Jl. Baru' }, deleted: false, version: 0, updatedAt: new Date().toISOString(), updatedBy: 'x' };
    const pushed = await phone.push([{ seq: 1, baseVersion: 0, record }]);
    expect(pushed.status).toBe(200);
    const again = await county.get('places');
    const rts = again.body.kecamatan[0].desa.find((d: { code: string }) => d.code === '64.11.05.2003').rts;
    expect(rts.find((x: { rt: string }) => x.rt === '007')).toEqual({ rt: '007', rw: null, groups: [] });
  });

  it('a refused code answers a reason code the screen words (never an English sentence)', async () => {
    const cases: [unknown, number, string][] = [
      [{ role: 'kader', prefix: '64.11/64.11.05.2003' }, 400, 'scope-role-mismatch'],
      [{ role: 'kader', prefix: '64.11/64.11.05.2003/posyandu:a/../b' }, 400, 'bad-scope'],
      [{ role: 'kader', prefix: '65.01/65.01.05.2003/posyandu:a' }, 403, 'scope-outside-kabupaten'],
      [{ role: 'ketua-rt', prefix: '64.11/64.11.05.2003/rt:001', modules: ['posyandu'] }, 400, 'bad-modules'],
    ];
    for (const [body, status, reason] of cases) {
      const r = await county.post('codes', body);
      expect(r.status, reason).toBe(status);
      expect(r.body.reason).toBe(reason);
    }
  });

  it('codes: create, list, enrol, revoke; devices: list with role, scope, last sync, app version, pending; revoke', async () => {
    const prefix = '64.11/64.11.05.2003/posyandu:baru';
    const made = await county.post('codes', { role: 'kader', prefix, label: 'Posyandu Baru', uses: 2 });
    expect(made.status).toBe(201);
    expect(made.body.code).toMatch(/^KD-/);
    const list = await county.get('codes');
    const row = list.body.codes.find((c: { scope: { prefix: string } }) => c.scope.prefix === prefix);
    expect(row).toMatchObject({ role: 'kader', usesLeft: 2, revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(made.body.code);

    const phone = await Phone.enrol(s.url, made.body.code);
    const pushed = await phone.push([], { appVersion: '0.1.7', pending: 4 });
    expect(pushed.status).toBe(200);
    const devs = await county.get('devices');
    const dev = devs.body.devices.find((d: { id: string }) => d.id === phone.e.deviceId);
    expect(dev).toMatchObject({ role: 'kader', appVersion: '0.1.7', pending: 4, revokedAt: null });
    expect(dev.scope.prefix).toBe(prefix);
    expect(typeof dev.lastSyncAt).toBe('string');

    expect((await county.post(`codes/${row.id}/revoke`)).status).toBe(200);
    expect((await county.post(`codes/${row.id}/revoke`)).status).toBe(409);
    expect((await post(s.url, '/api/v1/enroll', { code: made.body.code })).status).toBe(403);

    expect((await county.post(`devices/${phone.e.deviceId}/revoke`)).status).toBe(200);
    expect((await phone.pull()).status).toBe(401);
    expect((await county.post(`devices/${phone.e.deviceId}/revoke`)).status).toBe(409);
    const me = devs.body.self;
    expect((await county.post(`devices/${me}/revoke`)).status).toBe(400);
  });

  it('configuration: a county change reaches a kader phone by pull; the phone reports the version it uses', async () => {
    const kader = await Phone.enrol(s.url, 'KADER-MELATI');
    const before = await county.get('config');
    const kbm = { id: 'kbm-kab-6411', version: 2, source: 'Dinkes 64.11 test table', bands: [{ fromMonths: 0, toMonths: 11, grams: 500 }, { fromMonths: 12, toMonths: 59, grams: 250 }] };
    const set = await county.post('config', { strataProfile: 'prangat-selatan-2025', kbm });
    expect(set.status).toBe(200);
    expect(set.body.version).toBe(before.body.version + 1);

    const { records } = await kader.pullAll();
    const cfg = activeConfig(records);
    expect(cfg).toMatchObject({ strataProfile: 'prangat-selatan-2025', version: set.body.version, source: 'county' });
    expect(cfg.kbm).toEqual(kbm);
    // Nothing of other units came with it: only config records lie outside the kader's Posyandu.
    expect(records.filter((r) => !r.addr.startsWith('64.11/64.11.05.2004/posyandu:melati')).every((r) => r.kind.startsWith('config.'))).toBe(true);

    await kader.pull('0', undefined);
    const r = await post(s.url, '/api/v1/sync/pull', { cursor: '0', client: { configVersion: cfg.version } }, kader.e.token);
    expect(r.status).toBe(200);
    const devs = await county.get('devices');
    expect(devs.body.configVersion).toBe(cfg.version);
    expect(devs.body.devices.find((d: { id: string }) => d.id === kader.e.deviceId).configVersion).toBe(cfg.version);
    const after = await county.get('config');
    expect(after.body.devices.current).toBeGreaterThanOrEqual(1);

    // The county's reports compute with the new profile at once.
    const rep = await county.get('reports/posyandu?month=2025-06');
    expect(rep.body.profile).toBe('prangat-selatan-2025');
    expect(rep.body.configVersion).toBe(cfg.version);

    // Back to the built-in KBM table: the county's table is withdrawn (a tombstone phones pull).
    const reset = await county.post('config', { strataProfile: 'nasional', kbm: null });
    expect(reset.body.kbm.id).toBe(KBM_KMS_2010.id);
    const again = activeConfig((await kader.pullAll()).records);
    expect(again.kbm.id).toBe(KBM_KMS_2010.id);
    expect(again.version).toBe(reset.body.version);
    expect(again.lockAfterMinutes).toBe(5); // issue 17: the default until the county sets it

    // The PIN lock minutes: set once, kept by a later change that does not mention them.
    expect((await county.post('config', { strataProfile: 'nasional', lockAfterMinutes: 2 })).status).toBe(200);
    expect((await county.post('config', { strataProfile: 'nasional', lockAfterMinutes: 0 })).status).toBe(400);
    expect((await county.post('config', { strataProfile: 'nasional' })).status).toBe(200);
    expect(activeConfig((await kader.pullAll()).records).lockAfterMinutes).toBe(2);
  });
});
