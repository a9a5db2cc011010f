import {
  lateEvents, populationRecap, populationRecapRange, revisedMonths, type PopulationEvent, type PopulationRecap,
} from '../../domain/population';
import type { Month } from '../../domain/types';
import { bookEvents } from '../../domain/records/rt-inputs';
import type { RtBooks } from './books';
import type { Register } from './register';

// B3 is computed from B1 + B2 by the domain's populationRecap; this file only turns the books
// into PopulationEvents and the sent reports into "reported at" times.

/** Fallback for a unit set up before bookStart existed: everyone counts as resident from the start. */
const EARLY = '1900-01-01';

export function populationEvents(books: RtBooks, reg: Register, bookStart: string = EARLY): PopulationEvent[] {
  return bookEvents(
    books.persons.map((p) => ({ id: p.id, householdId: p.parent ?? `tanpa-kk:${p.id}`, sex: p.data.sex, citizenship: p.data.citizenship, recordedAt: p.updatedAt })),
    reg.effective.map((e) => {
      const p = reg.byPerson.get(e.data.personId)?.person.data ?? e.data;
      return { personId: e.data.personId, householdId: e.data.householdId, type: e.data.type, date: e.data.date, sex: p.sex, citizenship: p.citizenship, recordedAt: e.entry.updatedAt };
    }),
    bookStart,
  );
}

/**
 * Superseded versions of corrected entries, as events recorded when they were superseded: a
 * correction that moves an event out of a reported month revises that month too. Only for
 * revision flags, never counted.
 */
function supersededEvents(reg: Register): PopulationEvent[] {
  const out: PopulationEvent[] = [];
  for (const e of [...reg.effective, ...reg.cancelled]) {
    for (let i = 0; i + 1 < e.chain.length; i++) {
      const old = e.chain[i].data;
      out.push({
        personId: old.personId, householdId: old.householdId, sex: old.sex, citizenship: old.citizenship,
        type: old.type, date: old.date, recordedAt: e.chain[i + 1].updatedAt,
      });
    }
  }
  return out;
}

/** Month → when its report was marked sent. */
export function reportedAt(books: RtBooks): Record<Month, string> {
  const out: Record<Month, string> = {};
  for (const r of books.reports) if (r.data.sentAt) out[r.data.month] = r.data.sentAt;
  return out;
}

/**
 * Revised months: reported months that an entry recorded after sending changed. Entries only; a
 * person added to B1 later as an "awal" resident is not a mutation and does not flag a month.
 */
export function revisions(reg: Register, books: RtBooks): { months: Month[]; late: (month: Month) => PopulationEvent[] } {
  const sent = reportedAt(books);
  const movements = populationEvents(books, reg).filter((e) => e.type !== 'awal');
  const all = [...movements, ...supersededEvents(reg)];
  return {
    months: revisedMonths(all, sent),
    late: (month) => (sent[month] ? lateEvents(all, month, sent[month]) : []),
  };
}

export function monthRecap(events: PopulationEvent[], month: Month): PopulationRecap {
  return populationRecap(events, month);
}

/** Twelve recaps of a year (the December one goes with the village head's yearly report). */
export function yearRecap(events: PopulationEvent[], year: number): PopulationRecap[] {
  return populationRecapRange(events, `${year}-01`, `${year}-12`);
}

export const RECAP_ROWS = ['start', 'lahir', 'datang', 'mati', 'pindah', 'end'] as const;
export const CELL_KEYS = ['WNI.L', 'WNI.P', 'WNA.L', 'WNA.P', 'KK', 'jiwa'] as const;
export type CellKey = (typeof CELL_KEYS)[number];

export function cellValue(r: PopulationRecap, row: (typeof RECAP_ROWS)[number], key: CellKey): number {
  const c = r[row];
  if (key === 'KK') return c.KK;
  if (key === 'jiwa') return c.jiwa;
  const [cz, sx] = key.split('.') as ['WNI' | 'WNA', 'L' | 'P'];
  return c[cz][sx];
}

/**
 * The balance of every people cell: end = start + lahir + datang − mati − pindah. Shown next to
 * the table so the RT head sees it hold; a false here means the books disagree with themselves.
 */
export function balanceChecks(r: PopulationRecap): { key: CellKey; expected: number; end: number; ok: boolean }[] {
  return CELL_KEYS.filter((k) => k !== 'KK').map((key) => {
    const expected = cellValue(r, 'start', key) + cellValue(r, 'lahir', key) + cellValue(r, 'datang', key)
      - cellValue(r, 'mati', key) - cellValue(r, 'pindah', key);
    const end = cellValue(r, 'end', key);
    return { key, expected, end, ok: expected === end };
  });
}

/** Flattened cells ('start.WNI.L' → n) as stored with a sent report. */
export function flattenRecap(r: PopulationRecap): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of RECAP_ROWS) for (const k of CELL_KEYS) out[`${row}.${k}`] = cellValue(r, row, k);
  return out;
}
