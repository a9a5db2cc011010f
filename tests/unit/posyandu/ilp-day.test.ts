import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidRecordError, listChildren, saveRecord } from '../../../src/data/records';
import {
  AlreadyVisitedError, ilpSubjectsOn, ilpVisitsOn, loadIlp, saveIlpVisit, savePerson, withIlpVisit, type IlpSubject,
} from '../../../src/data/posyandu/ilp';
import { assessIlpVisit } from '../../../src/domain/ilp';
import { loadSchoolAgeTables, type SchoolAgeTables } from '../../../src/domain/growth';
import { newDb, POSY } from '../sync/helpers';

// Issue 15: the Posyandu day for every stage but balita. Who is on which list on a date, one visit
// per person per day (a second is refused, a correction replaces), dates in order, and what is
// computed when a visit is saved.

const unit = { addr: POSY };
const ctx = { by: 'dev-1' };
let tables: SchoolAgeTables;
beforeAll(async () => { tables = await loadSchoolAgeTables(); });

async function setUp() {
  const db = newDb();
  await db.open();
  const remaja = await savePerson(db, unit, { name: 'Rina', sex: 'P', birthDate: '2012-04-10' });
  const dewasa = await savePerson(db, unit, { name: 'Budi', sex: 'L', birthDate: '1980-01-01' });
  const lansia = await savePerson(db, unit, { name: 'Mbah Sri', sex: 'P', birthDate: '1950-06-01' });
  const gone = await savePerson(db, unit, { name: 'Pindah', sex: 'L', birthDate: '1970-01-01', leftDate: '2026-01-01', leftReason: 'pindah' });
  const balita = await savePerson(db, unit, { name: 'Kecil', sex: 'L', birthDate: '2024-01-01' });
  await saveRecord(db, { kind: 'posyandu.pregnant', addr: POSY, data: { name: 'Ani', lastPeriod: '2026-06-01', birthDate: '1998-02-02' } }, ctx);
  await saveRecord(db, { kind: 'posyandu.pregnant', addr: POSY, data: { name: 'Sudah Lahir', lastPeriod: '2025-06-01', status: 'melahirkan' } }, ctx);
  await saveRecord(db, { kind: 'posyandu.mother', addr: POSY, data: { name: 'Nifas', deliveryDate: '2026-10-20' } }, ctx);
  await saveRecord(db, { kind: 'posyandu.mother', addr: POSY, data: { name: 'Menyusui', deliveryDate: '2026-03-01' } }, ctx);
  await saveRecord(db, { kind: 'posyandu.mother', addr: POSY, data: { name: 'Berhenti', deliveryDate: '2026-03-01', breastFeeding: false } }, ctx);
  return { db, remaja, dewasa, lansia, gone, balita };
}

const subject = (list: IlpSubject[], name: string) => list.find((s) => s.name === name)!;

describe('the lists of a day by stage', () => {
  it('puts each registered person in their group on the date, and leaves out who is not there', async () => {
    const { db } = await setUp();
    const on = ilpSubjectsOn(await loadIlp(db, POSY), '2026-11-05');
    const groups = Object.fromEntries(on.map((s) => [s.name, `${s.group}/${s.maternal ?? s.visitKind}`]));
    expect(groups).toEqual({
      Ani: 'ibu/hamil', Nifas: 'ibu/nifas', Menyusui: 'ibu/menyusui',
      Rina: 'remaja/posyandu.youthVisit', Budi: 'dewasa/posyandu.adultVisit', 'Mbah Sri': 'lansia/posyandu.adultVisit',
    });
    // Before HPHT the woman is not yet pregnant; the day before the move the person is listed.
    const earlier = ilpSubjectsOn(await loadIlp(db, POSY), '2025-12-31').map((s) => s.name);
    expect(earlier).not.toContain('Ani');
    expect(earlier).toContain('Pindah');
  });
});

describe('one visit per person per day', () => {
  it('refuses a second visit of the day; a correction replaces the first in one step', async () => {
    const { db } = await setUp();
    const reg = await loadIlp(db, POSY);
    const s = subject(ilpSubjectsOn(reg, '2026-11-05'), 'Mbah Sri');
    const first = await saveIlpVisit(db, s, { date: '2026-11-05', bp: [{ systolic: 150, diastolic: 90 }] }, '2026-11-05');
    const err = await saveIlpVisit(db, s, { date: '2026-11-05', weightKg: 50 }, '2026-11-05').catch((e) => e);
    expect(err).toBeInstanceOf(AlreadyVisitedError);
    expect(err.issue).toMatchObject({ kind: 'posyandu.adultVisit', path: 'date', rule: 'once', name: 'Mbah Sri' });
    const fixed = await saveIlpVisit(db, s, { date: '2026-11-05', bp: [{ systolic: 130, diastolic: 80 }], replaces: first.id }, '2026-11-05');
    const live = await listChildren(db, 'posyandu.adultVisit', s.id);
    expect(live.map((v) => v.id)).toEqual([fixed.id]);
    expect(ilpVisitsOn(withIlpVisit(withIlpVisit(reg, first as never), fixed as never), s.id, '2026-11-05').map((v) => v.id)).toEqual([fixed.id]);
    // Another day is another visit.
    await expect(saveIlpVisit(db, s, { date: '2026-10-05', weightKg: 50 }, '2026-11-05')).resolves.toBeTruthy();
  });

  it('refuses a future date and a date before birth, saving nothing', async () => {
    const { db } = await setUp();
    const s = subject(ilpSubjectsOn(await loadIlp(db, POSY), '2026-11-05'), 'Rina');
    await expect(saveIlpVisit(db, s, { date: '2026-11-06' }, '2026-11-05')).rejects.toMatchObject({ issue: { rule: 'order.future' } });
    await expect(saveIlpVisit(db, s, { date: '2012-01-01' }, '2026-11-05')).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(saveIlpVisit(db, s, { date: '2026-11-05', bp: [{ systolic: 1, diastolic: 80 }] }, '2026-11-05')).rejects.toMatchObject({ issue: { path: 'bp.systolic', rule: 'min' } });
    expect(await listChildren(db, 'posyandu.youthVisit', s.id)).toEqual([]);
  });
});

describe('computed on save', () => {
  it('pregnancy: HPL, ANC contacts, KEK and a danger sign are a referral', () => {
    const a = assessIlpVisit({ date: '2026-11-05', muacCm: 23.4, anc: true, dangerSigns: ['bleeding'] }, { sex: 'P', maternal: 'hamil', hpht: '2026-06-01', ancContacts: [{ date: '2026-07-01' }] });
    expect(a.hpl).toBe('2027-03-08');
    expect(a.anc).toMatchObject({ count: 2, byTrimester: { 1: 1, 2: 1, 3: 0 } });
    expect(a.kek).toBe(true);
    expect(a.referral).toEqual(['kek', 'dangerSign']);
    expect(assessIlpVisit({ date: '2026-11-05', muacCm: 23.5 }, { sex: 'P', maternal: 'hamil', hpht: '2026-06-01' }).kek).toBe(false);
  });

  it('remaja: IMT/U from WHO 2007 (M line → z 0), blood pressure by the teen table, anaemia', () => {
    // 14 years 0 months exactly-ish; M of BMI-for-age girls at 168 months is 19.0... use the z to check round trip
    const facts = { sex: 'P' as const, birthDate: '2012-04-10' };
    const a = assessIlpVisit({ date: '2026-04-10', weightKg: 45, heightCm: 155, bp: [{ systolic: 135, diastolic: 70 }], hbGdl: 11.4 }, facts, tables);
    expect(a.ageMonths).toBe(168);
    expect(a.bmi).toBeCloseTo(18.73, 2);
    expect(a.bfa).toBe('normal');
    expect(a.bpClass).toBe('stage1');
    expect(a.anaemia).toBe('mild');
    expect(a.referral).toEqual(['hypertension', 'anaemia']);
    // Without the WHO 2007 tables: no IMT/U at all rather than a guess.
    expect(assessIlpVisit({ date: '2026-04-10', weightKg: 45, heightCm: 155 }, facts).bfa).toBeUndefined();
  });

  it('lansia: adult BMI, waist, two readings averaged, glucose, ADL and SKILAS', () => {
    const a = assessIlpVisit({
      date: '2026-11-05', weightKg: 70, heightCm: 150, waistCm: 81, bp: [{ systolic: 142, diastolic: 88 }, { systolic: 136, diastolic: 84 }],
      glucoseMgdl: 200, glucoseKind: 'sewaktu',
      adl: { feeding: 2, bathing: 1, grooming: 1, dressing: 2, bowels: 2, bladder: 2, toilet: 2, transfer: 3, mobility: 3, stairs: 1 },
      skilas: ['whisperTestFailed'],
    }, { sex: 'P', birthDate: '1950-06-01' });
    expect(a.adultBmi).toBe('obese');
    expect(a.centralObesity).toBe(true);
    expect(a.bpMean).toEqual({ systolic: 139, diastolic: 86 });
    expect(a.bpClass).toBe('prehypertension');
    expect(a.glucose).toBe('diabetes');
    expect(a.adl).toEqual({ total: 19, class: 'ringan' });
    expect(a.skilas).toEqual(['hearing']);
    expect(a.referral).toEqual(['highGlucose', 'skilas']);
  });
});
