import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchoolAgeTables, type SchoolAgeTables } from '../../../src/domain/growth';
import { SKDN_AGE_BANDS, type Skdn, type SkdnCell } from '../../../src/domain/kms/skdn';
import {
  balitaRecap, ilpRecap, recapBandOf, recapStageOf, type RecapSubject, type RecapVisit, type StageRecap,
} from '../../../src/domain/ilp/recap';
import type { RecapStage } from '../../../src/domain/ilp/recap-table';

// The monthly ILP recap (src/domain/ilp/RECAP.md): age bands at every edge, the lansia boundary,
// and one Posyandu month with every class, each expected figure worked out by hand in the comments.

let tables: SchoolAgeTables;
beforeAll(async () => { tables = await loadSchoolAgeTables(); });

describe('age bands, completed years on the day of the visit', () => {
  const cases: [RecapStage, string, string][] = [
    // stage, birth date, band on 2026-11-05
    ['ibu', '2006-11-06', '<20'], ['ibu', '2006-11-05', '20-35'], ['ibu', '1990-11-06', '20-35'], ['ibu', '1990-11-05', '>35'],
    ['remaja', '2021-11-05', '5-9'], ['remaja', '2016-11-06', '5-9'], ['remaja', '2016-11-05', '10-14'],
    ['remaja', '2011-11-06', '10-14'], ['remaja', '2011-11-05', '15-17'],
    ['dewasa', '2008-11-05', '18-29'], ['dewasa', '1996-11-06', '18-29'], ['dewasa', '1996-11-05', '30-39'],
    ['dewasa', '1986-11-05', '40-49'], ['dewasa', '1976-11-05', '50-59'], ['dewasa', '1966-11-06', '50-59'],
    ['lansia', '1966-11-05', '60-69'], ['lansia', '1956-11-06', '60-69'], ['lansia', '1956-11-05', '70+'], ['lansia', '1930-01-01', '70+'],
  ];
  for (const [stage, birth, band] of cases) {
    it(`${stage} born ${birth} → ${band}`, () => expect(recapBandOf(stage, birth, '2026-11-05')).toBe(band));
  }
  it('no birth date, or one after the visit → the "?" band', () => {
    expect(recapBandOf('ibu', undefined, '2026-11-05')).toBe('?');
    expect(recapBandOf('ibu', '2026-11-06', '2026-11-05')).toBe('?');
  });
});

describe('recap stage of a visit', () => {
  const cases: [RecapVisit['kind'], string | undefined, string][] = [
    ['maternal', '1990-01-01', 'ibu'], ['maternal', undefined, 'ibu'], ['youth', '2012-01-01', 'remaja'],
    ['adult', '1966-11-06', 'dewasa'], ['adult', '1966-11-05', 'lansia'], ['adult', undefined, 'dewasa'],
  ];
  for (const [kind, birth, stage] of cases) {
    it(`${kind} visit, born ${birth ?? '?'} → ${stage}`, () => expect(recapStageOf({ kind, date: '2026-11-05' }, birth)).toBe(stage));
  }
});

const subjects: RecapSubject[] = [
  { id: 'm1', sex: 'P', birthDate: '2008-03-10' }, // 18 on 5 Nov → <20
  { id: 'm2', sex: 'P' }, // no birth date → ?
  { id: 'm3', sex: 'P', birthDate: '1988-01-01' }, // 38 → >35
  { id: 'y1', sex: 'P', birthDate: '2012-06-15' }, // 14 → 10-14
  { id: 'y2', sex: 'L', birthDate: '2019-01-20' }, // 7 → 5-9
  { id: 'a1', sex: 'L', birthDate: '1981-05-01' }, // 45 → 40-49
  { id: 'a2', sex: 'P', birthDate: '1996-11-05' }, // 30 on the day → 30-39
  { id: 'l1', sex: 'P', birthDate: '1956-06-01' }, // 70 → lansia 70+
  { id: 'l2', sex: 'L', birthDate: '1966-11-06' }, // 59 on 5 Nov → still dewasa, 50-59
];

const visits: RecapVisit[] = [
  // m1: an early visit (no finding), then the last of the month, which counts: KEK (22,5 < 23,5),
  // 150/95 → JNC 7 stage 1, Hb 10,5 in pregnancy → mild; reasons kek, hypertension, anaemia; referred.
  { id: 'v01', kind: 'maternal', subjectId: 'm1', date: '2026-11-02', stage: 'hamil', muacCm: 24 },
  { id: 'v02', kind: 'maternal', subjectId: 'm1', date: '2026-11-05', stage: 'hamil', muacCm: 22.5, bp: [{ systolic: 150, diastolic: 95 }], hbGdl: 10.5, referral: true },
  // m2: nifas, LiLA 25 (not KEK), nothing else.
  { id: 'v03', kind: 'maternal', subjectId: 'm2', date: '2026-11-05', stage: 'nifas', muacCm: 25 },
  // m3: October's visit is not this month's; November's: menyusui, 118/76 → normal.
  { id: 'v04', kind: 'maternal', subjectId: 'm3', date: '2026-10-31', stage: 'menyusui', dangerSigns: ['highFever'] },
  { id: 'v05', kind: 'maternal', subjectId: 'm3', date: '2026-11-05', stage: 'menyusui', bp: [{ systolic: 118, diastolic: 76 }] },
  // y1: 45 kg / 155 cm at 14 → IMT/U normal; 125/75 at 13–17 → AAP elevated (not hypertension);
  // Hb 11,5 at 12–14 years → mild anaemia → referral needed; TTD given.
  { id: 'v06', kind: 'youth', subjectId: 'y1', date: '2026-11-05', weightKg: 45, heightCm: 155, bp: [{ systolic: 125, diastolic: 75 }], hbGdl: 11.5, ttdTablets: 1 },
  // y2: weighed only.
  { id: 'v07', kind: 'youth', subjectId: 'y2', date: '2026-11-05', weightKg: 22 },
  // a1: 80 kg / 170 cm → 27,7 obese; waist 95 > 90 central; 150/95 and 146/93 → 148/94 stage 1;
  // glucose sewaktu 230 → diabetes; smokes; referred.
  { id: 'v08', kind: 'adult', subjectId: 'a1', date: '2026-11-05', weightKg: 80, heightCm: 170, waistCm: 95, bp: [{ systolic: 150, diastolic: 95 }, { systolic: 146, diastolic: 93 }], glucoseMgdl: 230, glucoseKind: 'sewaktu', smoking: true, referral: true },
  // a2: 55 / 160 → 21,5 normal; waist 80 is not > 80; 120/80 → prehypertension; puasa 126 → diabetes.
  { id: 'v09', kind: 'adult', subjectId: 'a2', date: '2026-11-05', weightKg: 55, heightCm: 160, waistCm: 80, bp: [{ systolic: 120, diastolic: 80 }], glucoseMgdl: 126, glucoseKind: 'puasa' },
  // l1: 50 / 150 → 22,2 normal; 130/85 → prehypertension; ADL 20 → mandiri; SKILAS hearing → referral needed.
  {
    id: 'v10', kind: 'adult', subjectId: 'l1', date: '2026-11-05', weightKg: 50, heightCm: 150, bp: [{ systolic: 130, diastolic: 85 }],
    adl: { feeding: 2, bathing: 1, grooming: 1, dressing: 2, bowels: 2, bladder: 2, toilet: 2, transfer: 3, mobility: 3, stairs: 2 },
    skilas: ['whisperTestFailed'],
  },
  // l2: waist 91 > 90 central; sewaktu 150 → uncertain (no referral).
  { id: 'v11', kind: 'adult', subjectId: 'l2', date: '2026-11-05', waistCm: 91, glucoseMgdl: 150 },
  // not counted: a December visit, and a visit of someone not registered here.
  { id: 'v12', kind: 'adult', subjectId: 'a1', date: '2026-12-01', glucoseMgdl: 300 },
  { id: 'v13', kind: 'adult', subjectId: 'ghost', date: '2026-11-05', glucoseMgdl: 300 },
];

/** Non-zero rows only, as 'code:L/P', for a readable comparison. */
const nonZero = (rows: { code: string; L: number; P: number }[]) => rows.filter((r) => r.L || r.P).map((r) => `${r.code}:${r.L}/${r.P}`);

describe('one Posyandu month, every stage', () => {
  const expected: Record<RecapStage, { bands: string[]; total: [number, number]; visits: number; classes: string[] }> = {
    ibu: {
      bands: ['<20:0/1', '>35:0/1', '?:0/1'], total: [0, 3], visits: 4, // m1 twice, m2, m3 (November)
      classes: ['hamil:0/1', 'nifas:0/1', 'menyusui:0/1', 'kek:0/1', 'bp.normal:0/1', 'bp.stage1:0/1', 'anaemia.mild:0/1', 'referralNeeded:0/1', 'referred:0/1'],
    },
    remaja: {
      bands: ['5-9:1/0', '10-14:0/1'], total: [1, 1], visits: 2,
      classes: ['bfa.normal:0/1', 'bp.elevated:0/1', 'anaemia.mild:0/1', 'ttd:0/1', 'referralNeeded:0/1'],
    },
    dewasa: {
      bands: ['30-39:0/1', '40-49:1/0', '50-59:1/0'], total: [2, 1], visits: 3,
      classes: [
        'bmi.normal:0/1', 'bmi.obese:1/0', 'centralObesity:2/0', 'bp.prehypertension:0/1', 'bp.stage1:1/0',
        'glucose.uncertain:1/0', 'glucose.diabetes:1/1', 'smoking:1/0', 'referralNeeded:1/1', 'referred:1/0',
      ],
    },
    lansia: {
      bands: ['70+:0/1'], total: [0, 1], visits: 1,
      classes: ['bmi.normal:0/1', 'bp.prehypertension:0/1', 'adl.mandiri:0/1', 'skilas:0/1', 'referralNeeded:0/1'],
    },
  };
  const recap = () => ilpRecap({ month: '2026-11', subjects, visits, schoolAge: tables });
  const stageOf = (stage: RecapStage): StageRecap => recap().stages.find((s) => s.stage === stage)!;

  for (const stage of Object.keys(expected) as RecapStage[]) {
    it(stage, () => {
      const s = stageOf(stage);
      const e = expected[stage];
      expect(nonZero(s.byBand)).toEqual(e.bands);
      expect([s.total.L, s.total.P]).toEqual(e.total);
      expect(s.visits).toBe(e.visits);
      expect(nonZero(s.classes)).toEqual(e.classes);
    });
  }

  it('every table keeps all its rows (zeros too), so the printed form and the CSV have a fixed shape', () => {
    const empty = ilpRecap({ month: '2026-01', subjects, visits });
    expect(empty.stages.map((s) => s.stage)).toEqual(['ibu', 'remaja', 'dewasa', 'lansia']);
    expect(empty.stages[0].byBand.map((r) => r.code)).toEqual(['<20', '20-35', '>35', '?']);
    expect(empty.stages[3].byBand.map((r) => r.code)).toEqual(['60-69', '70+']);
    expect(empty.stages.every((s) => s.total.L + s.total.P === 0 && s.classes.every((c) => c.L + c.P === 0))).toBe(true);
  });

  it('without the WHO 2007 tables a remaja gets no IMT/U class, never a wrong one', () => {
    const s = ilpRecap({ month: '2026-11', subjects, visits }).stages[1];
    expect(nonZero(s.classes)).not.toContain('bfa.normal:0/1');
    expect(s.total).toEqual({ L: 1, P: 1 });
  });

  it('the same visits in any order give the same recap (the last visit is picked by date, then id)', () => {
    const a = ilpRecap({ month: '2026-11', subjects, visits, schoolAge: tables });
    const b = ilpRecap({ month: '2026-11', subjects, visits: [...visits].reverse(), schoolAge: tables });
    expect(b).toEqual(a);
  });
});

describe('balita: read off SKDN, nothing recounted', () => {
  it('weighed (D) by F1 band and sex; S, D, N, T, BGM, 2T summed over the bands', () => {
    const cell = (o: Partial<SkdnCell>): SkdnCell => ({ S: 0, K: 0, D: 0, N: 0, T: 0, O: 0, B: 0, absent: 0, BGM: 0, T2: 0, kmsNotWeighed: 0, weighedNoKms: 0, ...o });
    const byBand = Object.fromEntries(SKDN_AGE_BANDS.map((b) => [b, { L: cell({}), P: cell({}) }])) as Skdn['byBand'];
    byBand['0-5'].L = cell({ S: 3, D: 2, N: 1, T: 1 });
    byBand['36-59'].P = cell({ S: 5, D: 4, N: 2, T: 1, BGM: 1, T2: 1 });
    const r = balitaRecap({ ...cell({}), month: '2026-11', byBand });
    expect(nonZero(r.byBand)).toEqual(['0-5:2/0', '36-59:0/4']);
    expect(r.total).toEqual({ L: 2, P: 4 });
    expect(nonZero(r.classes)).toEqual(['S:3/5', 'D:2/4', 'N:1/2', 'T:1/1', 'BGM:0/1', 'T2:0/1']);
  });
});
