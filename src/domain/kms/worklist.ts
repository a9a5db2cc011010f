import type { IsoDate, Month } from '../types';
import { completedMonths, monthFromIndex, monthIndex } from '../dates';
import type { WhoTables } from '../growth';
import type { ChildMonths } from './child';
import type { KbmTable } from './kbm';
import { isBgmAt, isTwoTAt } from './trend';
import { immunisationsDue, type ImmunisationSchedule } from './immunisation';
import { vitaminADue, type VitaminAColour } from './vitamin-a';
import { onRegisterAt } from './weighing-date';

// The work list of a Posyandu day (issue 13 item 14): who gets vitamin A this round, which
// immunisation the schedule says is due, and who is BGM or 2T and still needs a referral. Every
// rule is one of the domain's own (vitaminADue, immunisationsDue, isBgmAt, isTwoTAt).

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
}

export interface ReferralItem {
  id: string;
  reasons: ('BGM' | '2T')[];
  /** the month whose weighing gave the signal: this month's, or last month's when not weighed yet */
  month: Month;
}

export interface WorkList {
  vitaminA: { id: string; colour: VitaminAColour }[];
  immunisation: { id: string; antigens: string[] }[];
  referral: ReferralItem[];
}

export interface WorkListOptions {
  kbm?: KbmTable;
  tables?: WhoTables;
  schedule?: ImmunisationSchedule;
  endemic?: boolean;
}

/** Balita (under 60 completed months) on the register on `date`, each in the lists that apply. */
export function workList(children: readonly WorkChild[], date: IsoDate, opts: WorkListOptions = {}): WorkList {
  const out: WorkList = { vitaminA: [], immunisation: [], referral: [] };
  const mi = monthIndex(date);
  for (const c of children) {
    if (!onRegisterAt(c, date) || completedMonths(c.birthDate, date) >= 60) continue;
    const colour = vitaminADue(c.birthDate, date, c.vitaminAMonths);
    if (colour) out.vitaminA.push({ id: c.id, colour });
    const antigens = immunisationsDue(c.birthDate, date, c.immunisations, { schedule: opts.schedule, endemic: opts.endemic, basicComplete: c.basicComplete });
    if (antigens.length) out.immunisation.push({ id: c.id, antigens });
    const referral = referralSignal(c, mi, opts);
    if (referral) out.referral.push(referral);
  }
  return out;
}

/**
 * BGM or 2T at this month's weighing, or at last month's when the child is not weighed yet this
 * month (the kader should see the child today); none once a visit of that month or later
 * recorded a referral.
 */
export function referralSignal(c: WorkChild, mi: number, opts: WorkListOptions = {}): ReferralItem | null {
  const at = c.months.byMonth.has(mi) ? mi : mi - 1;
  if (!c.months.byMonth.has(at)) return null;
  const reasons: ReferralItem['reasons'] = [];
  if (isBgmAt(c.months, at, opts.tables)) reasons.push('BGM');
  if (isTwoTAt(c.months, at, opts.kbm)) reasons.push('2T');
  if (!reasons.length) return null;
  const month = monthFromIndex(at);
  for (let m = at; m <= mi; m++) if (c.referralMonths.has(monthFromIndex(m))) return null;
  return { id: c.id, reasons, month };
}
