import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posyanduAddr, type SyncRecord } from '../../../src/domain/records';
import { createCode } from '../../../src/server';
import { enrol, http, rec, type Phone } from '../server/helpers';
import { fhirR4Validator, type FhirValidator } from '../../fhir/r4-schema';
import { County, countyBackends, pushAll, startCountyServer, type CountyServer } from './setup';

// FHIR R4 from the county endpoint (issue 16 item 6) against the real server: the Mawar kader's
// phone syncs children and weighings, the county GETs the month's Bundle, which must be valid
// against the official R4 JSON schema and carry the NIK, the LOINC codes, the values in UCUM
// units, one Encounter per child and day; a corrected weighing appears once, as corrected. Scope:
// another kabupaten's officer gets 404 for this Posyandu (and no NIK), a kader's phone 403, no
// token 401; bad parameters 400 with a reason, never 5xx.

const PS = '64.11.05.2003';
const MAWAR = posyanduAddr(PS, 'mawar');
const UNIT = 'demo-pos-mawar';
const PERIOD = '2025-03';
const NIK = '6411054505240001';

type Entry = { fullUrl: string; resource: any; request: { method: string; url: string; ifNoneExist: string } };

describe.each(countyBackends())('county FHIR R4 Bundle (%s)', (backend) => {
  let s: CountyServer;
  let county: County;
  let kader: Phone;
  let validator: FhirValidator;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    validator = fhirR4Validator();
    s = await startCountyServer(backend);
    county = new County(s.url, (await enrol(s.url, 'KAB-6411')).token);
    kader = await county.phone('kader', MAWAR);
    const anak = rec('posyandu.child', MAWAR, { name: 'Aisyah Uji', sex: 'P', birthDate: '2024-05-05', nik: NIK, hasKms: true, motherName: 'Siti Uji' });
    const tanpaNik = rec('posyandu.child', MAWAR, { name: 'Budi Uji', sex: 'L', birthDate: '2022-01-15', hasKms: true });
    ids.anak = anak.id;
    ids.tanpaNik = tanpaNik.id;
    const visit = (child: SyncRecord, data: object) => rec('posyandu.visit', MAWAR, { childId: child.id, ...data });
    const wrong = visit(anak, { date: '2025-03-10', weightKg: 18.2, lengthCm: 70.5, position: 'lying' });
    const records = [
      anak, tanpaNik,
      wrong,
      visit(anak, { date: '2025-03-10', headCm: 43.5, muacCm: 13.5 }),
      visit(tanpaNik, { date: '2025-03-10', weightKg: 12.1, lengthCm: 88, position: 'standing' }),
      visit(tanpaNik, { date: '2025-03-24', weightKg: 12.4 }),
      visit(tanpaNik, { date: '2025-04-02', weightKg: 12.6 }),
    ];
    ids.wrong = wrong.id;
    await pushAll(kader, records);
    // The kader typed 18,2 for 8,2: the phone tombstones the row and appends its correction.
    const fix = visit(anak, { date: '2025-03-10', weightKg: 8.2, lengthCm: 70.5, position: 'lying', replaces: wrong.id });
    ids.fix = fix.id;
    await pushAll(kader, [{ ...wrong, deleted: true }, fix]);
  }, 180_000);
  afterAll(async () => s?.stop());

  const get = (q: string, token = county.token) => http(s.url, 'GET', `/api/v1/county/fhir/bundle${q}`, undefined, { authorization: `Bearer ${token}` });

  it('answers a valid FHIR R4 Bundle as application/fhir+json', async () => {
    const r = await get(`?posyandu=${UNIT}&period=${PERIOD}`);
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
    expect(r.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(r.body).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
    expect(validator.problems(r.body)).toEqual([]);
  });

  it('carries the NIK, the codes, the values and units, one Encounter per child and day, the correction once', async () => {
    const b = (await get(`?posyandu=${UNIT}&period=${PERIOD}`)).body as { entry: Entry[] };
    const of = (t: string) => b.entry.filter((e) => e.resource.resourceType === t);
    const patients = of('Patient');
    // Only the children measured in March (the demo children were weighed in the last six months, not in 2025).
    expect(patients.map((p) => p.resource.name[0].text).sort()).toEqual(['Aisyah Uji', 'Budi Uji']);
    const aisyah = patients.find((p) => p.resource.name[0].text === 'Aisyah Uji')!;
    expect(aisyah.resource.identifier[0]).toEqual({ use: 'official', system: 'https://fhir.kemkes.go.id/id/nik', value: NIK });
    const budi = patients.find((p) => p.resource.name[0].text === 'Budi Uji')!;
    expect(budi.resource.identifier).toEqual([{ use: 'usual', system: 'urn:kader-desa:posyandu.child', value: ids.tanpaNik }]);

    const enc = of('Encounter');
    expect(enc.map((e) => [e.resource.subject.reference === aisyah.fullUrl ? 'A' : 'B', e.resource.period.start, e.resource.class.code]).sort()).toEqual([
      ['A', '2025-03-10', 'FLD'], ['B', '2025-03-10', 'FLD'], ['B', '2025-03-24', 'FLD'],
    ]);
    expect(of('Location').map((l) => l.resource.name)).toEqual(['Posyandu Mawar']);

    const obs = of('Observation').map((o) => o.resource);
    const measured = (subject: string, code: string) =>
      obs.filter((o) => o.subject.reference === subject && o.code.coding.some((c: { code: string }) => c.code === code));
    // The corrected weighing only: 8.2 kg, never the tombstoned 18.2.
    expect(measured(aisyah.fullUrl, '29463-7').map((o) => o.valueQuantity)).toEqual([{ value: 8.2, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' }]);
    expect(JSON.stringify(b)).not.toContain(ids.wrong);
    expect(measured(aisyah.fullUrl, '8306-3').map((o) => [o.code.coding.map((c: { code: string }) => c.code), o.valueQuantity.value, o.valueQuantity.code])).toEqual([[['8302-2', '8306-3'], 70.5, 'cm']]);
    expect(measured(aisyah.fullUrl, '9843-4').map((o) => [o.valueQuantity.value, o.valueQuantity.unit])).toEqual([[43.5, 'cm']]);
    expect(measured(aisyah.fullUrl, '284473002').map((o) => [o.valueQuantity.value, o.valueQuantity.unit])).toEqual([[13.5, 'cm']]);
    expect(measured(budi.fullUrl, '8308-9').map((o) => o.valueQuantity.value)).toEqual([88]);
    expect(measured(budi.fullUrl, '29463-7').map((o) => [o.effectiveDateTime, o.valueQuantity.value]).sort()).toEqual([['2025-03-10', 12.1], ['2025-03-24', 12.4]]);
    // z-scores from the domain, with their codes: Aisyah (10 months, lying) weight-for-length, Budi (3 years, standing) weight-for-height.
    const z = (subject: string) => obs.filter((o) => o.subject.reference === subject && o.code.coding[0].system === 'urn:kader-desa:who2006-zscore').map((o) => o.code.coding[0].code);
    expect(z(aisyah.fullUrl).sort()).toEqual(['acfa', 'bfa', 'hcfa', 'lhfa', 'wfa', 'wfl']);
    expect(z(budi.fullUrl).sort()).toEqual(['bfa', 'lhfa', 'wfa', 'wfa', 'wfh']);
    // Every reference resolves inside the Bundle.
    const urls = new Set(b.entry.map((e) => e.fullUrl));
    for (const m of JSON.stringify(b).matchAll(/"reference":"([^"]+)"/g)) expect(urls.has(m[1]), m[1]).toBe(true);
  });

  it('another month holds its own weighings; a month without any is the Posyandu alone', async () => {
    const april = (await get(`?posyandu=${UNIT}&period=2025-04`)).body as { entry: Entry[] };
    expect(april.entry.filter((e) => e.resource.resourceType === 'Observation' && e.resource.code.coding[0].code === '29463-7').map((e) => e.resource.valueQuantity.value)).toEqual([12.6]);
    const may = await get(`?posyandu=${UNIT}&period=2025-05`);
    expect(may.body.entry.map((e: Entry) => e.resource.resourceType)).toEqual(['Location']);
    expect(validator.problems(may.body)).toEqual([]);
  });

  it("scope: another kabupaten's officer gets 404 and no NIK; a kader phone 403; no token 401", async () => {
    const c = await createCode(s.db, { role: 'county', prefix: '64.12' });
    if (!c.ok) throw new Error(c.reason);
    const other = await enrol(s.url, c.code);
    const r = await get(`?posyandu=${UNIT}&period=${PERIOD}`, other.token);
    expect(r.status).toBe(404);
    expect(r.body.reason).toBe('no such Posyandu in this kabupaten');
    expect(r.raw.toString()).not.toContain(NIK);
    expect(r.raw.toString()).not.toContain('Aisyah');
    const k = await get(`?posyandu=${UNIT}&period=${PERIOD}`, kader.e.token);
    expect(k.status).toBe(403);
    expect(r.raw.toString() + k.raw.toString()).not.toContain(NIK);
    expect((await http(s.url, 'GET', `/api/v1/county/fhir/bundle?posyandu=${UNIT}&period=${PERIOD}`)).status).toBe(401);
  });

  it('bad parameters: 400 with the reason in words, an unknown Posyandu 404, never 5xx', async () => {
    const cases: [string, number, RegExp][] = [
      [`?period=${PERIOD}`, 400, /^posyandu is required: the id of a Posyandu/],
      [`?posyandu=${UNIT}`, 400, /^period is required: the month as YYYY-MM/],
      ['', 400, /is required/],
      [`?posyandu=${UNIT}&period=2025-13`, 400, /^period: month must be YYYY-MM/],
      [`?posyandu=${UNIT}&period=2025-3`, 400, /^period: month must be YYYY-MM/],
      [`?posyandu=${UNIT}&period=maret`, 400, /^period: month must be YYYY-MM/],
      [`?posyandu=a%2Fb&period=${PERIOD}`, 400, /^posyandu: posyandu must be a Posyandu id/],
      [`?posyandu=${'x'.repeat(65)}&period=${PERIOD}`, 400, /^posyandu: posyandu must be a Posyandu id/],
      [`?posyandu=%00&period=${PERIOD}`, 400, /^posyandu: /],
      [`?posyandu=%ED%A0%80&period=${PERIOD}`, 400, /^posyandu: /],
      [`?posyandu=${UNIT}&period=2025-03%00`, 400, /^period: /],
      [`?posyandu=${UNIT}&period=%ED%A0%80`, 400, /^period: /],
      [`?posyandu=tidak-ada&period=${PERIOD}`, 404, /^no such Posyandu in this kabupaten$/],
      [`?posyandu=${UNIT}&period=${PERIOD}&unknown%00=%ED%A0%80`, 200, /^$/],
    ];
    for (const [q, status, reason] of cases) {
      const r = await get(q);
      expect(r.status, q).toBe(status);
      if (status >= 400) expect(r.body.reason, q).toMatch(reason);
    }
    expect(s.logs.filter((l) => l.includes('[error]'))).toEqual([]);
  });
});
