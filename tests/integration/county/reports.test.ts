import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { KaderDb } from '../../../src/data/db';
import { loadRegister, skdnReport, strataReport, type Unit } from '../../../src/data/posyandu';
import { loadBooks } from '../../../src/data/rt/books';
import { desaRollup } from '../../../src/data/dasawisma';
import { buildRegister } from '../../../src/data/rt/register';
import { populationEvents } from '../../../src/data/rt/recap';
import { loadWhoTables, populationRecapRange, skdn, sumRecaps, type ChildRecord } from '../../../src/domain';
import { posyanduAddr, rtAddr, type SyncRecord } from '../../../src/domain/records';
import { enrol } from '../server/helpers';
import { genGroups, genPosyandu, genRt } from './generate';
import { County, countyBackends, pushAll, startCountyServer, type CountyServer } from './setup';

// Generated data pushed through the real sync API by enrolled phones; the county reports must
// equal the domain functions on the same data, and the phone's own read models on the same records.

const MONTH = '2025-12';
const YEAR = 2025;
const DESA = ['64.11.07.2001', '64.11.07.2002', '64.11.08.2001'];
const POSY = [
  { desa: DESA[0], id: 'pa', declining: false },
  { desa: DESA[0], id: 'pb', declining: true },
  { desa: DESA[1], id: 'pc', declining: false },
  { desa: DESA[2], id: 'pd', declining: false },
  { desa: DESA[2], id: 'pe', declining: true, byCounty: true },
];
const RTS = [
  { desa: DESA[0], rt: '001' }, { desa: DESA[0], rt: '002' }, { desa: DESA[1], rt: '001' }, { desa: DESA[2], rt: '003' },
];

function phoneDb(): KaderDb {
  return new KaderDb(`county-${process.pid}-${Math.random().toString(36).slice(2)}`, { indexedDB, IDBKeyRange });
}

/** The domain's inputs straight from the generated records (children + weighings by date, then id). */
function domainChildren(records: SyncRecord[]): ChildRecord[] {
  const visits = records.filter((r) => r.kind === 'posyandu.visit') as SyncRecord<{ childId: string; date: string; weightKg: number }>[];
  visits.sort((a, b) => a.data.date.localeCompare(b.data.date) || (a.id < b.id ? -1 : 1));
  return records
    .filter((r) => r.kind === 'posyandu.child')
    .map((c) => {
      const d = c.data as { sex: 'L' | 'P'; birthDate: string; hasKms: boolean; leftDate?: string };
      return {
        id: c.id, sex: d.sex, birthDate: d.birthDate, hasKms: d.hasKms, ...(d.leftDate ? { leftDate: d.leftDate } : {}),
        weighings: visits.filter((v) => v.data.childId === c.id).map((v) => ({ date: v.data.date, weightKg: v.data.weightKg })),
      };
    });
}

describe.each(countyBackends())('county reports (%s)', (backend) => {
  let s: CountyServer;
  let county: County;
  const generated = new Map<string, SyncRecord[]>();
  const pulled = new Map<string, SyncRecord[]>();
  const rtRecords = new Map<string, SyncRecord[]>();
  let groups: SyncRecord[] = [];
  const pkkRecords = new Map<string, SyncRecord[]>();

  beforeAll(async () => {
    await loadWhoTables();
    s = await startCountyServer(backend);
    county = new County(s.url, (await enrol(s.url, 'KAB-6411')).token);
    for (const [i, p] of POSY.entries()) {
      const recs = genPosyandu({ ...p, children: 40, endMonth: MONTH, months: 24, seed: 100 + i });
      generated.set(p.id, recs);
      const addr = posyanduAddr(p.desa, p.id);
      if (p.byCounty) {
        // Entered at the county office: no phone of its own, so it is flagged as not syncing.
        await pushAll(await county.phone('county', '64.11'), recs);
        continue;
      }
      const phone = await county.phone('kader', addr);
      await pushAll(phone, recs, { appVersion: '0.1.0', pending: 0 });
      pulled.set(p.id, (await phone.pullAll()).records);
    }
    for (const [i, r] of RTS.entries()) {
      const recs = genRt({ ...r, households: 25, endMonth: MONTH, months: 24, seed: 200 + i });
      const phone = await county.phone('ketua-rt', rtAddr(r.desa, r.rt));
      await pushAll(phone, recs);
      rtRecords.set(rtAddr(r.desa, r.rt), (await phone.pullAll()).records);
    }
    for (const [i, d] of DESA.entries()) {
      const recs = genGroups(d, '001', 6 + i, MONTH, 300 + i);
      groups.push(...recs);
      const phone = await county.phone('pkk', `64.11/${d}`);
      await pushAll(phone, recs);
      pkkRecords.set(d, (await phone.pullAll()).records);
    }
    groups = groups.filter((g) => g.kind.startsWith('dasawisma.'));
  });
  afterAll(async () => s?.stop());

  it('Posyandu overview: SKDN of the month equals the domain skdn() on the generated records', async () => {
    const r = await county.get(`reports/posyandu?month=${MONTH}&year=${YEAR}`);
    expect(r.status).toBe(200);
    const generatedRows = r.body.rows.filter((x: { addr: string }) => x.addr.includes('64.11.07') || x.addr.includes('64.11.08'));
    expect(generatedRows).toHaveLength(POSY.length);
    for (const p of POSY) {
      const row = generatedRows.find((x: { id: string }) => x.id === `u-${p.id}`);
      const expected = skdn(domainChildren(generated.get(p.id)!), MONTH);
      for (const k of ['S', 'K', 'D', 'N', 'T', 'O', 'B', 'BGM', 'T2'] as const) expect(row.skdn[k], `${p.id} ${k}`).toBe(expected[k]);
      expect(row.skdn.S).toBeGreaterThan(20);
      expect(row.skdn.D).toBeGreaterThan(0);
    }
    // Totals per desa / kecamatan are the sums of their rows.
    const sum = (rows: { skdn: { D: number } }[]) => rows.reduce((a, x) => a + x.skdn.D, 0);
    const kec = r.body.kecamatan.find((k: { code: string }) => k.code === '64.11.07');
    expect(kec.posyandu).toBe(3);
    expect(kec.skdn.D).toBe(sum(generatedRows.filter((x: { kecamatan: string }) => x.kecamatan === '64.11.07')));
    const desa = r.body.desa.find((d: { code: string }) => d.code === DESA[2]);
    expect(desa.skdn.D).toBe(sum(generatedRows.filter((x: { desa: string }) => x.desa === DESA[2])));
    expect(Object.values(r.body.total.levels as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(r.body.rows.length);
  });

  it('flags: the declining Posyandu dropped a level; the one without a phone has not synced', async () => {
    const r = await county.get(`reports/posyandu?month=${MONTH}&year=${YEAR}`);
    const row = (id: string) => r.body.rows.find((x: { id: string }) => x.id === `u-${id}`);
    expect(row('pb').dropped).toBe(true);
    expect(row('pb').previousLevel).not.toBe('pratama');
    expect(row('pa').dropped).toBe(false);
    expect(row('pe').noSync).toBe(true);
    expect(row('pe').lastSync).toBeUndefined();
    expect(row('pa').noSync).toBe(false);
    expect(typeof row('pa').lastSync).toBe('string');
    expect(r.body.total.dropped).toBe(r.body.rows.filter((x: { dropped: boolean }) => x.dropped).length);
  });

  it("county figure == phone figure: SKDN, strata (year, 12 months, previous year), gaps, integrated", async () => {
    for (const p of POSY.filter((x) => !x.byCounty)) {
      const db = phoneDb();
      await db.records.bulkPut(pulled.get(p.id)!);
      const addr = posyanduAddr(p.desa, p.id);
      const unit = (await db.records.get(`u-${p.id}`)) as Unit;
      const reg = await loadRegister(db, addr);
      const phoneSkdn = skdnReport(reg, MONTH);
      const phoneStrata = await strataReport(db, unit, reg, `${MONTH}-28`, YEAR);
      const phonePrev = await strataReport(db, unit, reg, `${YEAR - 1}-12-28`, YEAR - 1);

      const d = await county.get(`reports/posyandu/u-${p.id}?month=${MONTH}&year=${YEAR}`);
      expect(d.status).toBe(200);
      const { absent: _a, ...counts } = d.body.skdn;
      for (const [k, val] of Object.entries(counts)) expect(val, `${p.id} skdn ${k}`).toBe(phoneSkdn.skdn[k as 'S']);
      expect(d.body.ratios).toEqual(JSON.parse(JSON.stringify(phoneSkdn.ratios)));
      expect(d.body.profile).toBe(phoneStrata.profile);
      expect(d.body.year).toEqual(JSON.parse(JSON.stringify(phoneStrata.year)));
      expect(d.body.rolling).toEqual(JSON.parse(JSON.stringify(phoneStrata.rolling)));
      expect(d.body.integrated).toEqual(JSON.parse(JSON.stringify(phoneStrata.integrated)));
      expect(d.body.previousYear).toEqual(JSON.parse(JSON.stringify(phonePrev.year)));
      db.close();
    }
  });

  it('population: RT recaps equal the phone RT read model; desa totals are the domain sums; December per desa', async () => {
    const r = await county.get(`reports/population?month=${MONTH}&december=2024`);
    expect(r.status).toBe(200);
    expect(r.body.months).toHaveLength(12);
    for (const rt of RTS) {
      const addr = rtAddr(rt.desa, rt.rt);
      const db = phoneDb();
      await db.records.bulkPut(rtRecords.get(addr)!);
      const books = await loadBooks(db, addr);
      const reg = buildRegister(books);
      const unit = (await db.records.where('kind').equals('rt.unit').toArray()).find((u) => u.addr === addr)!;
      const events = populationEvents(books, reg, (unit.data as { bookStart: string }).bookStart);
      const phone = populationRecapRange(events, `${YEAR}-01`, MONTH);
      const row = r.body.rows.find((x: { addr: string }) => x.addr === addr);
      expect(row.recap).toEqual(phone[11]);
      expect(row.births).toEqual(phone.map((m) => m.lahir.jiwa));
      expect(row.deaths).toEqual(phone.map((m) => m.mati.jiwa));
      expect(row.recap.end.jiwa).toBeGreaterThan(20);
      const dec = populationRecapRange(events, '2024-12', '2024-12')[0];
      expect(dec.end.jiwa).toBeGreaterThan(0);
      db.close();
    }
    for (const d of r.body.desa) {
      const rows = r.body.rows.filter((x: { desa: string }) => x.desa === d.code);
      expect(d.recap).toEqual(sumRecaps(MONTH, rows.map((x: { recap: unknown }) => x.recap)));
    }
    const d0 = r.body.december.find((x: { code: string }) => x.code === DESA[0]);
    expect(d0.recap.month).toBe('2024-12');
    expect(d0.recap.end.jiwa).toBeGreaterThan(0);
    expect(r.body.total.births.reduce((a: number, b: number) => a + b, 0)).toBeGreaterThan(0);
  });

  it('PKK: groups reported this month / total and groups without a coordinator, per desa', async () => {
    const r = await county.get(`reports/pkk?month=${MONTH}`);
    expect(r.status).toBe(200);
    for (const d of DESA) {
      const gs = groups.filter((g) => g.kind === 'dasawisma.group' && g.addr.includes(`/${d}/`));
      const reported = new Set(groups.filter((g) => g.kind === 'dasawisma.recap' && (g.data as { month: string }).month === MONTH).map((g) => g.addr));
      const row = r.body.desa.find((x: { code: string }) => x.code === d);
      expect(row.groups).toBe(gs.length);
      expect(row.reported).toBe(gs.filter((g) => reported.has(g.addr)).length);
      expect(row.withoutCoordinator).toBe(gs.filter((g) => !(g.data as { coordinatorName?: string }).coordinatorName).length);
    }
  });

  it('PKK figures: county == the desa coordinator\'s roll-up on her phone (submitted recaps, else live), per group, desa and kecamatan', async () => {
    const r = await county.get(`reports/pkk?month=${MONTH}`);
    let submitted = 0;
    let live = 0;
    for (const d of DESA) {
      const db = phoneDb();
      await db.records.bulkPut(pkkRecords.get(d)!);
      const phone = await desaRollup(db, d, MONTH);
      const row = r.body.desa.find((x: { code: string }) => x.code === d);
      expect(row.counts, d).toEqual(phone.desa.totals);
      expect(row.missing, d).toEqual(phone.desa.missing);
      expect(row.counts.households).toBeGreaterThan(5);
      for (const g of phone.groups) {
        const gr = r.body.rows.find((x: { addr: string }) => x.addr === g.group.addr);
        expect(gr.counts, g.group.data.name).toEqual(g.table.totals);
        expect(gr.reported).toBe(g.source === 'submitted');
        if (g.source === 'submitted') submitted++;
        else live++;
      }
      db.close();
    }
    // Both ways of counting a group were exercised, and they differ (the snapshot lacks the last house).
    expect(submitted).toBeGreaterThan(0);
    expect(live).toBeGreaterThan(0);
    const sub = r.body.rows.find((x: { reported: boolean }) => x.reported);
    const houses = groups.filter((g) => g.kind === 'dasawisma.family' && g.addr === sub.addr).length;
    expect(sub.counts.households).toBe(houses - 1);
    const k = r.body.kecamatan.find((x: { code: string }) => x.code === '64.11.07');
    const inK = r.body.desa.filter((x: { code: string }) => x.code.startsWith('64.11.07.'));
    expect(k.counts.membersP).toBe(inK.reduce((a: number, x: { counts: { membersP: number } }) => a + x.counts.membersP, 0));
    expect(r.body.total.counts.households).toBe(r.body.desa.reduce((a: number, x: { counts: { households: number } }) => a + x.counts.households, 0));
  });

  it('CSV exports: text/csv with a file name, one line per row plus the total', async () => {
    const r = await county.get(`reports/posyandu?month=${MONTH}&year=${YEAR}&format=csv&table=desa`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    expect(String(r.headers['content-disposition'])).toMatch(/filename="posyandu-desa-64\.11-2025-12\.csv"/);
    const lines = r.raw.toString('utf8').trim().split('\r\n');
    const json = await county.get(`reports/posyandu?month=${MONTH}&year=${YEAR}`);
    expect(lines).toHaveLength(1 + json.body.desa.length + 1);
    const pop = await county.get(`reports/population?month=${MONTH}`);
    const pkk = await county.get(`reports/pkk?month=${MONTH}`);
    const cases = [
      ['reports/population?month=2025-12&format=csv&table=rt', pop.body.rows.length],
      ['reports/population?month=2025-12&format=csv&table=december', pop.body.december.length],
      ['reports/pkk?month=2025-12&format=csv&table=kelompok', pkk.body.rows.length],
      ['reports/pkk?month=2025-12&format=csv&table=desa', pkk.body.desa.length + 1],
    ] as const;
    for (const [path, n] of cases) {
      const c = await county.get(path);
      expect(c.status).toBe(200);
      expect(c.headers['content-type']).toMatch(/^text\/csv/);
      expect(c.raw.toString('utf8').trim().split('\r\n').length, path).toBe(n + 1);
    }
  });

  it('a repeat request is served from the cache until a record changes', async () => {
    const q = `reports/posyandu?month=${MONTH}&year=${YEAR}`;
    const first = await county.get(q);
    const again = await county.get(q);
    // Whether the cache answered is checked in tests/unit/county/report-cache.test.ts; here: same
    // answer while nothing changed, and a changed answer as soon as a record changes.
    const { generatedAt: _a, ...firstFigures } = first.body;
    const { generatedAt: _b, ...againFigures } = again.body;
    expect(againFigures).toEqual(firstFigures);
    const before = again.body.rows.find((x: { id: string }) => x.id === 'u-pa').skdn.D;
    // A new weighing of a child not yet weighed this month changes D at once.
    const kid = generated.get('pa')!.find((c) => c.kind === 'posyandu.child' && !generated.get('pa')!.some((v) => v.kind === 'posyandu.visit' && (v.data as { childId: string; date: string }).childId === c.id && (v.data as { date: string }).date.startsWith(MONTH)) && (c.data as { birthDate: string }).birthDate < '2025-06' && !(c.data as { leftDate?: string }).leftDate)!;
    const phone = await county.phone('kader', posyanduAddr(DESA[0], 'pa'));
    await pushAll(phone, [{ id: `late-${Date.now()}`, kind: 'posyandu.visit', addr: posyanduAddr(DESA[0], 'pa'), parent: kid.id, data: { childId: kid.id, date: `${MONTH}-20`, weightKg: 12.3 }, deleted: false, version: 0, updatedAt: new Date().toISOString(), updatedBy: 'x' }]);
    const after = await county.get(q);
    expect(after.body.rows.find((x: { id: string }) => x.id === 'u-pa').skdn.D).toBe(before + 1);
  });
});
