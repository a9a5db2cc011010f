// WHO 2006 growth standards: z-scores as anthro computes them, categories, flags, table loading.
export { zScore, roundZ, adjustedLength, lengthTableFor, type Indicator, type Position, type Measurement } from './zscore';
export { wfaCategory, lhfaCategory, wflCategory, growthCategory, isImplausible } from './classify';
export type { WfaCategory, LhfaCategory, WflCategory, GrowthCategory } from './classify';
export { assessGrowth, type GrowthAssessment, type IndicatorResult } from './assess';
export { loadWhoTables, whoTables, whoTablesLoaded, decodeWhoTables, type WhoTables, type LmsTable } from './tables';
export { lmsZ, sdLine, restrictedLmsZ, roundHalfUp } from './lms';
