import { addDays, civilDayNumber, dateOfDayNumber, daysInMonth } from '../dates';
import type { IsoDate } from '../types';

// Ages and anniversaries in whole calendar years, as the Perdes counts them ("berusia paling rendah
// 21 tahun"): a person is 21 from their 21st birthday. Someone born on 29 February has their
// birthday on 1 March in other years (the month-day comparison below), the usual civil reading.

/** Completed years on `date`; negative when `date` is before the birth. */
export function ageYears(birthDate: IsoDate, date: IsoDate): number {
  let years = +date.slice(0, 4) - +birthDate.slice(0, 4);
  if (date.slice(5) < birthDate.slice(5)) years -= 1;
  return years;
}

/** The day a person born on `birthDate` turns `years` old. */
export function birthdayOf(birthDate: IsoDate, years: number): IsoDate {
  const y = +birthDate.slice(0, 4) + years;
  const m = +birthDate.slice(5, 7);
  const d = +birthDate.slice(8, 10);
  // 29 Feb in a common year: the birthday is reached on 1 March.
  if (d > daysInMonth(y, m)) return dateOfDayNumber(civilDayNumber(y, m, daysInMonth(y, m)) + 1);
  return `${String(y).padStart(4, '0')}-${birthDate.slice(5)}`;
}

/** The last day of a term of `years` counted from `start` ("5 tahun terhitung sejak tanggal ditetapkan"). */
export function termEndOf(start: IsoDate, years: number): IsoDate {
  return addDays(birthdayOf(start, years), -1);
}

