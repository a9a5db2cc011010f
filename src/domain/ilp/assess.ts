import { completedMonths, dayNumber } from '../dates';
import type { IsoDate, Sex } from '../types';
import { ageMonthsOn, schoolAgeCategory, zScoreSchoolAge, type SchoolAgeCategory } from '../growth/schoolAge';
import type { SchoolAgeTables } from '../growth/schoolAgeTables';
import { anaemiaClass, type AnaemiaClass } from './anaemia';
import { adultBmiClass, bmi, isCentralObesity, type AdultBmiClass } from './anthropometry';
import { BP_AAP_2017_TEEN, BP_JNC7, bpClassOfReadings, combineReadings, type BpReading, type BpTable } from './bloodPressure';
import { adlResult, skilasDomains, type AdlClass, type AdlScores, type SkilasDomain } from './elderly';
import { glucoseClass, type GlucoseClass, type GlucoseKind } from './glucose';
import {
  ancStatus, dangerSignsPresent, hplFromHpht, isKek, NIFAS_DANGER_SIGNS, PREGNANCY_DANGER_SIGNS, type AncStatus, type AncVisit,
} from './pregnancy';
import { referralReasons, type ReferralReason } from './referral';
import type { MaternalStage, PersonStage } from './stage';
import { ageStage } from './stage';

// What one ILP visit shows when it is saved: every class from the versioned tables beside this file,
// and the referral reasons (referral.ts). Pure, so the phone's screens, its recap and the county's
// recap compute the same thing from the same synced fields; nothing computed is stored.

export interface IlpVisitFields {
  date: IsoDate;
  weightKg?: number;
  heightCm?: number;
  muacCm?: number;
  waistCm?: number;
  bp?: readonly BpReading[];
  hbGdl?: number;
  glucoseMgdl?: number;
  glucoseKind?: GlucoseKind;
  dangerSigns?: readonly string[];
  adl?: Partial<AdlScores>;
  skilas?: readonly string[];
  /** maternal: an ANC contact today */
  anc?: boolean;
  ancByDoctor?: boolean;
}

export interface IlpSubjectFacts {
  sex: Sex;
  /** unknown for some pregnant/mother registers: then counted as an adult woman */
  birthDate?: IsoDate;
  /** maternal visits: 'hamil' (HPHT known or not), 'nifas' or 'menyusui' */
  maternal?: MaternalStage | 'menyusui';
  hpht?: IsoDate;
  /** ANC contacts recorded before this visit (the visit's own is added when `anc` is ticked) */
  ancContacts?: readonly AncVisit[];
}

export interface IlpAssessment {
  ageMonths: number | null;
  hpl?: IsoDate;
  anc?: AncStatus;
  kek?: boolean;
  dangerSigns?: string[];
  bmi?: number;
  adultBmi?: AdultBmiClass;
  /** IMT/U and TB/U, 5–18 years (WHO 2007, Permenkes 2/2020) */
  bfaZ?: number;
  bfa?: SchoolAgeCategory;
  hfaZ?: number;
  hfa?: SchoolAgeCategory;
  bpMean?: BpReading;
  /** JNC 7 from 18 years and in pregnancy/nifas, AAP 2017 at 13–17; none under 13 */
  bpClass?: string;
  centralObesity?: boolean;
  glucose?: GlucoseClass;
  anaemia?: AnaemiaClass;
  adl?: { total: number; class: AdlClass };
  skilas?: SkilasDomain[];
  referral: ReferralReason[];
}

const ADULT_MONTHS_FALLBACK = 20 * 12;

/**
 * Assessment of one visit. `tables`: the WHO 2007 tables (loadSchoolAgeTables) — without them a
 * 5–18-year-old gets no IMT/U, never a wrong one.
 */
export function assessIlpVisit(v: IlpVisitFields, s: IlpSubjectFacts, tables?: SchoolAgeTables | null): IlpAssessment {
  const known = s.birthDate !== undefined && dayNumber(v.date) >= dayNumber(s.birthDate);
  const months = known ? completedMonths(s.birthDate!, v.date) : s.maternal ? ADULT_MONTHS_FALLBACK : null;
  const out: IlpAssessment = { ageMonths: known ? months : null, referral: [] };
  const maternal = s.maternal === 'hamil' || s.maternal === 'nifas' ? s.maternal : undefined;
  if (s.maternal === 'hamil' && s.hpht) {
    out.hpl = hplFromHpht(s.hpht);
    const contacts = [...(s.ancContacts ?? []), ...(v.anc ? [{ date: v.date, byDoctor: v.ancByDoctor }] : [])];
    out.anc = ancStatus(s.hpht, contacts, v.date) ?? undefined;
  }
  if (s.maternal && v.muacCm !== undefined) out.kek = isKek(v.muacCm);
  if (v.dangerSigns?.length) {
    out.dangerSigns = dangerSignsPresent(v.dangerSigns, s.maternal === 'hamil' ? PREGNANCY_DANGER_SIGNS : NIFAS_DANGER_SIGNS);
  }
  if (v.weightKg !== undefined && v.heightCm !== undefined) {
    const b = bmi(v.weightKg, v.heightCm);
    if (b !== null) out.bmi = b;
    if (b !== null && months !== null && months >= 18 * 12 && !maternal) out.adultBmi = adultBmiClass(b);
  }
  if (known && tables && months !== null && months < 18 * 12) {
    const age = ageMonthsOn(s.birthDate!, v.date);
    const bz = zScoreSchoolAge({ indicator: 'bfa', sex: s.sex, ageMonths: age, weightKg: v.weightKg, heightCm: v.heightCm }, tables);
    const hz = zScoreSchoolAge({ indicator: 'hfa', sex: s.sex, ageMonths: age, heightCm: v.heightCm }, tables);
    if (bz !== null) { out.bfaZ = bz; out.bfa = schoolAgeCategory('bfa', bz); }
    if (hz !== null) { out.hfaZ = hz; out.hfa = schoolAgeCategory('hfa', hz); }
  }
  if (v.bp?.length) {
    out.bpMean = combineReadings(v.bp) ?? undefined;
    const adult = months === null || months >= 18 * 12 || maternal !== undefined;
    const table: BpTable<string> | null = adult ? BP_JNC7 : months >= 13 * 12 ? BP_AAP_2017_TEEN : null;
    if (table) out.bpClass = bpClassOfReadings(v.bp, table) ?? undefined;
  }
  if (v.waistCm !== undefined && months !== null && months >= 18 * 12) out.centralObesity = isCentralObesity(v.waistCm, s.sex);
  if (v.glucoseMgdl !== undefined) out.glucose = glucoseClass(v.glucoseMgdl, v.glucoseKind ?? 'sewaktu') ?? undefined;
  if (v.hbGdl !== undefined && months !== null) out.anaemia = anaemiaClass(v.hbGdl, months, s.sex, maternal === 'hamil') ?? undefined;
  if (v.adl) out.adl = adlResult(v.adl) ?? undefined;
  if (v.skilas?.length) out.skilas = skilasDomains(v.skilas);
  if (months !== null) {
    const stage: PersonStage = { stage: (known && ageStage(s.birthDate!, v.date)) || 'dewasa', ageMonths: months, ...(maternal ? { maternal } : {}) };
    out.referral = referralReasons({
      stage, sex: s.sex, lilaCm: v.muacCm, bp: v.bp,
      glucose: v.glucoseMgdl !== undefined ? { mgdl: v.glucoseMgdl, kind: v.glucoseKind ?? 'sewaktu' } : undefined,
      hbGdl: v.hbGdl, dangerSigns: out.dangerSigns, skilas: v.skilas,
    });
  } else if (out.dangerSigns?.length) out.referral = ['dangerSign'];
  return out;
}
