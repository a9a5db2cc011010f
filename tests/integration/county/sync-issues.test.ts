import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { child, enrol, http, Phone, post } from '../server/helpers';
import { DEMO_CODES } from '../../../src/server/demo/codes';
import { createCode } from '../../../src/server';
import { County, countyBackends, startCountyServer, type CountyServer } from './setup';

// Issue 14 item 10, the county's side: conflicts and rejections per unit and per phone, with the
// latest listed (GET /api/v1/county/reports/sync), in JSON and CSV, only of the caller's kabupaten.

const MAWAR = DEMO_CODES.find((c) => c.code === 'KADER-MAWAR')!.prefix;
const MELATI = DEMO_CODES.find((c) => c.code === 'KADER-MELATI')!.prefix;

describe.each(countyBackends())('county sync issues (%s)', (backend) => {
  let s: CountyServer;
  let county: County;

  beforeAll(async () => {
    s = await startCountyServer(backend);
    county = new County(s.url, (await enrol(s.url, 'KAB-6411')).token);
  });
  afterAll(async () => s?.stop());

  it('counts conflicts per unit and per phone (lost / won), rejections per phone and its unit, and lists them', async () => {
    const before = (await county.get('reports/sync')).body;
    const a = await Phone.enrol(s.url, 'KADER-MAWAR');
    const b = await Phone.enrol(s.url, 'KADER-MAWAR');
    // The names phones send with their client info reach the county.
    await post(s.url, '/api/v1/sync/pull', { cursor: '0', limit: 1, client: { kaderName: 'Bu Ani', deviceName: 'HP Mawar 1' } }, a.e.token);
    await post(s.url, '/api/v1/sync/pull', { cursor: '0', limit: 1, client: { kaderName: 'Bu Rina' } }, b.e.token);
    const c = child(MAWAR, 'Dewi');
    const first = await a.push([a.change(c)]);
    const v1 = first.body.results[0].version;
    expect((await a.push([a.change({ ...c, data: { ...(c.data as object), name: 'Dewi L' } }, v1)])).body.results[0].status).toBe('applied');
    // B edits from the first version: it lost.
    expect((await b.push([b.change({ ...c, data: { ...(c.data as object), name: 'Dewi A' } }, v1)])).body.results[0].status).toBe('conflict');
    // And B sends a child of another Posyandu: refused.
    expect((await b.push([b.change(child(MELATI, 'Luar'))])).body.results[0]).toMatchObject({ status: 'rejected', reason: 'scope' });

    const r = await county.get('reports/sync?days=7');
    expect(r.status).toBe(200);
    const now = r.body;
    expect(now.days).toBe(7);
    expect(now.totals).toEqual({ conflicts: before.totals.conflicts + 1, rejections: before.totals.rejections + 1 });
    const unit = now.units.find((u: any) => u.addr === MAWAR);
    expect(unit).toMatchObject({ label: expect.stringContaining('Mawar') });
    expect(unit.conflicts).toBe((before.units.find((u: any) => u.addr === MAWAR)?.conflicts ?? 0) + 1);
    expect(unit.rejections).toBe((before.units.find((u: any) => u.addr === MAWAR)?.rejections ?? 0) + 1);
    expect(now.devices.find((d: any) => d.deviceId === b.e.deviceId)).toMatchObject({ lost: 1, won: 0, rejected: 1, kaderName: 'Bu Rina' });
    expect(now.devices.find((d: any) => d.deviceId === a.e.deviceId)).toMatchObject({ lost: 0, won: 1, rejected: 0, kaderName: 'Bu Ani', deviceName: 'HP Mawar 1' });
    expect(now.conflicts[0]).toMatchObject({ recordId: c.id, kind: 'posyandu.child', addr: MAWAR, loser: { deviceId: b.e.deviceId }, winner: { deviceId: a.e.deviceId } });
    expect(now.rejections[0]).toMatchObject({ reason: 'scope', device: { deviceId: b.e.deviceId, kaderName: 'Bu Rina' } });
    // No record content (a child's name) in the county's list.
    expect(JSON.stringify(now)).not.toContain('Dewi');

    const csv = await http(s.url, 'GET', '/api/v1/county/reports/sync?format=csv&table=devices', undefined, { authorization: `Bearer ${county.token}` });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.raw.toString('utf8')).toContain('Bu Rina');
  });

  it('refuses a bad period with a reason, and other roles', async () => {
    for (const q of ['days=0', 'days=367', 'days=x', 'table=x&format=csv']) expect((await county.get(`reports/sync?${q}`)).status, q).toBe(400);
    const kader = await enrol(s.url, 'KADER-MELATI');
    expect((await http(s.url, 'GET', '/api/v1/county/reports/sync', undefined, { authorization: `Bearer ${kader.token}` })).status).toBe(403);
    // Another kabupaten's county staff see none of this one's.
    const made = await createCode(s.db, { role: 'county', prefix: '65.01', uses: 1 });
    if (!made.ok) throw new Error(made.reason);
    const other = new County(s.url, (await enrol(s.url, made.code)).token);
    const theirs = (await other.get('reports/sync')).body;
    expect(theirs).toMatchObject({ totals: { conflicts: 0, rejections: 0 }, units: [], devices: [], conflicts: [], rejections: [] });
  });
});
