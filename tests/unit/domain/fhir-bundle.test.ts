import { beforeAll, describe, expect, it } from 'vitest';
import { ageInDays } from '../../../src/domain/dates';
import { adjustedLength, loadWhoTables, roundZ, sdLine, whoTables, zScore, type Measurement } from '../../../src/domain/growth';
import {
  NIK_SYSTEM, LOINC, SNOMED, UCUM, ZSCORE_SYSTEM, localSystem, posyanduBundle,
  type Bundle, type FhirChild, type FhirVisit, type Observation, type PosyanduBundleInput,
} from '../../../src/domain/fhir';
import { uuidV5 } from '../../../src/server/reports/fhir-uuid';
import { fhirR4Validator, type FhirValidator } from '../../fhir/r4-schema';

// The FHIR R4 mapping of one Posyandu month (issue 16 item 6): valid against the official R4 JSON
// schema, NIK as SATUSEHAT's identifier, LOINC/SNOMED codes and UCUM units, one Encounter per
// child and day, every reference resolved inside the Bundle, z-scores from the domain's own WHO
// computation (checked against SD lines built from the WHO tables, not against the mapping's call).

const PERIOD = '2025-03';
const NIK = '6411054505240001';
let validator: FhirValidator;
// The fixtures below build weights from the WHO tables.
await loadWhoTables();

beforeAll(() => {
  validator = fhirR4Validator();
}, 120_000);

/** A weight exactly on WHO's z line k for a girl on `date` (inverse of the LMS formula). */
function weightOnLine(k: number, sex: 'L' | 'P', birth: string, date: string): number {
  const t = whoTables().wfa[sex];
  const i = ageInDays(birth, date) - t.first;
  return sdLine(k, t.L[i], t.M[i], t.S[i]);
}

const children: FhirChild[] = [
  { id: 'c-nik', name: 'Aisyah Putri', sex: 'P', birthDate: '2024-05-05', nik: NIK, motherName: 'Siti Aminah', address: 'RT 001 Dusun Sukamaju' },
  { id: 'c-tanpa-nik', name: 'Budi Santoso', sex: 'L', birthDate: '2022-01-15', fatherName: 'Pak Santoso' },
  { id: 'c-meninggal', name: 'Citra', sex: 'P', birthDate: '2024-12-01', leftDate: '2025-03-25', leftReason: 'meninggal' },
  { id: 'c-tidak-datang', name: 'Dodi', sex: 'L', birthDate: '2023-01-01' },
];

const visits: FhirVisit[] = [
  // Underweight on purpose: exactly −2.5 SD weight-for-age.
  { id: 'v1', childId: 'c-nik', date: '2025-03-10', weightKg: weightOnLine(-2.5, 'P', '2024-05-05', '2025-03-10'), lengthCm: 70.5, position: 'lying', headCm: 43, muacCm: 13.5 },
  { id: 'v2', childId: 'c-tanpa-nik', date: '2025-03-10', weightKg: 12.1, lengthCm: 88, position: 'standing' },
  { id: 'v3', childId: 'c-tanpa-nik', date: '2025-03-20', weightKg: 12.3, homeVisit: true },
  // WHO-implausible (weight-for-age > +5), kept because the kader confirmed it.
  { id: 'v4', childId: 'c-meninggal', date: '2025-03-12', weightKg: 14, implausibleConfirmed: true },
  { id: 'v-feb', childId: 'c-tidak-datang', date: '2025-02-10', weightKg: 11 },
  { id: 'v-orphan', childId: 'not-synced-yet', date: '2025-03-10', weightKg: 9 },
];

const input = (over: Partial<PosyanduBundleInput> = {}): PosyanduBundleInput => ({
  unit: { id: 'demo-pos-mawar', addr: '64.11/64.11.05.2003/posyandu:mawar', name: 'Mawar', desaName: 'Prangat Selatan' },
  children,
  visits,
  period: PERIOD,
  timestamp: '2025-04-01T02:03:04.000Z',
  uuid: (key) => uuidV5(`64.11|${key}`),
  tables: whoTables(),
  ...over,
});

const ofType = <T>(b: Bundle, type: string) => b.entry.filter((e) => e.resource.resourceType === type) as unknown as { fullUrl: string; resource: T }[];
const obsOf = (b: Bundle, visit: string, key: string) =>
  ofType<Observation>(b, 'Observation').find((e) => e.resource.identifier[0].value === `${visit}/${key}`)?.resource;
const codes = (o: Observation | undefined) => o?.code.coding?.map((c) => `${c.system === LOINC ? 'LOINC' : c.system === SNOMED ? 'SNOMED' : c.system}|${c.code}`);

describe('FHIR R4 Bundle of a Posyandu month', () => {
  const b = posyanduBundle(input());

  it('is valid against the official FHIR R4 JSON schema', () => {
    expect(validator.problems(b)).toEqual([]);
  });

  it('the schema check is not hollow: a broken Bundle fails it, with the entry named', () => {
    const bad = structuredClone(b);
    (bad.entry[1].resource as unknown as { gender: string }).gender = 'perempuan';
    const p = validator.problems(bad);
    expect(p.length).toBeGreaterThan(0);
    expect(p.join('\n')).toMatch(/entry\[1\] Patient\/gender/);
    const q = structuredClone(b);
    (ofType<Observation>(q, 'Observation')[0].resource.valueQuantity as unknown as { value: string }).value = '8,2';
    expect(validator.problems(q).length).toBeGreaterThan(0);
  });

  it('is a transaction whose every resource is created once: POST with ifNoneExist on its identifier', () => {
    expect(b).toMatchObject({ resourceType: 'Bundle', type: 'transaction', timestamp: '2025-04-01T02:03:04.000Z' });
    for (const e of b.entry) {
      const id = (e.resource as { identifier: { system: string; value: string }[] }).identifier[0];
      expect(e.request).toEqual({ method: 'POST', url: e.resource.resourceType, ifNoneExist: `identifier=${id.system}|${id.value}` });
    }
  });

  it('Patient: NIK as the official identifier (SATUSEHAT system), the record id as a local one; none invented', () => {
    const patients = ofType<{ identifier: object[]; name: object[]; gender: string; birthDate: string; deceasedDateTime?: string; contact?: object[] }>(b, 'Patient');
    expect(patients.map((p) => p.resource.name)).toEqual([[{ use: 'official', text: 'Aisyah Putri' }], [{ use: 'official', text: 'Budi Santoso' }], [{ use: 'official', text: 'Citra' }]]);
    const [a, bu, c] = patients.map((p) => p.resource);
    expect(a.identifier).toEqual([
      { use: 'official', system: 'https://fhir.kemkes.go.id/id/nik', value: NIK },
      { use: 'secondary', system: 'urn:kader-desa:posyandu.child', value: 'c-nik' },
    ]);
    expect(b.entry.find((e) => e.resource === a)!.request.ifNoneExist).toBe(`identifier=${NIK_SYSTEM}|${NIK}`);
    expect(bu.identifier).toEqual([{ use: 'usual', system: localSystem('posyandu.child'), value: 'c-tanpa-nik' }]);
    expect([a.gender, bu.gender, a.birthDate]).toEqual(['female', 'male', '2024-05-05']);
    expect(a.contact).toEqual([{ relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'MTH', display: 'mother' }] }], name: { text: 'Siti Aminah' } }]);
    expect(c.deceasedDateTime).toBe('2025-03-25');
    expect(a.deceasedDateTime).toBeUndefined();
  });

  it('only children measured in the period, and only visits whose child is known', () => {
    const text = JSON.stringify(b);
    expect(text).not.toContain('c-tidak-datang');
    expect(text).not.toContain('v-feb');
    expect(text).not.toContain('v-orphan');
  });

  it('measurements: LOINC/SNOMED codes with the length position, UCUM kg and cm, the visit date', () => {
    const w = obsOf(b, 'v2', 'weight')!;
    expect(codes(w)).toEqual(['LOINC|29463-7']);
    expect(w.valueQuantity).toEqual({ value: 12.1, unit: 'kg', system: UCUM, code: 'kg' });
    expect(w.category[0].coding![0].code).toBe('vital-signs');
    expect(w.effectiveDateTime).toBe('2025-03-10');
    expect(codes(obsOf(b, 'v1', 'length'))).toEqual(['LOINC|8302-2', 'LOINC|8306-3']);
    expect(obsOf(b, 'v1', 'length')!.valueQuantity).toEqual({ value: 70.5, unit: 'cm', system: UCUM, code: 'cm' });
    expect(codes(obsOf(b, 'v2', 'length'))).toEqual(['LOINC|8302-2', 'LOINC|8308-9']);
    expect(obsOf(b, 'v2', 'length')!.code.text).toBe('Tinggi badan (berdiri)');
    expect(codes(obsOf(b, 'v1', 'head'))).toEqual(['LOINC|9843-4']);
    expect(obsOf(b, 'v1', 'head')!.valueQuantity.value).toBe(43);
    expect(codes(obsOf(b, 'v1', 'muac'))).toEqual(['SNOMED|284473002']);
    expect(obsOf(b, 'v1', 'muac')!.valueQuantity).toEqual({ value: 13.5, unit: 'cm', system: UCUM, code: 'cm' });
    expect(obsOf(b, 'v3', 'length')).toBeUndefined();
  });

  it('z-scores: the WHO values (a weight built on the −2.5 SD line reads −2.5), each with its category and sources', () => {
    const wfa = obsOf(b, 'v1', 'wfa')!;
    expect(wfa.code.coding).toEqual([{ system: ZSCORE_SYSTEM, code: 'wfa', display: 'Weight-for-age z-score (WHO 2006)' }]);
    expect(wfa.valueQuantity).toEqual({ value: -2.5, unit: 'z-score', system: UCUM, code: '{z-score}' });
    expect(wfa.interpretation![0].coding![0]).toMatchObject({ code: 'underweight', display: 'Berat badan kurang' });
    expect(wfa.derivedFrom).toEqual([{ reference: b.entry.find((e) => e.resource === obsOf(b, 'v1', 'weight'))!.fullUrl }]);

    // Every other indicator as zScore computes it from the visit (sex, age in days, position).
    const m = (v: FhirVisit, c: FhirChild, indicator: Measurement['indicator']) =>
      roundZ(zScore({ indicator, sex: c.sex, ageDays: ageInDays(c.birthDate, v.date), weightKg: v.weightKg, lengthCm: v.lengthCm, position: v.position, headCm: v.headCm, armCm: v.muacCm })!);
    const [v1, v2] = visits;
    for (const ind of ['lhfa', 'wfl', 'bfa', 'hcfa', 'acfa'] as const) expect(obsOf(b, 'v1', ind)!.valueQuantity.value, ind).toBe(m(v1, children[0], ind));
    // Over 2 years, standing: weight-for-height (anthro's wfh table), named as such.
    expect(obsOf(b, 'v2', 'wfl')).toBeUndefined();
    expect(obsOf(b, 'v2', 'wfh')!.valueQuantity.value).toBe(m(v2, children[1], 'wfh'));
    expect(obsOf(b, 'v2', 'wfh')!.derivedFrom).toHaveLength(2);
    expect(adjustedLength(88, ageInDays('2022-01-15', '2025-03-10'), 'standing')).toBe(88);
    // Not measured: no z-score.
    expect(obsOf(b, 'v2', 'hcfa')).toBeUndefined();
  });

  it('a WHO-implausible value is kept, flagged and says the kader confirmed it', () => {
    const z = obsOf(b, 'v4', 'wfa')!;
    expect(z.valueQuantity.value).toBeGreaterThan(5);
    expect(z.note).toEqual([{ text: 'WHO flag: implausible z-score; the kader confirmed the measurement' }]);
  });

  it('one Encounter per child and Posyandu day (a home visit its own, class HH), at the Posyandu', () => {
    const enc = ofType<{ subject: { reference: string }; class: { code: string }; period: object; location: { location: { reference: string; display: string } }[]; identifier: { value: string }[] }>(b, 'Encounter');
    expect(enc.map((e) => [e.resource.identifier[0].value, e.resource.class.code])).toEqual([
      ['c-nik/2025-03-10', 'FLD'], ['c-tanpa-nik/2025-03-10', 'FLD'], ['c-tanpa-nik/2025-03-20/rumah', 'HH'], ['c-meninggal/2025-03-12', 'FLD'],
    ]);
    expect(enc[2].resource.period).toEqual({ start: '2025-03-20', end: '2025-03-20' });
    const loc = ofType<{ name: string; address: object }>(b, 'Location');
    expect(loc).toHaveLength(1);
    expect(loc[0].resource.name).toBe('Posyandu Mawar');
    expect(loc[0].resource.address).toEqual({
      use: 'work', text: 'Desa Prangat Selatan', country: 'ID',
      extension: [{ url: 'https://fhir.kemkes.go.id/r4/StructureDefinition/administrativeCode', extension: [
        { url: 'province', valueCode: '64' }, { url: 'city', valueCode: '6411' }, { url: 'district', valueCode: '641105' }, { url: 'village', valueCode: '6411052003' },
      ] }],
    });
    for (const e of enc) expect(e.resource.location[0].location).toEqual({ reference: loc[0].fullUrl, display: 'Posyandu Mawar' });
    // Every observation points at its own child's encounter of that day.
    for (const o of ofType<Observation>(b, 'Observation')) {
      const e = enc.find((x) => x.fullUrl === o.resource.encounter.reference)!;
      expect(e.resource.subject.reference).toBe(o.resource.subject.reference);
      expect((e.resource.period as { start: string }).start).toBe(o.resource.effectiveDateTime);
    }
  });

  it('every reference resolves inside the Bundle; fullUrls are unique urn:uuid, the same on every export', () => {
    const urls = b.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const u of urls) expect(u).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const refs = [...JSON.stringify(b).matchAll(/"reference":"([^"]+)"/g)].map((x) => x[1]);
    expect(refs.length).toBeGreaterThan(20);
    for (const r of refs) expect(urls).toContain(r);
    expect(posyanduBundle(input())).toEqual(b);
  });

  it('a month with no weighing is the Posyandu alone, still valid', () => {
    const empty = posyanduBundle(input({ period: '2025-05' }));
    expect(empty.entry.map((e) => e.resource.resourceType)).toEqual(['Location']);
    expect(validator.problems(empty)).toEqual([]);
  });
});
