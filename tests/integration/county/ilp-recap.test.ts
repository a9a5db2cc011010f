import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posyanduAddr, type SyncRecord } from '../../../src/domain/records';
import { createCode } from '../../../src/server';
import { enrol, http, rec, type Phone } from '../server/helpers';
import { County, countyBackends, pushAll, startCountyServer, type CountyServer } from './setup';

// The monthly ILP recap on the county endpoint (issue 15, Reports) against the real server: the
// Mawar kader's phone syncs a remaja, a lansia, a pregnant woman and their visits (one corrected:
// the tombstoned row must not count), the county GETs reports/ilp by desa and by kecamatan with the
// domain's figures; another kabupaten's officer sees none of it; bad parameters 400 with a reason.

const PS = '64.11.05.2003';
const MAWAR = posyanduAddr(PS, 'mawar');
const PERIOD = '2024-07';

type Stage = { stage: string; byBand: { code: string; L: number; P: number }[]; total: { L: number; P: number }; classes: { code: string; L: number; P: number }[]; visits: number };
type Place = { code: string; name?: string; units: number; stages: Stage[] };
const nonZero = (rows: { code: string; L: number; P: number }[]) => rows.filter((r) => r.L || r.P).map((r) => `${r.code}:${r.L}/${r.P}`);

describe.each(countyBackends())('county ILP recap (%s)', (backend) => {
  let s: CountyServer;
  let county: County;
  let kader: Phone;

  beforeAll(async () => {
    s = await startCountyServer(backend);
    county = new County(s.url, (await enrol(s.url, 'KAB-6411')).token);
    kader = await county.phone('kader', MAWAR);
    const rina = rec('posyandu.person', MAWAR, { name: 'Rina Uji', sex: 'P', birthDate: '2011-02-01' });
    const karto = rec('posyandu.person', MAWAR, { name: 'Karto Uji', sex: 'L', birthDate: '1950-01-01' });
    const wati = rec('posyandu.pregnant', MAWAR, { name: 'Wati Uji', lastPeriod: '2024-04-01', birthDate: '2006-01-01' });
    const visit = (kind: string, subject: SyncRecord, data: object) => rec(kind, MAWAR, { subjectId: subject.id, ...data }, { parent: subject.id });
    const wrong = visit('posyandu.adultVisit', karto, { date: '2024-07-10', bp: [{ systolic: 190, diastolic: 120 }] });
    await pushAll(kader, [
      rina, karto, wati, wrong,
      visit('posyandu.youthVisit', rina, { date: '2024-07-10', hbGdl: 11.5, ttdTablets: 1 }),
      visit('posyandu.maternalVisit', wati, { date: '2024-07-10', stage: 'hamil', muacCm: 22, dangerSigns: ['bleeding'], referral: true }),
      visit('posyandu.adultVisit', karto, { date: '2024-08-01', glucoseMgdl: 300 }),
    ]);
    // 190/120 was a typing slip: tombstoned and corrected to 150/95.
    await pushAll(kader, [{ ...wrong, deleted: true }, visit('posyandu.adultVisit', karto, { date: '2024-07-10', bp: [{ systolic: 150, diastolic: 95 }], replaces: wrong.id })]);
  }, 180_000);
  afterAll(async () => s?.stop());

  const get = (q: string, token = county.token) => http(s.url, 'GET', `/api/v1/county/reports/ilp${q}`, undefined, { authorization: `Bearer ${token}` });

  it('by desa: the domain recap of the synced rows (live rows only, month only)', async () => {
    const r = await get(`?period=${PERIOD}`);
    expect(r.status).toBe(200);
    expect(r.body.by).toBe('desa');
    const place = (r.body.places as Place[]).find((p) => p.code === PS)!;
    expect(place.units).toBeGreaterThanOrEqual(1);
    const st = (name: string) => place.stages.find((x) => x.stage === name)!;
    // Wati, 18: <20; KEK (22 < 23,5), danger sign, referral reasons kek + dangerSign, referred.
    expect(nonZero(st('ibu').byBand)).toEqual(['<20:0/1']);
    expect(nonZero(st('ibu').classes)).toEqual(['hamil:0/1', 'kek:0/1', 'dangerSign:0/1', 'referralNeeded:0/1', 'referred:0/1']);
    // Rina, 13: 10-14; Hb 11,5 at 12–14 years → mild anaemia → referral needed; TTD.
    expect(nonZero(st('remaja').byBand)).toEqual(['10-14:0/1']);
    expect(nonZero(st('remaja').classes)).toEqual(['anaemia.mild:0/1', 'ttd:0/1', 'referralNeeded:0/1']);
    // Karto, 74: the corrected 150/95 (stage 1), once; August's glucose not in July.
    expect(nonZero(st('lansia').byBand)).toEqual(['70+:1/0']);
    expect(st('lansia').visits).toBe(1);
    expect(nonZero(st('lansia').classes)).toEqual(['bp.stage1:1/0', 'referralNeeded:1/0']);
  });

  it('by kecamatan: the same people under 64.11.05', async () => {
    const r = await get(`?period=${PERIOD}&by=kecamatan`);
    expect(r.status).toBe(200);
    const place = (r.body.places as Place[]).find((p) => p.code === '64.11.05')!;
    expect(place.stages.map((x) => x.total.L + x.total.P)).toEqual([1, 1, 0, 1]);
  });

  it("scope: another kabupaten's officer sees none of Mawar; a kader phone 403; no token 401", async () => {
    const c = await createCode(s.db, { role: 'county', prefix: '64.12' });
    if (!c.ok) throw new Error(c.reason);
    const other = await enrol(s.url, c.code);
    const r = await get(`?period=${PERIOD}`, other.token);
    expect(r.status).toBe(200);
    expect((r.body.places as Place[]).some((p) => p.code.startsWith('64.11'))).toBe(false);
    expect((r.body.places as Place[]).every((p) => p.stages.every((x) => x.total.L + x.total.P === 0))).toBe(true);
    expect((await get(`?period=${PERIOD}`, kader.e.token)).status).toBe(403);
    expect((await http(s.url, 'GET', `/api/v1/county/reports/ilp?period=${PERIOD}`)).status).toBe(401);
  });

  it('bad parameters: 400 with the reason in words, never 5xx', async () => {
    const cases: [string, number, RegExp][] = [
      ['', 400, /^period is required: the month as YYYY-MM/],
      ['?period=2024-13', 400, /^period: month must be YYYY-MM/],
      ['?period=juli', 400, /^period: month must be YYYY-MM/],
      ['?period=2024-07%00', 400, /^period: /],
      ['?period=%ED%A0%80', 400, /^period: /],
      [`?period=${PERIOD}&by=rt`, 400, /^by: by must be desa or kecamatan/],
      [`?period=${PERIOD}&by=%00`, 400, /^by: /],
    ];
    for (const [q, status, reason] of cases) {
      const r = await get(q);
      expect(r.status, q).toBe(status);
      expect(r.body.reason, q).toMatch(reason);
    }
    expect(s.logs.filter((l) => l.includes('[error]'))).toEqual([]);
  });
});
