import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posyanduAddr, rtAddr, type SyncRecord } from '../../../src/domain/records';
import { ReportService } from '../../../src/server/county/report-service';
import { addrMarks } from '../../../src/server/reports/marks';
import { enrol, startTestServer, type Phone } from '../server/helpers';
import { genPosyandu, genRt } from './generate';
import { County, countyBackends, pushAll, type CountyServer } from './setup';

// The background refresh (county/report-refresher.ts): after phones push, the server recomputes
// this month's overviews by itself, so the county officer's request finds every unit stored and
// computes nothing — not even the per-address scan.

const MONTH = '2025-12';
const DESA = '64.11.08.2001';

describe.each(countyBackends())('background report refresh (%s)', (backend) => {
  let s: CountyServer;
  let phone: Phone;

  /** True once the stored Posyandu and population sets are complete at the kabupaten's newest change. */
  async function refreshed(): Promise<boolean> {
    const { top } = await addrMarks(s.db, '64.11');
    const done = async (report: string) =>
      Number((await s.db.query<{ m: unknown }>("select max(mark::bigint) as m from report_units where report = $1 and addr = ''", [report]))[0]?.m ?? 0);
    return (await done('posyandu')) === top && (await done('population')) === top;
  }

  async function requestCosts() {
    const svc = new ReportService(s.db);
    await svc.posyandu('64.11', MONTH, 2025);
    const posyandu = { ...svc.last };
    await svc.population('64.11', MONTH, 2025); // the default December for a December report: that one
    return { posyandu, population: { ...svc.last } };
  }

  beforeAll(async () => {
    // "Now" is in the generated data's month, so the refresh computes the overviews asked for below.
    s = await startTestServer({ name: backend }, { reportRefresh: { delayMs: 50, now: () => new Date(2025, 11, 20, 10) } });
    const county = new County(s.url, (await enrol(s.url, 'KAB-6411')).token);
    phone = await county.phone('county', '64.11');
  });
  afterAll(async () => s?.stop());

  it('after pushes the overviews are stored by the server itself; a request computes nothing', async () => {
    await pushAll(phone, genPosyandu({ desa: DESA, id: 'bg', children: 12, endMonth: MONTH, months: 13, seed: 7 }));
    await pushAll(phone, genRt({ desa: DESA, rt: '001', households: 6, endMonth: MONTH, months: 13, seed: 8 }));
    await expect.poll(refreshed, { timeout: 30_000, interval: 100 }).toBe(true);
    expect(await requestCosts()).toEqual({ posyandu: { computed: 0, units: 0 }, population: { computed: 0, units: 0 } });
  });

  it('a new weighing is taken in by the next refresh', async () => {
    const child = (await s.db.query<{ id: string }>("select id from records where kind = 'posyandu.child' and addr = $1 limit 1", [posyanduAddr(DESA, 'bg')]))[0];
    const w: SyncRecord = {
      id: `bgw-${Date.now()}`, kind: 'posyandu.visit', addr: posyanduAddr(DESA, 'bg'), parent: child.id, deleted: false, version: 0,
      updatedAt: new Date().toISOString(), updatedBy: 'x', data: { childId: child.id, date: `${MONTH}-21`, weightKg: 11.1 },
    };
    await pushAll(phone, [w]);
    expect(await refreshed()).toBe(false);
    await expect.poll(refreshed, { timeout: 30_000, interval: 100 }).toBe(true);
    expect(await requestCosts()).toEqual({ posyandu: { computed: 0, units: 0 }, population: { computed: 0, units: 0 } });
    const rt = (await new ReportService(s.db).population('64.11', MONTH, 2025)).rows.find((r) => r.addr === rtAddr(DESA, '001'));
    expect(rt).toBeDefined();
  });
});
