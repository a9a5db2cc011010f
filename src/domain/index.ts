// Domain core of Kader Desa: every rule of the product as pure TypeScript, shared by the phone app
// and the county server. No UI, storage or network here. See README.md beside this file.
//
//   bands.ts     threshold tables as versioned data ({ id, version, source, bands }) and bandOf()
//   growth/      WHO 2006 z-scores (as anthro, head and arm included), WHO 2007 5–19 years (as anthroplus),
//                categories, implausibility flags; lazy WHO tables (two chunks)
//   ilp/         every life stage (ILP): stage, pregnancy/ANC, immunisation, vitamin A, KPSP, anaemia, TTD,
//                adult BMI/waist/blood pressure/glucose, lansia ADL/SKILAS, referral reasons — thresholds as data
//   kms/         KMS trend N/T/O/B, 2T, BGM, KBM table; monthly SKDN (F1 gizi)
//   strata/      Posyandu strata profiles, level, indicators from records, gap numbers, integrated Posyandu
//   population/  RT month-end population recap (B3), month ranges, roll-ups, revision flags
//   nik/         NIK structure check
//   dasawisma/   PKK dasawisma group recap 4.16a and roll-ups 4.16b–d
//   lkd/         village institutions (Perdes 2/2025): boards, terms, eligibility, Karang Taruna membership
//                (not re-exported here: import from './lkd', so the Perdes table stays off the first screen)
//   records/     synced record kinds and schemas (owned by the lead)
//   text/        text every store can hold: cut without splitting a character, clean NUL and lone surrogates
//   format.ts    dates and numbers as people write them (id/en); csv.ts the one CSV writer
export type { Sex, IsoDate, Month } from './types';
export * from './dates';
export * from './bands';
export * from './growth';
export * from './ilp';
export * from './kms';
export * from './strata';
export * from './population';
export * from './nik';
export * from './dasawisma';
export * from './records';
export * from './text';
export * from './format';
export * from './csv';
