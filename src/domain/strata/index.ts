// Posyandu strata (SPEC §3.4): profiles as data, the level, its inputs from records, the gap numbers,
// and integrated-Posyandu eligibility (SPEC §3.5).
export {
  STRATA_NASIONAL, STRATA_PRANGAT_SELATAN_2025, STRATA_PROFILES, resolveStrataProfile,
  type StrataIndicators, type StrataLevel, type StrataProfile, type StrataProfileId, type StrataRequirement,
} from './profiles';
export { posyanduStrata, meets, type StrataResult, type MissingRequirement } from './level';
export { computeStrataIndicators, calendarYear, last12Months, type StrataPeriod, type StrataRecords, type StrataBasis } from './indicators';
export { strataGaps, type StrataGap, type GapUnit } from './gaps';
export { integratedEligibility, INTEGRATED_CHECKLIST, type IntegratedEligibility, type IntegratedCondition } from './integrated';
export { strataView, type StrataView } from './view';
