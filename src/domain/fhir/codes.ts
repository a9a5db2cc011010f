import type { GrowthCategory } from '../growth';

// Code systems and codes of the FHIR R4 export (docs/fhir.md says why each was chosen). Data, not
// logic: a county that maps to SATUSEHAT's own codes changes them here.

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
export const OBS_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
/** SATUSEHAT's system for the NIK (Kemenkes' Master Patient Index looks patients up by it). */
export const NIK_SYSTEM = 'https://fhir.kemkes.go.id/id/nik';
/** SATUSEHAT's address extension: province, city (kabupaten), district (kecamatan), village codes without dots. */
export const ADMIN_CODE_EXT = 'https://fhir.kemkes.go.id/r4/StructureDefinition/administrativeCode';

/**
 * Our own identifiers and codes. A URN, because Kader Desa has no registered web address to name
 * them with; the record kind follows the prefix ('urn:kader-desa:posyandu.child'). SATUSEHAT's
 * local identifiers are `http://sys-ids.kemkes.go.id/<resource>/<organization id>`: a county that
 * has its organization id would put that here (not done: docs/fhir.md).
 */
export const LOCAL = 'urn:kader-desa';
export const localSystem = (kind: string) => `${LOCAL}:${kind}`;
/** WHO 2006 z-scores: LOINC has codes for percentiles, none we could verify for these z-scores. */
export const ZSCORE_SYSTEM = `${LOCAL}:who2006-zscore`;
/** Permenkes 2/2020 (and SDIDTK / WHO anthro for head and arm) categories of a z-score. */
export const CATEGORY_SYSTEM = `${LOCAL}:growth-category`;

export interface Coding {
  system: string;
  code: string;
  display: string;
}

const loinc = (code: string, display: string): Coding => ({ system: LOINC, code, display });

export const CODES = {
  weight: loinc('29463-7', 'Body weight'),
  height: loinc('8302-2', 'Body height'),
  lying: loinc('8306-3', 'Body height --lying'),
  standing: loinc('8308-9', 'Body height --standing'),
  head: loinc('9843-4', 'Head Occipital-frontal circumference'),
  /** Side-free SNOMED CT concept, as SATUSEHAT's ANC guide codes LiLA; LOINC 56072-2 is the right arm, kaders measure the left. */
  muac: { system: SNOMED, code: '284473002', display: 'Mid upper arm circumference' } as Coding,
} as const;

export const VITAL_SIGNS: Coding = { system: OBS_CATEGORY, code: 'vital-signs', display: 'Vital Signs' };
export const EXAM: Coding = { system: OBS_CATEGORY, code: 'exam', display: 'Exam' };

/** Encounter classes: a Posyandu day is held outside a facility and outside the home (v3 FLD); a home visit is HH. */
export const FIELD: Coding = { system: ACT_CODE, code: 'FLD', display: 'field' };
export const HOME: Coding = { system: ACT_CODE, code: 'HH', display: 'home health' };

export const MOTHER: Coding = { system: ROLE_CODE, code: 'MTH', display: 'mother' };
export const FATHER: Coding = { system: ROLE_CODE, code: 'FTH', display: 'father' };

export type ZIndicator = 'wfa' | 'lhfa' | 'wfl' | 'wfh' | 'bfa' | 'hcfa' | 'acfa';

export const ZSCORE_CODES: Record<ZIndicator, Coding> = {
  wfa: { system: ZSCORE_SYSTEM, code: 'wfa', display: 'Weight-for-age z-score (WHO 2006)' },
  lhfa: { system: ZSCORE_SYSTEM, code: 'lhfa', display: 'Length/height-for-age z-score (WHO 2006)' },
  wfl: { system: ZSCORE_SYSTEM, code: 'wfl', display: 'Weight-for-length z-score (WHO 2006)' },
  wfh: { system: ZSCORE_SYSTEM, code: 'wfh', display: 'Weight-for-height z-score (WHO 2006)' },
  bfa: { system: ZSCORE_SYSTEM, code: 'bfa', display: 'BMI-for-age z-score (WHO 2006)' },
  hcfa: { system: ZSCORE_SYSTEM, code: 'hcfa', display: 'Head circumference-for-age z-score (WHO 2006)' },
  acfa: { system: ZSCORE_SYSTEM, code: 'acfa', display: 'Arm circumference-for-age z-score (WHO 2006)' },
};

/** The categories in the words of Permenkes 2/2020 (as e-PPGBM prints them); head and arm in SDIDTK's / anthro's terms. */
const WEIGHT_FOR_LENGTH_WORDS = { severelyWasted: 'Gizi buruk', wasted: 'Gizi kurang', normal: 'Gizi baik', riskOverweight: 'Berisiko gizi lebih', overweight: 'Gizi lebih', obese: 'Obesitas' };

export const CATEGORY_WORDS: Record<ZIndicator, Partial<Record<GrowthCategory, string>>> = {
  wfa: { severelyUnderweight: 'Berat badan sangat kurang', underweight: 'Berat badan kurang', normal: 'Berat badan normal', riskOverweight: 'Risiko berat badan lebih' },
  lhfa: { severelyStunted: 'Sangat pendek', stunted: 'Pendek', normal: 'Normal', tall: 'Tinggi' },
  wfl: WEIGHT_FOR_LENGTH_WORDS,
  wfh: WEIGHT_FOR_LENGTH_WORDS,
  // Permenkes 2/2020 gives IMT/U 0–60 months the weight-for-length bands (growth/classify.ts).
  bfa: WEIGHT_FOR_LENGTH_WORDS,
  hcfa: { microcephaly: 'Mikrosefali', normal: 'Normal', macrocephaly: 'Makrosefali' },
  acfa: { severelyLow: 'Sangat rendah (< -3 SD)', low: 'Rendah (< -2 SD)', normal: 'Normal' },
};

/** z-scores are dimensionless: UCUM unity with an annotation. */
export const Z_UNIT = { unit: 'z-score', system: UCUM, code: '{z-score}' } as const;
