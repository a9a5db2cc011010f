import type { IsoDate, Month, Sex } from '../types';
import { ageInDays } from '../dates';
import { adjustedLength, assessGrowth, lengthTableFor, roundZ, type IndicatorResult, type Position, type WhoTables } from '../growth';
import { parseAddr } from '../records/address';
import {
  ADMIN_CODE_EXT, CATEGORY_SYSTEM, CATEGORY_WORDS, CODES, EXAM, FATHER, FIELD, HOME, MOTHER, NIK_SYSTEM, UCUM,
  VITAL_SIGNS, ZSCORE_CODES, Z_UNIT, localSystem, type Coding, type ZIndicator,
} from './codes';
import type { Bundle, BundleEntry, Encounter, Identifier, Location, Observation, Patient, Quantity, Reference, Resource } from './types';

// One Posyandu's month as a FHIR R4 transaction Bundle (issue 16 item 6, the path to SATUSEHAT):
// the Posyandu as a Location, each child weighed that month as a Patient (NIK as identifier when
// known), one Encounter per child and Posyandu day, and an Observation per measurement and per
// WHO z-score. Pure: the caller brings the records, the clock (timestamp) and the UUIDs, so the same
// records always give the same Bundle and every reference resolves inside it (urn:uuid fullUrls).
// z-scores come from growth/assessGrowth, the phone's own computation; nothing here re-derives them.

export interface FhirUnit {
  id: string;
  /** the unit's address ('64.11/64.11.05.2003/posyandu:mawar'): the desa's codes for SATUSEHAT's address */
  addr: string;
  name: string;
  desaName?: string;
}

export interface FhirChild {
  id: string;
  name: string;
  sex: Sex;
  birthDate: IsoDate;
  nik?: string;
  motherName?: string;
  fatherName?: string;
  address?: string;
  leftDate?: IsoDate;
  leftReason?: 'pindah' | 'meninggal' | 'lainnya';
}

export interface FhirVisit {
  id: string;
  childId: string;
  date: IsoDate;
  weightKg?: number;
  lengthCm?: number;
  position?: Position;
  headCm?: number;
  muacCm?: number;
  homeVisit?: boolean;
  implausibleConfirmed?: boolean;
}

export interface PosyanduBundleInput {
  unit: FhirUnit;
  children: readonly FhirChild[];
  /** live visits (corrected ones already gone); those outside `period` are left out here */
  visits: readonly FhirVisit[];
  period: Month;
  /** when the Bundle was made (an instant, 'YYYY-MM-DDThh:mm:ss.sssZ') */
  timestamp: string;
  /** a UUID for a key, the same for the same key (the server: name-based v5) */
  uuid: (key: string) => string;
  tables?: WhoTables;
}

const urn = (uuid: string) => `urn:uuid:${uuid}`;
const cm = (value: number): Quantity => ({ value, unit: 'cm', system: UCUM, code: 'cm' });
const kg = (value: number): Quantity => ({ value, unit: 'kg', system: UCUM, code: 'kg' });

function entry<R extends Resource>(fullUrl: string, resource: R, id: Identifier): BundleEntry<R> {
  return { fullUrl, resource, request: { method: 'POST', url: resource.resourceType, ifNoneExist: `identifier=${id.system}|${id.value}` } as BundleEntry<R>['request'] };
}

/** SATUSEHAT's administrative codes are the Kemendagri codes without dots: 64, 6411, 641105, 6411052003. */
function adminCodes(addr: string) {
  const desa = parseAddr(addr).desa;
  if (!desa || !/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(desa)) return [];
  const parts = desa.split('.');
  const levels = ['province', 'city', 'district', 'village'] as const;
  return [{ url: ADMIN_CODE_EXT, extension: levels.map((url, i) => ({ url, valueCode: parts.slice(0, i + 1).join('') })) }];
}

function locationOf(u: FhirUnit): Location {
  const ext = adminCodes(u.addr);
  return {
    resourceType: 'Location',
    identifier: [{ use: 'usual', system: localSystem('posyandu.unit'), value: u.id }],
    status: 'active',
    name: /^posyandu\b/i.test(u.name) ? u.name : `Posyandu ${u.name}`,
    mode: 'instance',
    ...(ext.length ? { address: { use: 'work' as const, ...(u.desaName ? { text: `Desa ${u.desaName}` } : {}), country: 'ID' as const, extension: ext } } : {}),
  };
}

function patientOf(c: FhirChild): Patient {
  const local: Identifier = { use: c.nik ? 'secondary' : 'usual', system: localSystem('posyandu.child'), value: c.id };
  const contact = [
    ...(c.motherName ? [{ relationship: [{ coding: [MOTHER] }], name: { text: c.motherName } }] : []),
    ...(c.fatherName ? [{ relationship: [{ coding: [FATHER] }], name: { text: c.fatherName } }] : []),
  ];
  return {
    resourceType: 'Patient',
    identifier: c.nik ? [{ use: 'official', system: NIK_SYSTEM, value: c.nik }, local] : [local],
    name: [{ use: 'official', text: c.name }],
    gender: c.sex === 'L' ? 'male' : 'female',
    birthDate: c.birthDate,
    ...(c.leftReason === 'meninggal' && c.leftDate ? { deceasedDateTime: c.leftDate } : {}),
    ...(c.address ? { address: [{ use: 'home' as const, text: c.address, country: 'ID' as const }] } : {}),
    ...(contact.length ? { contact } : {}),
  };
}

/** The measurement's code: LOINC body height, plus the lying (length) or standing code when the kader noted the position. */
function lengthCode(position?: Position) {
  const coding: Coding[] = [CODES.height, ...(position ? [position === 'lying' ? CODES.lying : CODES.standing] : [])];
  const text = position === 'lying' ? 'Panjang badan (telentang)' : position === 'standing' ? 'Tinggi badan (berdiri)' : 'Panjang/tinggi badan';
  return { coding, text };
}

/** e-PPGBM's short names of the indices, as code.text. */
const Z_TEXT: Record<ZIndicator, string> = {
  wfa: 'BB/U', lhfa: 'PB/U atau TB/U', wfl: 'BB/PB', wfh: 'BB/TB', bfa: 'IMT/U', hcfa: 'LK/U', acfa: 'LiLA/U',
};

interface Ctx {
  subject: Reference;
  encounter: Reference;
  date: IsoDate;
  uuid: (key: string) => string;
  out: BundleEntry[];
}

function observe(c: Ctx, visitId: string, key: string, o: Pick<Observation, 'category' | 'code' | 'valueQuantity'> & Partial<Observation>): Reference {
  const id: Identifier = { use: 'usual', system: localSystem('posyandu.visit'), value: `${visitId}/${key}` };
  const fullUrl = urn(c.uuid(`obs|${visitId}|${key}`));
  const { category, code, valueQuantity, ...rest } = o;
  c.out.push(entry(fullUrl, {
    resourceType: 'Observation', identifier: [id], status: 'final', category, code,
    subject: c.subject, encounter: c.encounter, effectiveDateTime: c.date, valueQuantity, ...rest,
  }, id));
  return { reference: fullUrl };
}

function zObservation(c: Ctx, v: FhirVisit, indicator: ZIndicator, r: IndicatorResult, from: Reference[]) {
  const words = CATEGORY_WORDS[indicator][r.category];
  const note = r.implausible
    ? [{ text: v.implausibleConfirmed ? 'WHO flag: implausible z-score; the kader confirmed the measurement' : 'WHO flag: implausible z-score' }]
    : [];
  observe(c, v.id, indicator, {
    category: [{ coding: [EXAM] }],
    code: { coding: [ZSCORE_CODES[indicator]], text: Z_TEXT[indicator] },
    valueQuantity: { value: roundZ(r.z), ...Z_UNIT },
    interpretation: [{ coding: [{ system: CATEGORY_SYSTEM, code: r.category, display: words ?? r.category }], text: words ?? r.category }],
    derivedFrom: from,
    ...(note.length ? { note } : {}),
  });
}

function visitObservations(c: Ctx, child: FhirChild, v: FhirVisit, tables: WhoTables | undefined) {
  const ref: Partial<Record<'weight' | 'length' | 'head' | 'muac', Reference>> = {};
  const vital = [{ coding: [VITAL_SIGNS] }];
  if (v.weightKg !== undefined) ref.weight = observe(c, v.id, 'weight', { category: vital, code: { coding: [CODES.weight], text: 'Berat badan' }, valueQuantity: kg(v.weightKg) });
  if (v.lengthCm !== undefined) ref.length = observe(c, v.id, 'length', { category: vital, code: lengthCode(v.position), valueQuantity: cm(v.lengthCm) });
  if (v.headCm !== undefined) ref.head = observe(c, v.id, 'head', { category: vital, code: { coding: [CODES.head], text: 'Lingkar kepala' }, valueQuantity: cm(v.headCm) });
  if (v.muacCm !== undefined) ref.muac = observe(c, v.id, 'muac', { category: [{ coding: [EXAM] }], code: { coding: [CODES.muac], text: 'Lingkar lengan atas (LiLA)' }, valueQuantity: cm(v.muacCm) });

  const ageDays = ageInDays(child.birthDate, v.date);
  const g = assessGrowth({ sex: child.sex, ageDays, weightKg: v.weightKg, lengthCm: v.lengthCm, position: v.position, headCm: v.headCm, armCm: v.muacCm }, tables);
  const refs = (...xs: (Reference | undefined)[]) => xs.filter((x): x is Reference => !!x);
  if (g.wfa) zObservation(c, v, 'wfa', g.wfa, refs(ref.weight));
  if (g.lhfa) zObservation(c, v, 'lhfa', g.lhfa, refs(ref.length));
  if (g.wfl) {
    // assessGrowth's wfl is weight-for-length or -height, whichever table anthro picks; say which.
    const table = lengthTableFor(ageDays, v.position, adjustedLength(v.lengthCm!, ageDays, v.position));
    zObservation(c, v, table, g.wfl, refs(ref.weight, ref.length));
  }
  if (g.bfa) zObservation(c, v, 'bfa', g.bfa, refs(ref.weight, ref.length));
  if (g.hcfa) zObservation(c, v, 'hcfa', g.hcfa, refs(ref.head));
  if (g.acfa) zObservation(c, v, 'acfa', g.acfa, refs(ref.muac));
}

const byDateThenId = (a: FhirVisit, b: FhirVisit) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function posyanduBundle(i: PosyanduBundleInput): Bundle {
  const out: BundleEntry[] = [];
  const location = locationOf(i.unit);
  const locationUrl = urn(i.uuid(`location|${i.unit.id}`));
  out.push(entry(locationUrl, location, location.identifier[0]));
  const locationRef: Reference = { reference: locationUrl, display: location.name };

  const children = new Map(i.children.map((c) => [c.id, c]));
  const visits = i.visits.filter((v) => v.date.startsWith(`${i.period}-`) && children.has(v.childId)).sort(byDateThenId);
  const byChild = new Map<string, FhirVisit[]>();
  for (const v of visits) byChild.set(v.childId, [...(byChild.get(v.childId) ?? []), v]);

  for (const [childId, list] of byChild) {
    const child = children.get(childId)!;
    const patient = patientOf(child);
    const patientUrl = urn(i.uuid(`patient|${childId}`));
    out.push(entry(patientUrl, patient, patient.identifier[0]));
    const subject: Reference = { reference: patientUrl, display: child.name };

    // One Encounter per child and day (and place: a home visit is its own encounter).
    const days = new Map<string, FhirVisit[]>();
    for (const v of list) {
      const key = `${v.date}|${v.homeVisit ? 'HH' : 'FLD'}`;
      days.set(key, [...(days.get(key) ?? []), v]);
    }
    for (const [key, dayVisits] of days) {
      const [date, where] = key.split('|');
      const id: Identifier = { use: 'usual', system: localSystem('posyandu.day'), value: `${childId}/${date}${where === 'HH' ? '/rumah' : ''}` };
      const encounterUrl = urn(i.uuid(`encounter|${childId}|${key}`));
      const encounter: Encounter = {
        resourceType: 'Encounter',
        identifier: [id],
        status: 'finished',
        class: where === 'HH' ? HOME : FIELD,
        type: [{ text: where === 'HH' ? 'Kunjungan rumah kader Posyandu' : 'Hari buka Posyandu' }],
        subject,
        period: { start: date, end: date },
        location: [{ location: locationRef }],
      };
      out.push(entry(encounterUrl, encounter, id));
      const c: Ctx = { subject, encounter: { reference: encounterUrl }, date, uuid: i.uuid, out };
      for (const v of dayVisits) visitObservations(c, child, v, i.tables);
    }
  }
  return {
    resourceType: 'Bundle',
    identifier: { system: localSystem('fhir.bundle'), value: `${i.unit.id}/${i.period}` },
    type: 'transaction',
    timestamp: i.timestamp,
    entry: out,
  };
}
