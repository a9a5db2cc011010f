import type { IsoDate, Sex } from '../types';
import { dayNumber, monthIndex } from '../dates';

export interface Weighing {
  date: IsoDate;
  weightKg: number;
}

export interface ChildRecord {
  id: string;
  sex: Sex;
  birthDate: IsoDate;
  hasKms: boolean;
  weighings: Weighing[];
  /** moved away or died: not in S from the month after this date */
  leftDate?: IsoDate;
}

/** A child's weighings indexed by month: the later weighing of a month is the one that counts. */
export interface ChildMonths {
  child: ChildRecord;
  birthDay: number;
  birthMonth: number;
  /** day of month of the birth date */
  birthDom: number;
  leftDay: number;
  /** month index (see dates.monthIndex) → the weighing that counts for that month */
  byMonth: Map<number, Weighing>;
  /** month index of the first weighing (the B month); Infinity if never weighed */
  firstMonth: number;
}

export function indexChild(child: ChildRecord): ChildMonths {
  const byMonth = new Map<number, Weighing>();
  let firstMonth = Infinity;
  for (const w of child.weighings) {
    const mi = monthIndex(w.date);
    const had = byMonth.get(mi);
    // ISO dates compare as strings. Same day twice: the one later in the list wins.
    if (!had || w.date >= had.date) byMonth.set(mi, w);
    if (mi < firstMonth) firstMonth = mi;
  }
  return {
    child,
    birthDay: dayNumber(child.birthDate),
    birthMonth: monthIndex(child.birthDate),
    birthDom: +child.birthDate.slice(8, 10),
    leftDay: child.leftDate === undefined ? Infinity : dayNumber(child.leftDate),
    byMonth,
    firstMonth,
  };
}
