import type { Sourced } from '../bands';
import { dayNumber } from '../dates';
import type { IsoDate, Sex } from '../types';
import { completedYears } from './calendar';

// Tablet Tambah Darah (iron–folic acid): for pregnant women a tablet a day, at least 90 in the
// pregnancy; for adolescent girls a tablet a week.

export interface TtdTable extends Sourced {
  pregnancyMinTablets: number;
  girls: { fromYears: number; toYears: number; everyDays: number };
}

export const TTD_KEMENKES: TtdTable = {
  id: 'ttd-kemenkes',
  version: 1,
  source:
    'Permenkes 88/2014 (Standar Tablet Tambah Darah bagi WUS dan Ibu Hamil) and Buku KIA 2020/2023: ibu hamil ' +
    'minum 1 tablet setiap hari, minimal 90 tablet selama kehamilan; remaja putri 12–18 tahun 1 tablet setiap ' +
    'minggu (SE Dirjen Kesmas HK.03.03/V/0595/2016; Pedoman Pencegahan dan Penanggulangan Anemia pada Rematri dan ' +
    'WUS, Kemenkes 2018). "12–18 tahun" read as completed years 12 to 18 inclusive: correctable data.',
  pregnancyMinTablets: 90,
  girls: { fromYears: 12, toYears: 18, everyDays: 7 },
};

/** Tablets given in a pregnancy against the standard's minimum. */
export function ttdPregnancy(tabletsGiven: number, table: TtdTable = TTD_KEMENKES): { given: number; target: number; met: boolean; remaining: number } {
  const given = Math.max(0, tabletsGiven);
  return { given, target: table.pregnancyMinTablets, met: given >= table.pregnancyMinTablets, remaining: Math.max(0, table.pregnancyMinTablets - given) };
}

/** Whether the weekly TTD applies to a person (girls 12–18 years). */
export function ttdGirlEligible(birthDate: IsoDate, sex: Sex, on: IsoDate, table: TtdTable = TTD_KEMENKES): boolean {
  if (sex !== 'P' || on < birthDate) return false;
  const y = completedYears(birthDate, on);
  return y >= table.girls.fromYears && y <= table.girls.toYears;
}

/**
 * A girl is due when eligible and her last tablet is at least a week old (or there is none). When
 * several weeks' tablets were handed out at once, pass the date the last of them is to be taken.
 */
export function ttdGirlDue(
  birthDate: IsoDate, sex: Sex, on: IsoDate, lastGivenOn: IsoDate | null, table: TtdTable = TTD_KEMENKES,
): boolean {
  if (!ttdGirlEligible(birthDate, sex, on, table)) return false;
  return lastGivenOn === null || dayNumber(on) - dayNumber(lastGivenOn) >= table.girls.everyDays;
}
