import * as v from 'valibot';
import { defineKind } from './envelope';
import { isoDate, sex, text, optText, nik16, refId } from './common';
import { ordered } from './order-schema';
import type { NifasDangerSign, PregnancyDangerSign } from '../ilp/pregnancy';
import type { SkilasFinding } from '../ilp/elderly';

// Record kinds of the Posyandu for the life stages other than balita (ILP, issue 15). Module
// 'posyandu' and addressed at the Posyandu like every other Posyandu record, so the kader's scope,
// sync, the county's strata and the conflict rules need nothing new.
// Who is registered where:
// - a pregnant woman: posyandu.pregnant (the existing register, HPHT → HPL there);
// - a mother in nifas or breast-feeding: posyandu.mother (the existing register, delivery date);
// - everyone else from 5 years (usia sekolah, remaja, dewasa, lansia): posyandu.person.
// A visit is an append row under the registered person (parent = the register record; subjectId says
// the same inside data, as childId does for a weighing), one per person per day (data/posyandu/ilp).
// The code lists are literals here (the domain tables name them, types keep both in step) so the
// ILP tables stay off the first screen; no field is computed and stored: HPL, ANC status, classes
// and referral reasons are derived from these fields by src/domain/ilp wherever they are shown.

const optNum = (min: number, max: number) => v.optional(v.pipe(v.number(), v.minValue(min), v.maxValue(max)));
const optCount = (max: number) => v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max)));
const flag = v.optional(v.boolean());

/** two readings at most (the second after a rest), averaged by domain/ilp combineReadings */
const bp = v.optional(v.pipe(
  v.array(v.object({
    systolic: v.pipe(v.number(), v.integer(), v.minValue(50), v.maxValue(300)),
    diastolic: v.pipe(v.number(), v.integer(), v.minValue(20), v.maxValue(200)),
  })),
  v.maxLength(2),
));

const DANGER_SIGNS = [
  'vomitingPersistent', 'highFever', 'swellingHeadacheSeizure', 'reducedFetalMovement', 'bleeding',
  'membraneRupture', 'foulDischarge', 'feverOver2Days', 'breastSwollenPainful', 'depression',
] as const satisfies readonly (PregnancyDangerSign | NifasDangerSign)[];

const SKILAS_FINDINGS = [
  'recallOrOrientationFailed', 'chairRiseFailed', 'weightLoss3kg', 'appetiteLoss', 'lilaBelow21',
  'eyeProblem', 'fingerCountFailed', 'whisperTestFailed', 'feelingDown', 'littleInterest',
] as const satisfies readonly SkilasFinding[];

const adlScore = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)));

/** Fields every ILP visit has: who, when, the kader, and the correction link (as posyandu.visit). */
const visitBase = {
  /** the register record the visit belongs to (also the envelope's parent) */
  subjectId: refId,
  date: isoDate,
  kaderName: optText(120),
  kaderId: v.optional(refId),
  sessionId: v.optional(refId),
  counselling: flag,
  /** the kader referred the person to the puskesmas (proposed when domain/ilp finds a reason) */
  referral: flag,
  referralReason: optText(200),
  notes: optText(500),
  /** a correction: the tombstoned visit this row replaces */
  replaces: v.optional(refId),
};

export const ILP_MATERNAL_STAGES = ['hamil', 'nifas', 'menyusui'] as const;
export const DANGER_SIGN_CODES = DANGER_SIGNS;
export const SKILAS_CODES = SKILAS_FINDINGS;

export const ilpKinds = {
  'posyandu.person': defineKind({
    kind: 'posyandu.person',
    module: 'posyandu',
    mode: 'shared',
    schema: ordered(v.object({
      name: text(120),
      sex,
      birthDate: isoDate,
      nik: v.optional(nik16),
      nikNote: optText(300),
      personId: v.optional(refId),
      address: optText(200),
      area: optText(60),
      registeredOn: v.optional(isoDate),
      leftDate: v.optional(isoDate),
      leftReason: v.optional(v.picklist(['pindah', 'meninggal', 'lainnya'])),
      notes: optText(500),
    }), [['leftDate', 'birthDate'], ['registeredOn', 'birthDate']]),
  }),
  /** a visit of a woman registered as pregnant (posyandu.pregnant) or as a mother (posyandu.mother) */
  'posyandu.maternalVisit': defineKind({
    kind: 'posyandu.maternalVisit',
    module: 'posyandu',
    mode: 'append',
    schema: v.object({
      ...visitBase,
      stage: v.picklist(ILP_MATERNAL_STAGES),
      weightKg: optNum(25, 200),
      /** LiLA; < 23.5 cm is KEK (domain/ilp LILA_KEK) */
      muacCm: optNum(10, 50),
      bp,
      hbGdl: optNum(3, 20),
      /** tablet tambah darah given today */
      ttdTablets: optCount(200),
      /** examined by a bidan or doctor today (an ANC contact for K1–K6) */
      anc: flag,
      ancByDoctor: flag,
      dangerSigns: v.optional(v.pipe(v.array(v.picklist(DANGER_SIGNS)), v.maxLength(DANGER_SIGNS.length))),
      vitaminA: flag,
      breastFeeding: flag,
      exclusiveBf: flag,
      kb: flag,
    }),
  }),
  /** usia sekolah and remaja (5 to before 18 years) */
  'posyandu.youthVisit': defineKind({
    kind: 'posyandu.youthVisit',
    module: 'posyandu',
    mode: 'append',
    schema: v.object({
      ...visitBase,
      weightKg: optNum(8, 200),
      heightCm: optNum(80, 220),
      muacCm: optNum(10, 50),
      bp,
      hbGdl: optNum(3, 20),
      /** tablet tambah darah given today (remaja putri) */
      ttdTablets: optCount(100),
      smoking: flag,
    }),
  }),
  /** usia produktif (dewasa) and lansia */
  'posyandu.adultVisit': defineKind({
    kind: 'posyandu.adultVisit',
    module: 'posyandu',
    mode: 'append',
    schema: v.object({
      ...visitBase,
      weightKg: optNum(20, 250),
      heightCm: optNum(100, 220),
      waistCm: optNum(40, 200),
      bp,
      glucoseMgdl: optNum(20, 1000),
      glucoseKind: v.optional(v.picklist(['sewaktu', 'puasa'])),
      smoking: flag,
      /** at least 150 minutes of activity a week (asked) */
      activeEnough: flag,
      /** fruit and vegetables daily, little sugar/salt/fat (asked) */
      dietOk: flag,
      /** lansia: Barthel items as scored (domain/ilp ADL_BARTHEL_KEMENKES gives each item's maximum) */
      adl: v.optional(v.object({
        feeding: adlScore, bathing: adlScore, grooming: adlScore, dressing: adlScore, bowels: adlScore,
        bladder: adlScore, toilet: adlScore, transfer: adlScore, mobility: adlScore, stairs: adlScore,
      })),
      /** lansia: SKILAS findings ticked (any one → referral) */
      skilas: v.optional(v.pipe(v.array(v.picklist(SKILAS_FINDINGS)), v.maxLength(SKILAS_FINDINGS.length))),
    }),
  }),
};
