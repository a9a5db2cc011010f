import type { IsoDate } from '../types';
import { ageYears, termEndOf } from './age';
import { addMonthsToDate } from '../dates';
import type { SeatPerson } from './people';
import { RULES, pasal, type Ground, type InstitutionRules, type InstitutionType, type BoardPosition, type PositionRule } from './rules';

// The boards of a desa judged on one day against the Perdes (rules.ts): each finding names the
// article it comes from. Pure: the phone's Desa tab, the printed board list and the county report
// call this with the same inputs and get the same answer.

export type FindingLevel = 'ineligible' | 'warning' | 'info';

export type FindingCode =
  // a board member
  | 'age-under' | 'age-over' | 'age-unknown' | 'citizenship' | 'literacy' | 'education'
  | 'residence-rt' | 'moved' | 'died' | 'residence-unknown' | 'terms' | 'other-seat' | 'ground'
  | 'acting-overdue' | 'replacement-not-from-board'
  // a board
  | 'no-board' | 'open-seat' | 'term-expired' | 'term-ends-soon' | 'term-too-long' | 'term-end-missing' | 'no-sk';

export interface Finding {
  code: FindingCode;
  level: FindingLevel;
  article: string;
  /** Numbers and names for the message ('{age}', '{position}', '{other}', '{date}', '{ground}', …). */
  values?: Record<string, string | number>;
}

export interface SeatInput {
  id: string;
  position: BoardPosition;
  /** A section code of rules.ts (pokja-1, lpm-sarpras) or a bidang's typed name. */
  section?: string;
  /** First day in the seat (the board's term start unless a replacement). */
  start: IsoDate;
  /** The day the member stopped (berhenti / diberhentikan): no longer in the seat from then. */
  end?: IsoDate;
  endReason?: Ground;
  /** The seat this one replaces (pengganti antarwaktu, or an acting holder's). */
  replaces?: string;
  /** Pelaksana tugas until the replacement is chosen. */
  acting?: boolean;
  /** Grounds the desa ticked on the dismissal checklist (those the app cannot know by itself). */
  grounds?: Ground[];
  person: SeatPerson;
}

export interface BoardInput {
  id: string;
  termStart: IsoDate;
  /** As written in the SK; absent: the article's length from the start. */
  termEnd?: IsoDate;
  skNumber?: string;
  skDate?: IsoDate;
  seats: SeatInput[];
}

export interface InstitutionInput {
  id: string;
  type: InstitutionType;
  name: string;
  /** RT number of an RT board (its residence rule is the RT itself). */
  rt?: string;
  boards: BoardInput[];
}

export interface SeatResult {
  seat: SeatInput;
  /** In the seat on the day (started, not ended). */
  active: boolean;
  /** Age on the day the rule judges it (the day asked, or the seat's start for RT). */
  age?: number;
  findings: Finding[];
  ineligible: boolean;
}

export type BoardStatus = 'active' | 'expired' | 'upcoming' | 'past';

export interface BoardResult {
  board: BoardInput;
  termEnd?: IsoDate;
  status: BoardStatus;
  seats: SeatResult[];
  findings: Finding[];
  /** Required positions with nobody in them on the day. */
  openSeats: PositionRule[];
  /** Active members with at least one 'ineligible' finding. */
  ineligible: number;
}

export interface InstitutionResult {
  institution: InstitutionInput;
  rules: InstitutionRules;
  /** The board in office on the day (the latest one started by then), if any. */
  current?: BoardResult;
  /** Every board, newest first. */
  boards: BoardResult[];
  /** The current board's findings, or 'no-board'. */
  findings: Finding[];
}

export interface EvaluateOptions {
  /** "Term ends soon" window (issue 18: the next 6 months). */
  soonMonths?: number;
}

const SK_ARTICLE = pasal(97, 1, 'a');

export function seatActiveOn(s: Pick<SeatInput, 'start' | 'end'>, date: IsoDate): boolean {
  return s.start <= date && (!s.end || date < s.end);
}

/** The term's last day: as written, or the article's length counted from the start. */
export function effectiveTermEnd(type: InstitutionType, b: Pick<BoardInput, 'termStart' | 'termEnd'>): IsoDate | undefined {
  const term = RULES[type].term;
  return b.termEnd ?? (term ? termEndOf(b.termStart, term.years) : undefined);
}

function boardStatus(b: BoardInput, termEnd: IsoDate | undefined, date: IsoDate, current: boolean): BoardStatus {
  if (b.termStart > date) return 'upcoming';
  if (!current) return 'past';
  return termEnd && date > termEnd ? 'expired' : 'active';
}

const groundArticle = (rules: InstitutionRules, check: string, fallback: string) => rules.grounds.find((g) => g.check === check)?.article ?? fallback;

/** One member's findings on `date` (the member is in the seat then). */
function seatFindings(inst: InstitutionInput, rules: InstitutionRules, board: BoardInput, seat: SeatInput, date: IsoDate, ctx: DesaContext): { findings: Finding[]; age?: number } {
  const out: Finding[] = [];
  const p = seat.person;
  const conditions = groundArticle(rules, 'conditions', rules.basis);
  let age: number | undefined;
  if (rules.age) {
    const on = rules.age.judged === 'election' ? seat.start : date;
    if (!p.birthDate) out.push({ code: 'age-unknown', level: 'warning', article: rules.age.article });
    else {
      age = ageYears(p.birthDate, on);
      const values = { age, on };
      if (rules.age.min !== undefined && age < rules.age.min) out.push({ code: 'age-under', level: 'ineligible', article: rules.age.article, values: { ...values, min: rules.age.min } });
      if (rules.age.max !== undefined && age > rules.age.max) out.push({ code: 'age-over', level: 'ineligible', article: rules.age.maxArticle ?? rules.age.article, values: { ...values, max: rules.age.max } });
    }
  }
  if (rules.citizenship && p.citizenship === 'WNA') out.push({ code: 'citizenship', level: 'ineligible', article: rules.citizenship });
  if (rules.literacy && p.canRead === false) out.push({ code: 'literacy', level: 'ineligible', article: rules.literacy });
  if (rules.education && p.education && BELOW_SLTA.has(p.education)) out.push({ code: 'education', level: 'ineligible', article: rules.education.article });

  const r = p.residence;
  if (r.known && r.died) out.push({ code: 'died', level: 'ineligible', article: groundArticle(rules, 'died', rules.basis), values: { date: r.died } });
  else if (rules.residence) {
    if (!r.known) out.push({ code: 'residence-unknown', level: 'warning', article: rules.residence.article });
    else if (r.rt === null) out.push({ code: 'moved', level: 'ineligible', article: groundArticle(rules, 'moved', rules.residence.article), values: r.left ? { date: r.left } : {} });
    else if (rules.residence.level === 'rt' && inst.rt && r.rt !== inst.rt) {
      out.push({ code: 'residence-rt', level: 'ineligible', article: groundArticle(rules, 'moved', rules.residence.article), values: { rt: r.rt } });
    }
  }

  if (rules.maxTerms) {
    const terms = ctx.termsOf(inst, board, p.key);
    if (terms > rules.maxTerms.n) out.push({ code: 'terms', level: 'ineligible', article: rules.maxTerms.article, values: { terms, max: rules.maxTerms.n } });
  }
  if (rules.noOtherSeat) {
    const others = ctx.otherSeats(inst, p.key);
    if (others.length) out.push({ code: 'other-seat', level: 'ineligible', article: rules.noOtherSeat, values: { other: others.join(', ') } });
  }
  for (const gr of seat.grounds ?? []) {
    const rule = rules.grounds.find((x) => x.ground === gr);
    out.push({ code: 'ground', level: 'ineligible', article: rule?.article ?? conditions, values: { ground: gr } });
  }
  const limit = rules.replacement?.actingLimitMonths;
  if (seat.acting && limit && addMonthsToDate(seat.start, limit.months) < date) {
    out.push({ code: 'acting-overdue', level: 'warning', article: limit.article, values: { since: seat.start, months: limit.months } });
  }
  const from = rules.replacement?.fromBoard;
  if (from && seat.replaces && seat.position === 'ketua') {
    const replaced = board.seats.find((s) => s.id === seat.replaces);
    const wasOnBoard = board.seats.some((s) => s.id !== seat.id && s.person.key === p.key && s.start < seat.start);
    if (replaced?.position === 'ketua' && !wasOnBoard) out.push({ code: 'replacement-not-from-board', level: 'warning', article: from });
  }
  return { findings: out, age };
}

/** RT books education codes below "sekolah lanjutan tingkat atas atau sederajat". */
const BELOW_SLTA = new Set(['tidak_sekolah', 'belum_tamat_sd', 'sd', 'sltp']);

interface DesaContext {
  termsOf(inst: InstitutionInput, board: BoardInput, key: string): number;
  /** Names of the other institutions where the person sits on the current board on the day. */
  otherSeats(inst: InstitutionInput, key: string): string[];
}

function currentBoardOf(inst: InstitutionInput, date: IsoDate): BoardInput | undefined {
  let cur: BoardInput | undefined;
  for (const b of inst.boards) if (b.termStart <= date && (!cur || b.termStart > cur.termStart || (b.termStart === cur.termStart && b.id > cur.id))) cur = b;
  return cur;
}

function boardFindings(rules: InstitutionRules, board: BoardInput, termEnd: IsoDate | undefined, status: BoardStatus, open: PositionRule[], date: IsoDate, soonMonths: number): Finding[] {
  const out: Finding[] = [];
  const habis = rules.grounds.find((gr) => gr.ground === 'habis-masa')?.article ?? rules.basis;
  if (status === 'expired') out.push({ code: 'term-expired', level: 'ineligible', article: habis, values: { date: termEnd! } });
  else if (termEnd && termEnd <= addMonthsToDate(date, soonMonths)) {
    out.push({ code: 'term-ends-soon', level: 'warning', article: rules.term?.article ?? habis, values: { date: termEnd } });
  }
  if (!termEnd) out.push({ code: 'term-end-missing', level: 'info', article: rules.termNote ?? rules.basis });
  if (rules.term && board.termEnd && board.termEnd > termEndOf(board.termStart, rules.term.years)) {
    out.push({ code: 'term-too-long', level: 'warning', article: rules.term.article, values: { years: rules.term.years } });
  }
  if (!board.skNumber || !board.skDate) out.push({ code: 'no-sk', level: 'warning', article: SK_ARTICLE });
  for (const pr of open) out.push({ code: 'open-seat', level: 'warning', article: pr.article, values: { position: pr.position, ...(pr.section ? { section: pr.section } : {}) } });
  return out;
}

/** Required positions with no member in them on the day (acting holders fill a seat). */
export function openSeatsOf(rules: InstitutionRules, board: BoardInput, date: IsoDate): PositionRule[] {
  const active = board.seats.filter((s) => seatActiveOn(s, date));
  return rules.positions.filter((pr) => pr.required && !active.some((s) => s.position === pr.position && (s.section ?? undefined) === pr.section));
}

/** Every institution of a desa, judged on `date`. */
export function evaluateDesa(institutions: readonly InstitutionInput[], date: IsoDate, o: EvaluateOptions = {}): InstitutionResult[] {
  const soon = o.soonMonths ?? 6;
  const current = new Map(institutions.map((i) => [i.id, currentBoardOf(i, date)]));
  // Who sits where today: the current board of each institution.
  const seatsByKey = new Map<string, Set<string>>();
  for (const inst of institutions) {
    const b = current.get(inst.id);
    for (const s of b?.seats ?? []) {
      if (!seatActiveOn(s, date)) continue;
      const set = seatsByKey.get(s.person.key) ?? new Set<string>();
      set.add(inst.id);
      seatsByKey.set(s.person.key, set);
    }
  }
  const names = new Map(institutions.map((i) => [i.id, i.name]));
  const ctx: DesaContext = {
    // A term is a board of the same institution the person sat on, up to this one (a replacement counts).
    termsOf: (inst, board, key) => inst.boards.filter((b) => b.termStart <= board.termStart && b.seats.some((s) => s.person.key === key)).length,
    otherSeats: (inst, key) => [...(seatsByKey.get(key) ?? [])].filter((id) => id !== inst.id).map((id) => names.get(id)!).sort(),
  };
  return institutions.map((inst) => {
    const rules = RULES[inst.type];
    const cur = current.get(inst.id);
    const boards = [...inst.boards]
      .sort((a, b) => (a.termStart < b.termStart ? 1 : a.termStart > b.termStart ? -1 : a.id < b.id ? 1 : -1))
      .map((board): BoardResult => {
        const isCurrent = board === cur;
        const termEnd = effectiveTermEnd(inst.type, board);
        const status = boardStatus(board, termEnd, date, isCurrent);
        const seats = board.seats.map((seat): SeatResult => {
          const active = isCurrent && seatActiveOn(seat, date);
          if (!active) return { seat, active, findings: [], ineligible: false };
          const { findings, age } = seatFindings(inst, rules, board, seat, date, ctx);
          return { seat, active, age, findings, ineligible: findings.some((f) => f.level === 'ineligible') };
        });
        const open = isCurrent ? openSeatsOf(rules, board, date) : [];
        return {
          board, termEnd, status, seats,
          findings: isCurrent ? boardFindings(rules, board, termEnd, status, open, date, soon) : [],
          openSeats: open,
          ineligible: seats.filter((s) => s.ineligible).length,
        };
      });
    const currentResult = boards.find((b) => b.board === cur);
    const findings: Finding[] = currentResult ? currentResult.findings : [{ code: 'no-board', level: 'warning', article: rules.basis }];
    return { institution: inst, rules, current: currentResult, boards, findings };
  });
}
