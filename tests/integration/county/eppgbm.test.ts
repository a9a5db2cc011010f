import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWhoTables } from '../../../src/domain';
import { posyanduAddr, type SyncRecord } from '../../../src/domain/records';
import { eppgbmRows } from '../../../src/domain/interop/eppgbm-export';
import { readFirstSheet } from '../../../src/app/interop/xlsx';
import { enrol } from '../server/helpers';
import { County, countyBackends, pushAll, startCountyServer, type CountyServer } from './setup';

// The county side of issue 16 item 1: GET reports/posyandu/<id>/eppgbm gives one Posyandu's month
// as the same e-PPGBM rows the phone writes (the phone's pure mapping on the same records), as
// XLSX or JSON; bad queries get 400 with the reason, an unknown Posyandu 404, a kader's phone 403.

const DESA = '64.11.05.2003';
const ADDR = posyanduAddr(DESA, 'mawar');
const AT = '2026-01-20T08:00:00.000Z';
const ADDR2 = posyanduAddr(DESA, 'melati');
const rec = (id: string, kind: string, data: unknown, parent: string | null = null, addr = ADDR): SyncRecord =>
  ({ id, kind, addr, parent, data, deleted: false, version: 0, updatedAt: AT, updatedBy: 'test' });

const UNIT = { name: 'Posyandu Mawar', desaCode: DESA, desaName: 'Prangat Selatan' };
const CHILDREN = [
  { id: 'ep-c1', data: { name: 'Ani Lestari', sex: 'P', birthDate: '2023-10-05', nik: '6411054510230001', hasKms: true, motherName: 'Siti', area: 'RT 002 / RW 001', birthWeightKg: 3.1 } },
  { id: 'ep-c2', data: { name: 'Bayu', sex: 'L', birthDate: '2025-06-20', hasKms: false } },
];
const VISITS = [
  { id: 'ep-v1', data: { childId: 'ep-c1', date: '2025-12-12', weightKg: 10.4, lengthCm: 84, position: 'standing' } },
  { id: 'ep-v2', data: { childId: 'ep-c1', date: '2026-01-13', weightKg: 10.9, lengthCm: 85.5, position: 'standing', muacCm: 14.5, services: { vitaminA: 'merah' } } },
  { id: 'ep-v3', data: { childId: 'ep-c2', date: '2026-01-13', weightKg: 7.2, lengthCm: 66, position: 'lying' } },
];
const RECORDS: SyncRecord[] = [
  rec('u-mawar', 'posyandu.unit', UNIT),
  ...CHILDREN.map((c) => rec(c.id, 'posyandu.child', c.data)),
  ...VISITS.map((x) => rec(x.id, 'posyandu.visit', x.data, x.data.childId)),
];
// Another Posyandu of the same desa, weighed the same month: none of it may be in Mawar's file.
const OTHER: SyncRecord[] = [
  rec('u-melati', 'posyandu.unit', { name: 'Posyandu Melati', desaCode: DESA }, null, ADDR2),
  rec('ep-c9', 'posyandu.child', { name: 'Citra Melati', sex: 'P', birthDate: '2024-02-02', hasKms: true }, null, ADDR2),
  rec('ep-v9', 'posyandu.visit', { childId: 'ep-c9', date: '2026-01-14', weightKg: 9.5 }, 'ep-c9', ADDR2),
];
const PLACE = 'prov=Kalimantan%20Timur&kabkota=Kutai%20Kartanegara&kec=Marangkayu&puskesmas=Sebuntal';

describe.each(countyBackends())('e-PPGBM file from the county endpoint (%s)', (backend) => {
  let s: CountyServer;
  let county: County;
  let kaderToken: string;

  beforeAll(async () => {
    await loadWhoTables();
    s = await startCountyServer(backend);
    county = new County(s.url, (await enrol(s.url, 'KAB-6411')).token);
    const kader = await county.phone('kader', ADDR);
    await pushAll(kader, RECORDS);
    kaderToken = kader.e.token;
    await pushAll(await county.phone('kader', ADDR2), OTHER);
  });
  afterAll(async () => s?.stop());

  // What the phone writes for the same records (the phone's mapping, phone-side input).
  const phoneRows = () => eppgbmRows({
    posyandu: { name: UNIT.name, desaName: UNIT.desaName, desaCode: DESA },
    place: { prov: 'Kalimantan Timur', kab: 'Kutai Kartanegara', kec: 'Marangkayu', puskesmas: 'Sebuntal' },
    month: '2026-01',
    children: CHILDREN as never,
    visits: VISITS.map((x) => x.data) as never,
  });

  it('JSON: the same header and rows as the phone makes', async () => {
    const r = await county.get(`reports/posyandu/u-mawar/eppgbm?month=2026-01&format=json&${PLACE}`);
    expect(r.status).toBe(200);
    const want = phoneRows();
    expect(r.body.header).toEqual(want.header);
    expect(r.body.rows).toEqual(want.rows);
    expect(r.body.rows).toHaveLength(2);
    expect(r.body.header).toHaveLength(33);
    const other = await county.get('reports/posyandu/u-melati/eppgbm?month=2026-01&format=json');
    expect(other.body.rows.map((x: unknown[]) => x[1])).toEqual(['Citra Melati']);
  });

  it('XLSX: the file reads back to the same cells (NIK as text, days as dates)', async () => {
    const r = await county.get(`reports/posyandu/u-mawar/eppgbm?month=2026-01&${PLACE}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    expect(r.headers['content-disposition']).toContain('e-PPGBM_Posyandu_Mawar_2026-01.xlsx');
    const sheet = await readFirstSheet(new Blob([new Uint8Array(r.raw)]));
    const want = phoneRows();
    expect(sheet[0]).toEqual(want.header);
    const asRead = (c: unknown) => (c && typeof c === 'object' && 'date' in c ? new Date(`${(c as { date: string }).date}T00:00:00Z`) : c);
    expect(sheet.slice(1)).toEqual(want.rows.map((row) => row.map(asRead)));
    expect(sheet[1][0]).toBe('6411054510230001');
  });

  it('a month without weighings gives the header only', async () => {
    const r = await county.get('reports/posyandu/u-mawar/eppgbm?month=2025-11&format=json');
    expect(r.status).toBe(200);
    expect(r.body.rows).toEqual([]);
  });

  it('bad queries: 400 with the reason; unknown Posyandu 404; a kader phone 403; never 500', async () => {
    const bad = async (q: string, reason: RegExp) => {
      const r = await county.get(`reports/posyandu/u-mawar/eppgbm${q}`);
      expect(r.status, q).toBe(400);
      expect(JSON.stringify(r.body), q).toMatch(reason);
    };
    await bad('', /month/);
    await bad('?month=2026-13', /month must be YYYY-MM/);
    await bad('?month=2026-01&format=pdf', /format must be xlsx or json/);
    await bad('?month=2999-01', /month has not come yet/);
    await bad(`?month=2026-01&kec=${'x'.repeat(121)}`, /at most 120 characters/);
    expect((await county.get('reports/posyandu/u-nothere/eppgbm?month=2026-01')).status).toBe(404);
    const asKader = await fetch(`${s.url}/api/v1/county/reports/posyandu/u-mawar/eppgbm?month=2026-01`, { headers: { authorization: `Bearer ${kaderToken}` } });
    expect(asKader.status).toBe(403);
  });
});
