// KMS growth trend (N/T/O/B, 2T, BGM) and the monthly SKDN of form F1 gizi.
export { KBM_KMS_2010, kbmGrams, type KbmTable, type KbmBand } from './kbm';
export { indexChild, type ChildRecord, type Weighing, type ChildMonths } from './child';
export { kmsTrend, trendAt, isTwoT, isTwoTAt, isBgm, isBgmAt, type KmsTrend } from './trend';
export { skdn, skdnRange, skdnRatios, balitaAge, SKDN_AGE_BANDS } from './skdn';
export type { Skdn, SkdnCell, SkdnSplit, SkdnCounts, SkdnAgeBand, SkdnOptions, SkdnRatios } from './skdn';
export { IMMUNISATION_KIA_2023, immunisationsDue, type ImmunisationSchedule, type ImmunisationDose, type DueOptions } from './immunisation';
export { VITAMIN_A_MONTHS, VITAMIN_A_PERMENKES_21_2015, vitaminAColour, vitaminADue, isVitaminAMonth, type VitaminAColour, type VitaminATable } from './vitamin-a';
export { weighingDateProblem, onRegisterAt, type WeighingDateProblem, type WeighedChild } from './weighing-date';
export { workList, referralSignal, type WorkChild, type WorkList, type WorkListOptions, type ReferralItem } from './worklist';
