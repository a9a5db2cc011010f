import { bandOf, type BandTable } from '../bands';
import type { IsoDate } from '../types';
import { monthsAndDays } from './calendar';

// KPSP (Kuesioner Pra Skrining Perkembangan), SDIDTK: which form a child's age takes, when a
// screening is due, and the result class from the number of "Ya" answers.

export type KpspResult = 'sesuai' | 'meragukan' | 'penyimpangan';

export interface KpspTable extends BandTable<KpspResult> {
  /** ages in months that have a KPSP form */
  ages: readonly number[];
  /** days past the last monthly anniversary from which the age rounds up a month */
  roundUpFromDays: number;
}

export const KPSP_SDIDTK: KpspTable = {
  id: 'kpsp-sdidtk-permenkes-66-2014',
  version: 1,
  source:
    'Permenkes 66/2014 (Pemantauan Pertumbuhan, Perkembangan, dan Gangguan Tumbuh Kembang Anak) and its ' +
    'Pedoman Pelaksanaan SDIDTK: KPSP at 3, 6, 9, 12, 15, 18, 21, 24, 30, 36, 42, 48, 54, 60, 66 and 72 months; ' +
    'age in months with more than 16 days rounded up (3 bulan 16 hari = 4 bulan, 3 bulan 15 hari = 3 bulan — ' +
    'the example rounds 16 days up, so 16 is the edge used); between two form ages the younger form is used; ' +
    'jawaban Ya 9–10 sesuai, 7–8 meragukan, ≤ 6 penyimpangan',
  ages: [3, 6, 9, 12, 15, 18, 21, 24, 30, 36, 42, 48, 54, 60, 66, 72],
  roundUpFromDays: 16,
  bands: [
    { code: 'penyimpangan', atMost: 6 },
    { code: 'meragukan', atMost: 8 },
    { code: 'sesuai' },
  ],
};

/** Age in months as SDIDTK counts it for KPSP (16 days or more past the month round up). */
export function kpspAgeMonths(birthDate: IsoDate, on: IsoDate, table: KpspTable = KPSP_SDIDTK): number | null {
  const md = monthsAndDays(birthDate, on);
  if (!md) return null;
  return md.months + (md.days >= table.roundUpFromDays ? 1 : 0);
}

/** The KPSP form (its age in months) for a child on a date: the oldest form age not above the age. */
export function kpspFormFor(birthDate: IsoDate, on: IsoDate, table: KpspTable = KPSP_SDIDTK): number | null {
  const age = kpspAgeMonths(birthDate, on, table);
  // Past the last form age (72 months) there is no KPSP; before the first (3 months) neither.
  if (age === null || age > table.ages[table.ages.length - 1]) return null;
  let form: number | null = null;
  for (const a of table.ages) if (a <= age) form = a;
  return form;
}

/** Due when the child's current form age has not been screened yet. */
export function kpspDue(birthDate: IsoDate, on: IsoDate, screenedForms: readonly number[], table: KpspTable = KPSP_SDIDTK): number | null {
  const form = kpspFormFor(birthDate, on, table);
  return form !== null && !screenedForms.includes(form) ? form : null;
}

/** Result class from the number of "Ya" answers (0–10). */
export function kpspResult(yesCount: number, table: KpspTable = KPSP_SDIDTK): KpspResult {
  return bandOf(yesCount, table);
}
