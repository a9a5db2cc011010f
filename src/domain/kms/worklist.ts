import type { IsoDate, Month } from '../types';
import { completedMonths, monthFromIndex, monthIndex } from '../dates';
import type { WhoTables } from '../growth';
import type { ChildMonths } from './child';
import type { KbmTable } from './kbm';
import { isBgmAt, isTwoTAt } from './trend';
import { immunisationsDue, type ImmunisationSchedule } from './immunisation';
import { vitaminADue, type VitaminAColour } from './vitamin-a';
import { onRegisterAt } from './weighing-date';
import { balitaLilaClass } from '../ilp/anthropometry';

// The work list of a Posyandu day (issue 13 item 14, issue 15): who gets vitamin A this round,
// which immunisation the schedule says is due, who is BGM, 2T or LiLA < 11.5 cm and still needs a
// referral, and who has not come for two whole months or more. Every rule is one of the domain's
// own (vitaminADue, immunisationsDue, isBgmAt, isTwoTAt, balitaLilaClass).

/** Whole calendar months without any visit before a child counts as not coming (issue 15: "2+ months"). */
export const ABSENT_MONTHS = 2;

export interface WorkChild {
  id: string;
  birthDate: IsoDate;
  leftDate?: IsoDate;
  /** the child's record says every basic immunisation was given */
  basicComplete?: boolean;
  /** weighings indexed by month (indexChild) */
  months: ChildMonths;
  /** every antigen any visit recorded */
  immunisations: ReadonlySet<string>;
  /** months ('YYYY-MM') in which a visit recorded a vitamin A capsule */
  vitaminAMonths: ReadonlySet<Month>;
  /** months in which a visit recorded a referral */
  referralMonths: ReadonlySet<Month>;
  /** LiLA measured in a month (cm, and the visit's date), the later visit of the month winning */
  lilaByMonth?: ReadonlyMap<Month, { cm: number; date: IsoDate }>;
  /** the month of the child's latest visit of any kind; undefined when never seen */
  lastVisitMonth?: Month;
  /** when the child joined the register (else the birth date) */
  registeredOn?: IsoDate;
}

export interface ReferralItem {
  id: string;
  reasons: ('BGM' | '2T' | 'LiLA')[];
  /** the month whose weighing gave the signal: this month's, or last month's when not weighed yet */
  month: Month;
}

export interface AbsentItem {
  id: string;
  /** the month of the last visit; null when the child never came since joining the register */
  lastMonth: Month | null;
}

export interface WorkList {
  vitaminA: { id: string; colour: VitaminAColour }[];
  immunisation: { id: string; antigens: string[] }[];
  referral: ReferralItem[];
  /** not seen for ABSENT_MONTHS whole months or more before this one, and not yet this month */
  absent: AbsentItem[];
}

export interface WorkListOptions {
  kbm?: KbmTable;
  tables?: WhoTables;
  schedule?: ImmunisationSchedule;
  endemic?: boolean;
}

/** Balita (under 60 completed months) on the register on `date`, each in the lists that apply. */
export function workList(children: readonly WorkChild[], date: IsoDate, opts: WorkListOptions = {}): WorkList {
  const out: WorkList = { vitaminA: [], immunisation: [], referral: [], absent: [] };
  const mi = monthIndex(date);
  for (const c of children) {
    if (!onRegisterAt(c, date) || completedMonths(c.birthDate, date) >= 60) continue;
    const colour = vitaminADue(c.birthDate, date, c.vitaminAMonths);
    if (colour) out.vitaminA.push({ id: c.id, colour });
    const antigens = immunisationsDue(c.birthDate, date, c.immunisations, { schedule: opts.schedule, endemic: opts.endemic, basicComplete: c.basicComplete });
    if (antigens.length) out.immunisation.push({ id: c.id, antigens });
    const referral = referralSignal(c, mi, opts);
    if (referral) out.referral.push(referral);
    const absent = absentSignal(c, mi);
    if (absent) out.absent.push(absent);
  }
  return out;
}

/**
 * Not come for two whole months or more: no visit in this month nor in the ABSENT_MONTHS months
 * before it (a child last seen in September is listed in December, not in November). A child
 * never seen counts from the month it joined the register (or was born).
 */
export function absentSignal(c: WorkChild, mi: number): AbsentItem | null {
  const last = c.lastVisitMonth ? monthIndex(c.lastVisitMonth) : null;
  const since = last ?? monthIndex(c.registeredOn && c.registeredOn > c.birthDate ? c.registeredOn : c.birthDate);
  if (mi - since <= ABSENT_MONTHS) return null;
  return { id: c.id, lastMonth: c.lastVisitMonth ?? null };
}

/**
 * BGM, 2T or LiLA < 11.5 cm (Kemenkes gizi buruk, 6–59 months) at this month's visit, or at last
 * month's when the child has none yet this month (the kader should see the child today); none once
 * a visit of that month or later recorded a referral.
 */
export function referralSignal(c: WorkChild, mi: number, opts: WorkListOptions = {}): ReferralItem | null {
  const seen = (m: number) => c.months.byMonth.has(m) || !!c.lilaByMonth?.has(monthFromIndex(m));
  const at = seen(mi) ? mi : mi - 1;
  if (!seen(at)) return null;
  const reasons: ReferralItem['reasons'] = [];
  if (c.months.byMonth.has(at)) {
    if (isBgmAt(c.months, at, opts.tables)) reasons.push('BGM');
    if (isTwoTAt(c.months, at, opts.kbm)) reasons.push('2T');
  }
  const lila = c.lilaByMonth?.get(monthFromIndex(at));
  if (lila && balitaLilaClass(lila.cm, completedMonths(c.birthDate, lila.date)) === 'severe') reasons.push('LiLA');
  if (!reasons.length) return null;
  const month = monthFromIndex(at);
  for (let m = at; m <= mi; m++) if (c.referralMonths.has(monthFromIndex(m))) return null;
  return { id: c.id, reasons, month };
}
