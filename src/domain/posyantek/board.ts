import { addDays, addMonthsToDate, dayNumber } from '../dates';
import { POSITIONS, type PostLevel, type PosyantekPosition } from './codes';

// The board of a Posyantek (Perbup Paser 2/2022 BAB IV Pasal 9): six members, one per position
// (ayat (3)); formed by musyawarah (ayat (1), (2)); set, and replaced between terms, by a Keputusan
// Kepala Desa for a Posyantekdes (ayat (5)) or a Keputusan Bupati for a Posyantek Antar Desa
// (ayat (4)); a term of 3 years (ayat (9)) that the musyawarah may extend (ayat (10)): there is no
// limit on terms, so a long-serving member is never flagged.

export const TERM_YEARS = 3;
export const BOARD_SIZE = POSITIONS.length;
/** A term ending within this many days is shown as "ends soon" so the musyawarah can be held. */
export const TERM_ENDING_SOON_DAYS = 90;

export const BOARD_SOURCE = {
  positions: 'Pasal 9 ayat (3)',
  skDesa: 'Pasal 9 ayat (5)',
  skAntarDesa: 'Pasal 9 ayat (4)',
  term: 'Pasal 9 ayat (9)',
  extension: 'Pasal 9 ayat (10)',
} as const;

/** Who signs the SK that sets the board and its replacements. */
export function skIssuer(level: PostLevel): 'kepala-desa' | 'bupati' {
  return level === 'desa' ? 'kepala-desa' : 'bupati';
}

/** The last day of a term: as the SK says, else 3 years from its start less one day. */
export function termEnd(termStart: string, skEnd?: string): string {
  return skEnd ?? addDays(addMonthsToDate(termStart, TERM_YEARS * 12), -1);
}

export type TermState = 'not-started' | 'running' | 'ending-soon' | 'ended';

export function termState(termStart: string, end: string, on: string): TermState {
  const d = dayNumber(on);
  if (d < dayNumber(termStart)) return 'not-started';
  if (d > dayNumber(end)) return 'ended';
  return dayNumber(end) - d < TERM_ENDING_SOON_DAYS ? 'ending-soon' : 'running';
}

export interface SeatInput {
  id: string;
  position: PosyantekPosition;
  /** First day in the seat; absent: the term's start. */
  start?: string;
  /** Last day in the seat. */
  end?: string;
  /** The seat this one replaces between terms (pergantian antar waktu). */
  replaces?: string;
  /** Same person across seats: RT books id, else NIK, else name + birth date (see personKey). */
  personKey: string;
  name: string;
  skNumber?: string;
}

export interface BoardInput {
  termStart: string;
  termEnd?: string;
  seats: SeatInput[];
}

export type BoardFinding =
  | { code: 'open-position'; position: PosyantekPosition }
  | { code: 'double-position'; position: PosyantekPosition; seats: string[] }
  | { code: 'two-positions'; name: string; seats: string[] }
  | { code: 'replacement-without-sk'; seat: string }
  | { code: 'seat-outside-term'; seat: string }
  | { code: 'term-ended' }
  | { code: 'term-ending-soon'; end: string };

export interface BoardView {
  termEnd: string;
  state: TermState;
  /** The member in each position on the day (or none). */
  holders: Record<PosyantekPosition, SeatInput | null>;
  findings: BoardFinding[];
}

/** The one key of a person across seats and boards. */
export function personKey(p: { personId?: string; nik?: string; name: string; birthDate?: string }): string {
  if (p.personId) return `rt:${p.personId}`;
  if (p.nik) return `nik:${p.nik}`;
  return `name:${p.name.trim().toLowerCase().replace(/\s+/g, ' ')}|${p.birthDate ?? ''}`;
}

const inSeat = (s: SeatInput, termStart: string, on: string) =>
  dayNumber(s.start ?? termStart) <= dayNumber(on) && (!s.end || dayNumber(s.end) >= dayNumber(on));

/** The board on a day: who holds each of the six positions, and what needs attention. */
export function boardOn(board: BoardInput, on: string): BoardView {
  const end = termEnd(board.termStart, board.termEnd);
  const state = termState(board.termStart, end, on);
  // Before the term starts the board as set by the SK is shown; after it ends, its last day.
  const day = state === 'not-started' ? board.termStart : state === 'ended' ? end : on;
  const current = board.seats.filter((s) => inSeat(s, board.termStart, day));
  const findings: BoardFinding[] = [];
  const holders = {} as Record<PosyantekPosition, SeatInput | null>;
  for (const position of POSITIONS) {
    const here = current.filter((s) => s.position === position);
    holders[position] = here[0] ?? null;
    if (here.length === 0) findings.push({ code: 'open-position', position });
    if (here.length > 1) findings.push({ code: 'double-position', position, seats: here.map((s) => s.id) });
  }
  const byPerson = new Map<string, SeatInput[]>();
  for (const s of current) byPerson.set(s.personKey, [...(byPerson.get(s.personKey) ?? []), s]);
  for (const seats of byPerson.values()) {
    if (seats.length > 1) findings.push({ code: 'two-positions', name: seats[0].name, seats: seats.map((s) => s.id) });
  }
  for (const s of board.seats) {
    if (s.replaces && !s.skNumber) findings.push({ code: 'replacement-without-sk', seat: s.id });
    if ((s.start && dayNumber(s.start) > dayNumber(end)) || (s.start && dayNumber(s.start) < dayNumber(board.termStart))) {
      findings.push({ code: 'seat-outside-term', seat: s.id });
    }
  }
  if (state === 'ended') findings.push({ code: 'term-ended' });
  if (state === 'ending-soon') findings.push({ code: 'term-ending-soon', end });
  return { termEnd: end, state, holders, findings };
}
