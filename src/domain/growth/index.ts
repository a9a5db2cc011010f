// WHO 2006 growth standards (0–60 months: z-scores, categories, flags, lazy tables) and the WHO 2007
// reference (5–19 years, its own lazy tables).
export { zScore, roundZ, adjustedLength, lengthTableFor, type Indicator, type Position, type Measurement } from './zscore';
export { wfaCategory, lhfaCategory, wflCategory, growthCategory, isImplausible, hcfaCategory, acfaCategory } from './classify';
export type { WfaCategory, LhfaCategory, WflCategory, HcfaCategory, AcfaCategory, GrowthCategory } from './classify';
export { assessGrowth, type GrowthAssessment, type IndicatorResult } from './assess';
export { loadWhoTables, whoTables, whoTablesLoaded, decodeWhoTables, type WhoTables, type LmsTable } from './tables';
export { lmsZ, sdLine, restrictedLmsZ, roundHalfUp } from './lms';
export {
  zScoreSchoolAge, ageMonthsOn, isImplausibleSchoolAge, schoolAgeCategory,
  SCHOOL_BFA_PERMENKES_2_2020, SCHOOL_HFA_BANDS, SCHOOL_WFA_BANDS,
  type SchoolAgeIndicator, type SchoolAgeMeasurement, type SchoolAgeCategory,
  type SchoolBfaCategory, type SchoolHfaCategory, type SchoolWfaCategory,
} from './schoolAge';
export { loadSchoolAgeTables, schoolAgeTables, schoolAgeTablesLoaded, decodeSchoolAgeTables, type SchoolAgeTables } from './schoolAgeTables';
