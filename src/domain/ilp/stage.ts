import type { Sourced } from '../bands';
import { completedMonths, dayNumber } from '../dates';
import type { IsoDate, Sex } from '../types';

// Life stage of a person on a date, as the Posyandu ILP (Integrasi Layanan Primer) groups its
// cards and registers. Age bands are data, a county can correct them; the pregnancy overlay comes
// from the person's pregnancy record, not from age.

export type LifeStage = 'bayi' | 'balita' | 'prasekolah' | 'sekolahRemaja' | 'dewasa' | 'lansia';
/** Pregnant, or within the nifas (post-partum) period after a delivery. */
export type MaternalStage = 'hamil' | 'nifas';

export interface StageBand {
  stage: LifeStage;
  /** completed months of age at which the stage starts (inclusive) */
  fromMonths: number;
}

export interface LifeStageTable extends Sourced {
  /** ascending by fromMonths; the first starts at 0 */
  bands: readonly StageBand[];
  /** the nifas period: days after delivery, delivery day = day 0 */
  nifasDays: number;
}

export const ILP_STAGES_2023: LifeStageTable = {
  id: 'ilp-stages-kemenkes-2023',
  version: 1,
  source:
    'Posyandu ILP target groups (Kemenkes, Panduan Pengelolaan Posyandu Bidang Kesehatan 2023; KMK ' +
    'HK.01.07/MENKES/2015/2023 Juknis Integrasi Pelayanan Kesehatan Primer, klaster 2 ibu dan anak, klaster 3 ' +
    'dewasa dan lansia). Bands: bayi 0–11 months and anak balita 12–59 months, anak prasekolah 60–72 months and ' +
    'anak usia sekolah from 6 years to before 18 (Permenkes 25/2014 Upaya Kesehatan Anak, Pasal 1); dewasa ' +
    '18–59 years; lansia from 60 years (UU 13/1998, Permenkes 67/2015). The ILP guides name the groups but the ' +
    'exact month edges above come from Permenkes 25/2014 and UU 13/1998: correctable data. Nifas: 42 days ' +
    '(6 hours to 42 days after delivery, Permenkes 21/2021).',
  bands: [
    { stage: 'bayi', fromMonths: 0 },
    { stage: 'balita', fromMonths: 12 },
    { stage: 'prasekolah', fromMonths: 60 },
    { stage: 'sekolahRemaja', fromMonths: 72 },
    { stage: 'dewasa', fromMonths: 18 * 12 },
    { stage: 'lansia', fromMonths: 60 * 12 },
  ],
  nifasDays: 42,
};

export interface PregnancyStatus {
  /** first day of the last menstrual period of a current pregnancy */
  hpht?: IsoDate;
  /** the pregnancy ended on this date (delivery) */
  deliveredOn?: IsoDate;
  /** the pregnancy ended without delivery (miscarriage): no nifas follows */
  endedOn?: IsoDate;
}

export interface PersonStage {
  stage: LifeStage;
  /** set for a woman who is pregnant, or in nifas, on the date */
  maternal?: MaternalStage;
  ageMonths: number;
}

/** Age stage from completed calendar months (the KMS way of counting); null before birth. */
export function ageStage(birthDate: IsoDate, on: IsoDate, table: LifeStageTable = ILP_STAGES_2023): LifeStage | null {
  if (dayNumber(on) < dayNumber(birthDate)) return null;
  const months = completedMonths(birthDate, on);
  let stage: LifeStage | null = null;
  for (const b of table.bands) if (months >= b.fromMonths) stage = b.stage;
  return stage;
}

/**
 * Stage of a person on a date. A woman with a pregnancy whose HPHT is on or before the date and
 * that has not ended is 'hamil'; within `nifasDays` after a delivery she is 'nifas' (the day of
 * delivery included). The age stage is kept alongside, so a pregnant remaja is counted in both.
 */
export function lifeStage(
  person: { birthDate: IsoDate; sex: Sex; pregnancy?: PregnancyStatus },
  on: IsoDate,
  table: LifeStageTable = ILP_STAGES_2023,
): PersonStage | null {
  const stage = ageStage(person.birthDate, on, table);
  if (stage === null) return null;
  const out: PersonStage = { stage, ageMonths: completedMonths(person.birthDate, on) };
  const p = person.pregnancy;
  if (person.sex !== 'P' || !p) return out;
  const day = dayNumber(on);
  if (p.deliveredOn && day >= dayNumber(p.deliveredOn)) {
    if (day - dayNumber(p.deliveredOn) <= table.nifasDays) out.maternal = 'nifas';
    return out;
  }
  if (p.endedOn && day >= dayNumber(p.endedOn)) return out;
  if (p.hpht && day >= dayNumber(p.hpht)) out.maternal = 'hamil';
  return out;
}

/**
 * Which reference a person's anthropometry uses on a date: WHO 2006 z-scores while WHO's own
 * software scores them (days / 30.4375 < 60 months), then WHO 2007 (which scores from exactly there),
 * and the adult BMI classes from the 'dewasa' stage (18 years) on — Permenkes 2/2020 gives IMT/U
 * for 5–18 years. Never a gap: WHO 2006 and 2007 use the same month count, complementary.
 */
export function growthReferenceFor(birthDate: IsoDate, on: IsoDate, table: LifeStageTable = ILP_STAGES_2023): 'who2006' | 'who2007' | 'adultBmi' | null {
  const stage = ageStage(birthDate, on, table);
  if (stage === null) return null;
  if ((dayNumber(on) - dayNumber(birthDate)) / 30.4375 < 60) return 'who2006';
  return stage === 'dewasa' || stage === 'lansia' ? 'adultBmi' : 'who2007';
}
