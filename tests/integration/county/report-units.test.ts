import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWhoTables } from '../../../src/domain';
import { posyanduAddr, rtAddr, type SyncRecord } from '../../../src/domain/records';
import { ReportService } from '../../../src/server/county/report-service';
import { addrMarks } from '../../../src/server/reports/marks';
import { unitResults } from '../../../src/server/reports/unit-store';
import { enrol, type Phone } from '../server/helpers';
import { genPosyandu, genRt } from './generate';
import { County, countyBackends, pushAll, startCountyServer, type CountyServer } from './setup';

// Stored per-unit results (report_units): a fresh ReportService (as after a server restart)
// recomputes exactly the units whose records changed, and its figures always equal a computation
// from nothing stored. Writes go through the real sync API, as phones make them.

const MONTH = '2025-12';
const YEAR = 2025;
const DESA = '64.11.07.2001';
// Enough units that one changed unit is read by address, two or more by one pass over each kind (unit-store.ts).
const POSY = ['pa', 'pb', 'pc', 'pd', 'pe'];
const RTS = ['001', '002', '003', '004', '005'];

describe.each(countyBackends())('stored per-unit report results (%s)', (backend) => {
  let s: CountyServer;
  let county: County;
  let phone: Phone;
  const generated = new Map<string, SyncRecord[]>();

  const posyandu = (svc = new ReportService(s.db)) => svc.posyandu('64.11', MONTH, YEAR);
  const population = (svc = new ReportService(s.db)) => svc.population('64.11', MONTH, 2024);
  /** The figures from nothing stored: every unit computed from its records. */
  async function scratch<T>(f: (svc: ReportService) => Promise<T>): Promise<T> {
    const keep = await s.db.query('select * from report_units');
    await s.db.query('delete from report_units');
    const r = await f(new ReportService(s.db));
    await s.db.query('delete from report_units');
    await s.db.query(
      `insert into report_units select * from jsonb_populate_recordset(null::report_units, $1::jsonb)`,
      [JSON.stringify(keep)],
    );
    return r;
  }
  /** Runs a report on a fresh service: how many units it computed, and whether it equals the scratch figures. */
  async function fresh<T extends object>(f: (svc: ReportService) => Promise<T>) {
    const svc = new ReportService(s.db);
    const got = { ...(await f(svc)), generatedAt: undefined };
    const computed = svc.last.computed;
    expect(got).toEqual({ ...(await scratch(f)), generatedAt: undefined });
    return { computed, got: got as T };
  }
  const row = <R extends { addr: string }>(o: { rows: R[] }, id: string) => o.rows.find((r) => ('id' in r && r.id === `u-${id}`) || r.addr === id)!;
  const version = async (id: string) => Number((await s.db.query<{ version: unknown }>('select version from records where id = $1', [id]))[0].version);
  const update = async (r: SyncRecord) => {
    const res = await phone.push([phone.change(r, await version(r.id))]);
    expect(res.body.results[0].status).toBe('applied');
  };

  beforeAll(async () => {
    await loadWhoTables();
    s = await startCountyServer(backend);
    county = new County(s.url, (await enrol(s.url, 'KAB-6411')).token);
    phone = await county.phone('county', '64.11');
    for (const [i, id] of POSY.entries()) {
      const recs = genPosyandu({ desa: DESA, id, children: id === 'pa' ? 40 : 10, endMonth: MONTH, months: 14, seed: 40 + i });
      generated.set(id, recs);
      await pushAll(phone, recs);
    }
    for (const [i, rt] of RTS.entries()) await pushAll(phone, genRt({ desa: DESA, rt, households: 8, endMonth: MONTH, months: 14, seed: 70 + i }));
  });
  afterAll(async () => s?.stop());

  it('the first overview computes every unit; a fresh service reuses them all', async () => {
    await s.db.query('delete from report_units');
    const first = new ReportService(s.db);
    const o = await posyandu(first);
    expect(first.last.computed).toBe(first.last.units);
    expect(o.rows.filter((r) => r.desa === DESA)).toHaveLength(POSY.length);
    expect((await fresh(posyandu)).computed).toBe(0);
    await population();
    expect((await fresh(population)).computed).toBe(0);
  });

  it('a new weighing recomputes only its Posyandu; deleting it (tombstone) recomputes it again', async () => {
    const before = row(await posyandu(), 'pa').skdn.D;
    const recs = generated.get('pa')!;
    const kid = recs.find((c) => c.kind === 'posyandu.child' && !(c.data as { leftDate?: string }).leftDate
      && !recs.some((v) => v.kind === 'posyandu.visit' && (v.data as { childId: string }).childId === c.id && (v.data as { date: string }).date.startsWith(MONTH))
      && (c.data as { birthDate: string }).birthDate < '2025-06')!;
    const w: SyncRecord = { id: `w-${Date.now()}`, kind: 'posyandu.visit', addr: posyanduAddr(DESA, 'pa'), parent: kid.id, data: { childId: kid.id, date: `${MONTH}-20`, weightKg: 12.3 }, deleted: false, version: 0, updatedAt: new Date().toISOString(), updatedBy: 'x' };
    await pushAll(phone, [w]);
    const added = await fresh(posyandu);
    expect(added.computed).toBe(1);
    expect(row(added.got, 'pa').skdn.D).toBe(before + 1);
    await update({ ...w, deleted: true, updatedAt: new Date().toISOString() });
    const removed = await fresh(posyandu);
    expect(removed.computed).toBe(1);
    expect(row(removed.got, 'pa').skdn.D).toBe(before);
  });

  it('a record moved to another Posyandu recomputes both (the one it left keeps its newest version)', async () => {
    const kid = generated.get('pb')!.find((c) => c.kind === 'posyandu.child')!;
    const s0 = await posyandu();
    await update({ ...kid, addr: posyanduAddr(DESA, 'pc'), updatedAt: new Date().toISOString() });
    const moved = await fresh(posyandu);
    expect(moved.computed).toBe(2);
    expect(row(moved.got, 'pb').skdn.S).toBe(row(s0, 'pb').skdn.S - 1);
  });

  it('a county config change (strata profile) recomputes every Posyandu', async () => {
    const r = await county.post('config', { strataProfile: 'prangat-selatan-2025' });
    expect(r.status).toBe(200);
    const svc = new ReportService(s.db);
    const o = await posyandu(svc);
    expect(svc.last.computed).toBe(svc.last.units);
    expect(o.profile).toBe('prangat-selatan-2025');
    expect((await fresh(posyandu)).computed).toBe(0);
  });

  it('an RT mutation recomputes only its RT', async () => {
    const addr = rtAddr(DESA, RTS[0]);
    const o = await population();
    const before = row(o, addr).recap.end.jiwa;
    const m: SyncRecord = {
      id: `m-${Date.now()}`, kind: 'rt.mutation', addr, parent: null, deleted: false, version: 0, updatedAt: new Date().toISOString(), updatedBy: 'x',
      data: { type: 'datang', date: `${MONTH}-05`, personId: `p-${Date.now()}`, householdId: 'hh-new', sex: 'P', citizenship: 'WNI', name: 'Warga Baru', birthDate: '1990-01-01' },
    };
    await pushAll(phone, [m]);
    const after = await fresh(population);
    expect(after.computed).toBe(1);
    expect(row(after.got, addr).recap.end.jiwa).toBe(before + 1);
  });

  it('a request that read older marks than the stored set stores nothing over it', async () => {
    await posyandu();
    const before = await s.db.query("select addr, mark, result from report_units where report = 'posyandu' order by addr");
    const now = await addrMarks(s.db, '64.11');
    // The parameters of the set the request above made complete (RESULT_FORMAT| is added again by unitResults).
    const [set] = await s.db.query<{ params: string; mark: string }>("select params, mark from report_units where report = 'posyandu' and addr = '' order by mark::bigint desc limit 1");
    expect(Number(set.mark)).toBe(now.top);
    const params = set.params.split('|').slice(1).join('|');
    // A slow request: marks read before the last write (one unit's mark differs, lower top).
    const stale = new Map(now.byAddr);
    const [first] = [...stale.keys()].filter((a) => a.includes('posyandu:'));
    stale.set(first, '1:1');
    await unitResults(s.db, {
      kab: '64.11', report: 'posyandu', params, top: 0,
      marks: async () => ({ byAddr: stale, top: now.top - 1 }),
      compute: async (todo) => new Map((todo ?? [...stale.keys()]).map((a) => [a, { stale: true }])),
    });
    expect(await s.db.query("select addr, mark, result from report_units where report = 'posyandu' order by addr")).toEqual(before);
  });

  it('last sync moves without records: shown per request while stored results are reused', async () => {
    const kader = await county.phone('kader', posyanduAddr(DESA, 'pa'));
    expect(row(await posyandu(), 'pa').lastSync).toBeFalsy();
    await kader.pullAll();
    const svc = new ReportService(s.db);
    const o = await posyandu(svc);
    expect(svc.last.computed).toBe(0);
    expect(typeof row(o, 'pa').lastSync).toBe('string');
  });
});
