import { dayNumber } from '../dates';
import type { IsoDate } from '../types';
import { ANC_PERMENKES_21_2021, gestationOn, isKek, LILA_KEK, type AncStandard, type LilaTable, type Trimester } from '../ilp/pregnancy';
import { ILP_STAGES_2023, type LifeStageTable } from '../ilp/stage';
import { TTD_KEMENKES, type TtdTable } from '../ilp/ttd';
import { assessIlpVisit, type IlpVisitFields } from '../ilp/assess';
import type { ReferralReason } from '../ilp/referral';

// The mothers' part of the Posyandu day's work list (issue 15): pregnant women with KEK to refer,
// an ANC contact or iron tablets (TTD) due, and mothers in nifas whose vitamin A is not recorded.
// It reads the Posyandu's pregnancy and mother registers (counts, not dated visits: the register
// keeps "ANC so far" and "tablets so far"), so "who has not come for 2+ months" cannot be told for
// mothers from them and is not listed. Thresholds are the ilp tables (LILA_KEK, ANC K6, TTD 90).
// The ILP visit rows (posyandu.maternalVisit) count too: the latest LiLA measured (a visit's, else
// the register's), ANC contacts and tablets as the larger of the register's count and the visits'
// (never both added: a kader may keep the register's count up to date from the same visits), and
// referral: the latest visit of the pregnancy or nifas with a danger sign or another reason.

export interface WorkPregnancy {
  id: string;
  /** HPHT */
  lastPeriod?: IsoDate;
  status?: string;
  outcomeDate?: IsoDate;
  muacCm?: number;
  /** ANC contacts so far */
  ancVisits?: number;
  /** iron tablets received so far */
  ironTablets?: number;
  birthDate?: IsoDate;
  /** her posyandu.maternalVisit rows (live), any order */
  visits?: readonly WorkMaternalVisit[];
}

/** The fields of a posyandu.maternalVisit row the work list reads. */
export interface WorkMaternalVisit extends IlpVisitFields {
  id: string;
  ttdTablets?: number;
  vitaminA?: boolean;
  /** the kader ticked "dirujuk" */
  referral?: boolean;
}

export interface WorkMother {
  id: string;
  deliveryDate: IsoDate;
  /** the nifas vitamin A capsules were given */
  vitaminA?: boolean;
  birthDate?: IsoDate;
  visits?: readonly WorkMaternalVisit[];
}

export interface MotherWorkList {
  /** KEK (LiLA < 23.5 cm) in a current pregnancy */
  kek: { id: string; muacCm: number }[];
  /** fewer ANC contacts than the K6 standard asks by this trimester: the next one is K`next` */
  anc: { id: string; next: number; trimester: Trimester }[];
  /** fewer than 90 iron tablets so far */
  ttd: { id: string; given: number; target: number }[];
  /** in nifas (42 days) with no vitamin A recorded */
  nifasVitaminA: { id: string }[];
  /** the latest visit of the pregnancy / nifas found a reason to refer (or the kader referred) */
  referral: { id: string; date: IsoDate; reasons: ReferralReason[] }[];
}

export interface MotherWorkOptions {
  anc?: AncStandard;
  lila?: LilaTable;
  ttd?: TtdTable;
  stages?: LifeStageTable;
}

/** Longest a pregnancy is taken as current without an outcome recorded: 42 completed weeks. */
const MAX_WEEKS = 42;

/** A pregnancy still going on `date`: HPHT known and not after it, no outcome yet, not past 42 weeks. */
export function currentPregnancy(p: WorkPregnancy, date: IsoDate): boolean {
  if (!p.lastPeriod || (p.status && p.status !== 'hamil')) return false;
  if (p.outcomeDate && p.outcomeDate <= date) return false;
  const g = gestationOn(p.lastPeriod, date);
  return g !== null && g.weeks <= MAX_WEEKS;
}

/** ANC contacts the standard asks for by the end of `trimester` (K6: 1, 3, 6). */
export function ancMinimumBy(trimester: Trimester, std: AncStandard = ANC_PERMENKES_21_2021): number {
  let n = 0;
  for (let t = 1 as Trimester; t <= trimester; t = (t + 1) as Trimester) n += std.minVisits[t];
  return n;
}

/** Live visits from `from` to `date` (both included), oldest first (then by id). */
function visitsIn(visits: readonly WorkMaternalVisit[] | undefined, from: IsoDate, date: IsoDate): WorkMaternalVisit[] {
  return (visits ?? []).filter((v) => v.date >= from && v.date <= date)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function referralOf(
  id: string, visits: WorkMaternalVisit[], maternal: 'hamil' | 'nifas', birthDate: IsoDate | undefined,
): MotherWorkList['referral'][number] | null {
  const last = visits[visits.length - 1];
  if (!last) return null;
  const reasons = assessIlpVisit(last, { sex: 'P', birthDate, maternal }).referral;
  return reasons.length > 0 || last.referral ? { id, date: last.date, reasons } : null;
}

export function motherWorkList(
  pregnancies: readonly WorkPregnancy[], mothers: readonly WorkMother[], date: IsoDate, o: MotherWorkOptions = {},
): MotherWorkList {
  const out: MotherWorkList = { kek: [], anc: [], ttd: [], nifasVitaminA: [], referral: [] };
  const std = o.anc ?? ANC_PERMENKES_21_2021;
  const ttd = o.ttd ?? TTD_KEMENKES;
  for (const p of pregnancies) {
    if (!currentPregnancy(p, date)) continue;
    const visits = visitsIn(p.visits, p.lastPeriod!, date);
    const muacCm = visits.filter((v) => v.muacCm !== undefined).pop()?.muacCm ?? p.muacCm;
    if (muacCm !== undefined && muacCm > 0 && isKek(muacCm, o.lila ?? LILA_KEK)) out.kek.push({ id: p.id, muacCm });
    const trimester = gestationOn(p.lastPeriod!, date, std)!.trimester;
    const count = Math.max(p.ancVisits ?? 0, visits.filter((v) => v.anc).length);
    if (count < ancMinimumBy(trimester, std)) out.anc.push({ id: p.id, next: count + 1, trimester });
    const given = Math.max(p.ironTablets ?? 0, visits.reduce((n, v) => n + (v.ttdTablets ?? 0), 0));
    if (given < ttd.pregnancyMinTablets) out.ttd.push({ id: p.id, given, target: ttd.pregnancyMinTablets });
    const referral = referralOf(p.id, visits, 'hamil', p.birthDate);
    if (referral) out.referral.push(referral);
  }
  const nifasDays = (o.stages ?? ILP_STAGES_2023).nifasDays;
  for (const m of mothers) {
    const days = dayNumber(date) - dayNumber(m.deliveryDate);
    if (days < 0 || days > nifasDays) continue;
    const visits = visitsIn(m.visits, m.deliveryDate, date);
    if (!m.vitaminA && !visits.some((v) => v.vitaminA)) out.nifasVitaminA.push({ id: m.id });
    const referral = referralOf(m.id, visits, 'nifas', m.birthDate);
    if (referral) out.referral.push(referral);
  }
  return out;
}
