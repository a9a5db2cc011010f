import { bandOf } from '../bands';
import { completedMonths, dayNumber, monthOf } from '../dates';
import type { SchoolAgeTables } from '../growth/schoolAgeTables';
import { SKDN_AGE_BANDS, type Skdn } from '../kms/skdn';
import type { Month, Sex } from '../types';
import { assessIlpVisit, type IlpAssessment, type IlpVisitFields } from './assess';
import { ILP_RECAP_2023, RECAP_STAGES, UNKNOWN_AGE_BAND, type RecapClass, type RecapStage, type RecapTable } from './recap-table';
import { ageStage } from './stage';

// The monthly recap of the Posyandu ILP per life stage (issue 15, "Reports"): who was served, by
// sex and age band, and how many fell in each class (KEK, blood pressure, glucose, BMI, central
// obesity, anaemia, ADL, SKILAS, referral). Pure: the phone computes it from its IndexedDB, the
// county from the synced rows, with the same code. Balita are SKDN's (kms/skdn.ts): balitaRecap
// only reshapes an SKDN month, it counts nothing itself. Rules: RECAP.md beside this file.

/** A registered person or a mother/pregnant woman the visits belong to. */
export interface RecapSubject {
  id: string;
  sex: Sex;
  /** may be missing on a pregnancy/mother register: counted in the '?' band */
  birthDate?: string;
}

/** The synced fields of one live visit (posyandu.maternalVisit / youthVisit / adultVisit). */
export interface RecapVisit extends IlpVisitFields {
  id: string;
  kind: 'maternal' | 'youth' | 'adult';
  subjectId: string;
  /** maternal visits: the mother's stage that day */
  stage?: 'hamil' | 'nifas' | 'menyusui';
  referral?: boolean;
  ttdTablets?: number;
  smoking?: boolean;
}

export interface RecapRow<C extends string = string> {
  code: C;
  L: number;
  P: number;
}

export interface StageRecap {
  stage: RecapStage;
  /** people served in the month (each once), by age band and sex; the last band may be '?' (ibu) */
  byBand: RecapRow[];
  total: { L: number; P: number };
  /** people in each class, from their last visit of the month */
  classes: RecapRow<RecapClass>[];
  /** visit rows in the month (a person seen twice counts twice here, once above) */
  visits: number;
}

export interface IlpRecap {
  month: Month;
  stages: StageRecap[];
}

export interface IlpRecapInput {
  month: Month;
  subjects: readonly RecapSubject[];
  /** live visits of the Posyandu (any month: the others are skipped) */
  visits: readonly RecapVisit[];
  /** WHO 2007 tables for IMT/U; without them remaja have no IMT/U class (never a wrong one) */
  schoolAge?: SchoolAgeTables | null;
  table?: RecapTable;
}

/** The recap stage of a visit: ibu by kind; an adult visit is lansia from 60 years on the visit's day. */
export function recapStageOf(v: Pick<RecapVisit, 'kind' | 'date'>, birthDate: string | undefined): RecapStage {
  if (v.kind === 'maternal') return 'ibu';
  if (v.kind === 'youth') return 'remaja';
  return birthDate && dayNumber(v.date) >= dayNumber(birthDate) && ageStage(birthDate, v.date) === 'lansia' ? 'lansia' : 'dewasa';
}

/** The age band of a person on a day, in completed years; '?' without a (valid) birth date. */
export function recapBandOf(stage: RecapStage, birthDate: string | undefined, date: string, table: RecapTable = ILP_RECAP_2023): string {
  if (!birthDate || dayNumber(date) < dayNumber(birthDate)) return UNKNOWN_AGE_BAND;
  return bandOf(Math.floor(completedMonths(birthDate, date) / 12), table.bands[stage]);
}

/** The class rows one assessed visit falls in (a person can be in several). */
export function recapClassesOf(v: RecapVisit, a: IlpAssessment): RecapClass[] {
  const out: RecapClass[] = [];
  if (v.kind === 'maternal' && v.stage) out.push(v.stage);
  if (a.kek) out.push('kek');
  if (a.bfa) out.push(`bfa.${a.bfa}` as RecapClass);
  if (a.adultBmi) out.push(`bmi.${a.adultBmi}`);
  if (a.centralObesity) out.push('centralObesity');
  if (a.bpClass) out.push(`bp.${a.bpClass}` as RecapClass);
  if (a.glucose) out.push(`glucose.${a.glucose}`);
  if (a.anaemia) out.push(`anaemia.${a.anaemia}`);
  if (a.adl) out.push(`adl.${a.adl.class}`);
  if (a.skilas?.length) out.push('skilas');
  if (a.dangerSigns?.length) out.push('dangerSign');
  if ((v.ttdTablets ?? 0) > 0) out.push('ttd');
  if (v.smoking) out.push('smoking');
  if (a.referral.length > 0) out.push('referralNeeded');
  if (v.referral) out.push('referred');
  return out;
}

const VISIT_KINDS: Readonly<Record<string, RecapVisit['kind']>> = {
  'posyandu.maternalVisit': 'maternal',
  'posyandu.youthVisit': 'youth',
  'posyandu.adultVisit': 'adult',
};

/** A synced visit row (validated by its kind's schema) as the recap reads it; null for other kinds. */
export function recapVisitOf(r: { id: string; kind: string; data: unknown }): RecapVisit | null {
  const kind = VISIT_KINDS[r.kind];
  return kind ? ({ ...(r.data as object), id: r.id, kind } as RecapVisit) : null;
}

const later = (a: RecapVisit, b: RecapVisit) => a.date > b.date || (a.date === b.date && a.id > b.id);

/**
 * The month's recap, one table per stage (ibu, remaja, dewasa, lansia). A person is counted once
 * per stage, from their last visit of the month (latest date, then the larger id: every phone
 * picks the same row); visits of a subject not in `subjects` are skipped.
 */
export function ilpRecap(input: IlpRecapInput): IlpRecap {
  const table = input.table ?? ILP_RECAP_2023;
  const subjects = new Map(input.subjects.map((s) => [s.id, s]));
  const last = new Map<string, { v: RecapVisit; stage: RecapStage }>();
  const visitCount = new Map<RecapStage, number>();
  for (const v of input.visits) {
    if (monthOf(v.date) !== input.month) continue;
    const s = subjects.get(v.subjectId);
    if (!s) continue;
    const stage = recapStageOf(v, s.birthDate);
    visitCount.set(stage, (visitCount.get(stage) ?? 0) + 1);
    const key = `${stage}\u0000${v.subjectId}`;
    const prev = last.get(key);
    if (!prev || later(v, prev.v)) last.set(key, { v, stage });
  }
  const stages = RECAP_STAGES.map((stage): StageRecap => {
    const bands = [...table.bands[stage].map((b) => b.code), ...(stage === 'ibu' ? [UNKNOWN_AGE_BAND] : [])];
    return {
      stage,
      byBand: bands.map((code) => ({ code, L: 0, P: 0 })),
      total: { L: 0, P: 0 },
      classes: table.classes[stage].map((code) => ({ code, L: 0, P: 0 })),
      visits: visitCount.get(stage) ?? 0,
    };
  });
  const byStage = new Map(stages.map((s) => [s.stage, s]));
  for (const { v, stage } of last.values()) {
    const s = subjects.get(v.subjectId)!;
    const out = byStage.get(stage)!;
    const band = recapBandOf(stage, s.birthDate, v.date, table);
    const row = out.byBand.find((r) => r.code === band);
    if (row) row[s.sex]++;
    out.total[s.sex]++;
    const maternal = v.kind === 'maternal' ? (v.stage ?? 'hamil') : undefined;
    const a = assessIlpVisit(v, { sex: s.sex, birthDate: s.birthDate, maternal }, input.schoolAge);
    for (const code of recapClassesOf(v, a)) {
      const c = out.classes.find((r) => r.code === code);
      if (c) c[s.sex]++;
    }
  }
  return { month: input.month, stages };
}

/** SKDN rows the recap shows for balita: each a figure SKDN computed (F1 codes). */
export const BALITA_RECAP_CODES = ['S', 'D', 'N', 'T', 'BGM', 'T2'] as const;
export type BalitaRecapCode = (typeof BALITA_RECAP_CODES)[number];

export interface BalitaRecap {
  stage: 'balita';
  /** weighed (D) by F1 age band and sex */
  byBand: RecapRow[];
  total: { L: number; P: number };
  classes: RecapRow<BalitaRecapCode>[];
}

/** The balita table of the recap, read off an SKDN month (nothing recounted). */
export function balitaRecap(skdn: Skdn): BalitaRecap {
  const sum = (code: BalitaRecapCode, sex: Sex) => SKDN_AGE_BANDS.reduce((n, b) => n + skdn.byBand[b][sex][code], 0);
  return {
    stage: 'balita',
    byBand: SKDN_AGE_BANDS.map((b) => ({ code: b, L: skdn.byBand[b].L.D, P: skdn.byBand[b].P.D })),
    total: { L: sum('D', 'L'), P: sum('D', 'P') },
    classes: BALITA_RECAP_CODES.map((code) => ({ code, L: sum(code, 'L'), P: sum(code, 'P') })),
  };
}
