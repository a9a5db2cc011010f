import type { Band, Sourced } from '../bands';

// What the monthly ILP recap counts, as data (RECAP.md beside this file says why): the age bands
// of each stage, in completed years on the day of the visit counted, and the class rows each
// stage's table has. A county can correct either by a new version, as with every ILP table.

/** The recap's stages other than balita (balita is SKDN's, kms/skdn.ts). Same names as the day page's groups. */
export const RECAP_STAGES = ['ibu', 'remaja', 'dewasa', 'lansia'] as const;
export type RecapStage = (typeof RECAP_STAGES)[number];

/** Every class row a stage's table can have (codes; the app names them through i18n). */
export type RecapClass =
  | 'hamil' | 'nifas' | 'menyusui'
  | 'kek' | 'dangerSign'
  | 'bfa.severelyThin' | 'bfa.thin' | 'bfa.normal' | 'bfa.overweight' | 'bfa.obese'
  | 'bmi.thinSevere' | 'bmi.thin' | 'bmi.normal' | 'bmi.overweight' | 'bmi.obese'
  | 'centralObesity'
  | 'bp.normal' | 'bp.prehypertension' | 'bp.elevated' | 'bp.stage1' | 'bp.stage2'
  | 'glucose.normal' | 'glucose.uncertain' | 'glucose.diabetes'
  | 'anaemia.none' | 'anaemia.mild' | 'anaemia.moderate' | 'anaemia.severe'
  | 'adl.mandiri' | 'adl.ringan' | 'adl.sedang' | 'adl.berat' | 'adl.total'
  | 'skilas' | 'ttd' | 'smoking' | 'referralNeeded' | 'referred';

export interface RecapTable extends Sourced {
  /** per stage: bands over completed years of age, lowest first, the last open */
  bands: Readonly<Record<RecapStage, readonly Band<string>[]>>;
  /** per stage: the class rows, in the order they print */
  classes: Readonly<Record<RecapStage, readonly RecapClass[]>>;
}

const ANAEMIA: RecapClass[] = ['anaemia.none', 'anaemia.mild', 'anaemia.moderate', 'anaemia.severe'];
const BP_ADULT: RecapClass[] = ['bp.normal', 'bp.prehypertension', 'bp.stage1', 'bp.stage2'];
const BMI: RecapClass[] = ['bmi.thinSevere', 'bmi.thin', 'bmi.normal', 'bmi.overweight', 'bmi.obese'];
const GLUCOSE: RecapClass[] = ['glucose.normal', 'glucose.uncertain', 'glucose.diabetes'];
const REFER: RecapClass[] = ['referralNeeded', 'referred'];

export const ILP_RECAP_2023: RecapTable = {
  id: 'ilp-rekap-bulanan',
  version: 1,
  source:
    'Rekap bulanan Posyandu ILP (no national form fixes the columns; Kemenkes, Panduan Pengelolaan Posyandu ' +
    'Bidang Kesehatan 2023, asks for the count of sasaran served per life stage by sex). Age bands: ibu < 20, ' +
    '20–35, > 35 years ("4 terlalu": terlalu muda < 20, terlalu tua > 35, Buku KIA); usia sekolah dan remaja ' +
    '5–9, 10–14, 15–17 (WHO adolescence from 10; the stage ends before 18, Permenkes 25/2014); usia produktif ' +
    '18–29, 30–39, 40–49, 50–59 (the ten-year groups of Riskesdas/Posbindu PTM reports); lansia 60–69 and ' +
    '≥ 70 (lansia risiko tinggi from 70, Permenkes 67/2015). Classes are the ILP tables (LILA_KEK, ' +
    'BP_JNC7/BP_AAP_2017_TEEN, GLUCOSE_PERKENI_2021, IMT_DEWASA_KEMENKES, WAIST_KEMENKES, ANAEMIA_WHO_2011, ' +
    'SCHOOL_BFA_PERMENKES_2_2020, ADL_BARTHEL_KEMENKES, SKILAS_KEMENKES). Correctable data.',
  bands: {
    ibu: [{ code: '<20', below: 20 }, { code: '20-35', atMost: 35 }, { code: '>35' }],
    remaja: [{ code: '5-9', below: 10 }, { code: '10-14', below: 15 }, { code: '15-17' }],
    dewasa: [{ code: '18-29', below: 30 }, { code: '30-39', below: 40 }, { code: '40-49', below: 50 }, { code: '50-59' }],
    lansia: [{ code: '60-69', below: 70 }, { code: '70+' }],
  },
  classes: {
    ibu: ['hamil', 'nifas', 'menyusui', 'kek', ...BP_ADULT, ...ANAEMIA, 'dangerSign', ...REFER],
    remaja: [
      'bfa.severelyThin', 'bfa.thin', 'bfa.normal', 'bfa.overweight', 'bfa.obese',
      'bp.normal', 'bp.elevated', 'bp.stage1', 'bp.stage2', ...ANAEMIA, 'ttd', 'smoking', ...REFER,
    ],
    dewasa: [...BMI, 'centralObesity', ...BP_ADULT, ...GLUCOSE, ...ANAEMIA, 'smoking', ...REFER],
    lansia: [
      ...BMI, 'centralObesity', ...BP_ADULT, ...GLUCOSE, ...ANAEMIA,
      'adl.mandiri', 'adl.ringan', 'adl.sedang', 'adl.berat', 'adl.total', 'skilas', 'smoking', ...REFER,
    ],
  },
};

/** The band of a mother whose birth date is not on her register. */
export const UNKNOWN_AGE_BAND = '?';
