import type { IsoDate } from '../types';
import { completedMonths, dateOfDayNumber, dayNumber } from '../dates';

// The routine immunisation schedule of babies and baduta, as versioned data a county can replace
// (like the KBM table). The day page's work list asks "which dose is due for this child today?"
// from it; the kader checks the child's Buku KIA, since doses given at the Puskesmas or a midwife
// are not in the Posyandu's records.

export interface ImmunisationDose {
  /** antigen code as stored in a visit's services.immunisations (records/posyandu.ts ANTIGENS) */
  antigen: string;
  /** the age in completed months at which the schedule gives it */
  ageMonths: number;
  /**
   * the last age (completed months, inclusive) at which the work list still lists it as a
   * catch-up dose (imunisasi kejar) when its series is followed here; older children are left to
   * the health worker
   */
  untilMonths: number;
  /** the earlier dose of the same series (a catch-up is listed once that one is recorded) */
  after?: string;
  /** minimum days after `after` (28 when not given: Permenkes 12/2017's 4 weeks within a series) */
  minIntervalDays?: number;
  /** given only in endemic areas (JE): listed only when the county says so */
  endemicOnly?: boolean;
  /** a follow-up (baduta) dose, not part of "imunisasi dasar lengkap" */
  followUp?: boolean;
}

export interface ImmunisationSchedule {
  id: string;
  version: number;
  source: string;
  doses: ImmunisationDose[];
}

// Calls marked pure (issue 15): the bundler keeps a top-level call it cannot prove harmless even
// where the table is unused, and this module is on the first screen.
const basic = (antigen: string, ageMonths: number, after?: string): ImmunisationDose => ({ antigen, ageMonths, untilMonths: 23, ...(after ? { after } : {}) });

/**
 * Jadwal imunisasi rutin bayi dan baduta as printed in Buku KIA (Kementerian Kesehatan RI,
 * revision 2023/2024; Permenkes 12/2017 on immunisation, with PCV, rotavirus and the second IPV
 * added to the national programme in 2022–2023). Catch-up limits are this app's reading, kept
 * wide on purpose: the list tells a kader to look at the book, never that a dose is missed.
 * Version 2 (issue 15) adds the minimum intervals of Permenkes 12/2017 after the previous dose of a
 * series: 4 weeks, DPT-HB-Hib lanjutan 12 months after dose 3, MR lanjutan 6 months (182 days) after MR 1.
 */
export const IMMUNISATION_KIA_2023: ImmunisationSchedule = {
  id: 'jadwal-imunisasi-buku-kia-2023',
  version: 2,
  source: 'Buku KIA (Kemenkes RI) 2023/2024, "Jadwal imunisasi rutin lengkap": 0–24 jam HB0; 1 bln BCG, Polio 1; 2 bln DPT-HB-Hib 1, Polio 2, PCV 1, RV 1; 3 bln DPT-HB-Hib 2, Polio 3, PCV 2, RV 2; 4 bln DPT-HB-Hib 3, Polio 4, IPV 1, RV 3; 9 bln MR, IPV 2; 10 bln JE (daerah endemis); 12 bln PCV 3; 18 bln DPT-HB-Hib lanjutan, MR lanjutan. Catch-up limits: this app (HB0 until 1 month, BCG until 11 months, other basic doses until 23 months, follow-up doses until 35 months). Minimum intervals after the previous dose of a series (Permenkes 12/2017, Lampiran): 4 minggu; DPT-HB-Hib lanjutan 12 bulan after DPT-HB-Hib 3 (read as 365 days); MR lanjutan 6 bulan after MR (182 days).',
  doses: [
    { antigen: 'HB0', ageMonths: 0, untilMonths: 0 },
    { antigen: 'BCG', ageMonths: 1, untilMonths: 11 },
    /* @__PURE__ */ basic('POLIO1', 1),
    /* @__PURE__ */ basic('DPT1', 2),
    /* @__PURE__ */ basic('POLIO2', 2, 'POLIO1'),
    /* @__PURE__ */ basic('PCV1', 2),
    /* @__PURE__ */ basic('ROTA1', 2),
    /* @__PURE__ */ basic('DPT2', 3, 'DPT1'),
    /* @__PURE__ */ basic('POLIO3', 3, 'POLIO2'),
    /* @__PURE__ */ basic('PCV2', 3, 'PCV1'),
    /* @__PURE__ */ basic('ROTA2', 3, 'ROTA1'),
    /* @__PURE__ */ basic('DPT3', 4, 'DPT2'),
    /* @__PURE__ */ basic('POLIO4', 4, 'POLIO3'),
    /* @__PURE__ */ basic('IPV1', 4),
    /* @__PURE__ */ basic('ROTA3', 4, 'ROTA2'),
    /* @__PURE__ */ basic('MR1', 9),
    /* @__PURE__ */ basic('IPV2', 9, 'IPV1'),
    { antigen: 'JE', ageMonths: 10, untilMonths: 23, endemicOnly: true },
    { antigen: 'PCV3', ageMonths: 12, untilMonths: 23, after: 'PCV2' },
    { antigen: 'DPT4', ageMonths: 18, untilMonths: 35, after: 'DPT3', minIntervalDays: 365, followUp: true },
    { antigen: 'MR2', ageMonths: 18, untilMonths: 35, after: 'MR1', minIntervalDays: 182, followUp: true },
  ],
};

export interface DueOptions {
  schedule?: ImmunisationSchedule;
  /** the area is endemic for Japanese encephalitis (JE is listed) */
  endemic?: boolean;
  /** the child's record says every basic immunisation was given: only follow-up doses remain */
  basicComplete?: boolean;
  /**
   * dates of the doses given, where known: a dose then waits for its minimum interval after the
   * previous dose of its series (a dose given without a date, as copied from the book, does not hold one back)
   */
  givenOn?: ReadonlyMap<string, IsoDate>;
}

/**
 * Months after the scheduled age during which a dose is listed whatever the records say (the
 * kader reminds the mother and checks the book). Later, a dose is listed only when the earlier
 * dose of its series was recorded here (the series is followed at this Posyandu, so a missing
 * dose is a real catch-up, not a dose given at the Puskesmas the app never heard of).
 */
export const DUE_WINDOW_MONTHS = 1;

/**
 * Doses the schedule gives by the child's age on `date` that no visit has recorded yet, in
 * schedule order: at the scheduled age and the month after; after that, until the dose's
 * catch-up limit, when the earlier dose of the series is recorded. Nothing before birth.
 */
export function immunisationsDue(birthDate: IsoDate, date: IsoDate, given: ReadonlySet<string>, opts: DueOptions = {}): string[] {
  if (date < birthDate) return [];
  const months = completedMonths(birthDate, date);
  const schedule = opts.schedule ?? IMMUNISATION_KIA_2023;
  const due: string[] = [];
  for (const d of schedule.doses) {
    if (given.has(d.antigen) || months < d.ageMonths || months > d.untilMonths) continue;
    if (d.endemicOnly && !opts.endemic) continue;
    if (opts.basicComplete && !d.followUp) continue;
    const prevOn = d.after ? opts.givenOn?.get(d.after) : undefined;
    if (prevOn && date < dateOfDayNumber(dayNumber(prevOn) + (d.minIntervalDays ?? 28))) continue;
    const inWindow = months <= d.ageMonths + DUE_WINDOW_MONTHS;
    // A follow-up dose after a basic series the record calls complete needs no recorded basic dose.
    const followed = d.after !== undefined && (given.has(d.after) || (!!opts.basicComplete && !!d.followUp));
    if (inWindow || followed) due.push(d.antigen);
  }
  return due;
}
