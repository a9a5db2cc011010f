import type { IsoDate, Month, Sex } from '../types';
import { monthFromIndex, monthIndex } from '../dates';

// Buku rekapitulasi penduduk akhir bulan (SPEC §4, domain-tables §4 B3), computed from the mutation
// book, never typed. Events count in the month of their date.

export interface PopulationEvent {
  personId: string;
  householdId: string;
  sex: Sex;
  citizenship: 'WNI' | 'WNA';
  /** 'awal': resident when the book was opened (counted in the start of its month) */
  type: 'awal' | 'lahir' | 'mati' | 'datang' | 'pindah';
  date: IsoDate;
  /** when it was entered (ISO 8601, one format throughout); a late entry revises a reported month */
  recordedAt?: string;
}

export interface Cells {
  WNI: { L: number; P: number };
  WNA: { L: number; P: number };
  /** households with at least one resident (start/end rows); 0 on the movement rows */
  KK: number;
  /** people: all four cells */
  jiwa: number;
}

export interface PopulationRecap {
  month: Month;
  start: Cells;
  lahir: Cells;
  datang: Cells;
  mati: Cells;
  pindah: Cells;
  end: Cells;
}

type Movement = 'lahir' | 'datang' | 'mati' | 'pindah';
const MOVEMENTS: Movement[] = ['lahir', 'datang', 'mati', 'pindah'];
const cellOf = (e: PopulationEvent) => (e.citizenship === 'WNI' ? 0 : 2) + (e.sex === 'L' ? 0 : 1);

function toCells(c: number[], kk: number): Cells {
  return { WNI: { L: c[0], P: c[1] }, WNA: { L: c[2], P: c[3] }, KK: kk, jiwa: c[0] + c[1] + c[2] + c[3] };
}

export function emptyCells(): Cells {
  return toCells([0, 0, 0, 0], 0);
}

/** Running residents: people per cell (WNI L, WNI P, WNA L, WNA P) and per household. */
class Residents {
  cells = [0, 0, 0, 0];
  private perHousehold = new Map<string, number>();
  households = 0;

  apply(e: PopulationEvent): void {
    const out = e.type === 'mati' || e.type === 'pindah';
    this.cells[(e.citizenship === 'WNI' ? 0 : 2) + (e.sex === 'L' ? 0 : 1)] += out ? -1 : 1;
    const before = this.perHousehold.get(e.householdId) ?? 0;
    const after = out ? before - 1 : before + 1;
    this.perHousehold.set(e.householdId, after);
    if (before <= 0 && after > 0) this.households++;
    else if (before > 0 && after <= 0) this.households--;
  }

  snapshot(): Cells {
    return toCells(this.cells, this.households);
  }
}

/** Recaps of every month from `from` to `to`, in one pass over the events. */
export function populationRecapRange(events: PopulationEvent[], from: Month, to: Month): PopulationRecap[] {
  const first = monthIndex(from);
  const last = monthIndex(to);
  // ISO dates compare as strings: most events of a long book fall before the range, and this
  // keeps them to one comparison and one household update each.
  const fromDay = `${from}-01`;
  const byMonth = new Map<number, PopulationEvent[]>();
  const state = new Residents();
  for (const e of events) {
    if (e.date < fromDay) {
      state.apply(e);
      continue;
    }
    const mi = monthIndex(e.date);
    if (mi > last) continue;
    const list = byMonth.get(mi);
    if (list) list.push(e);
    else byMonth.set(mi, [e]);
  }

  const out: PopulationRecap[] = [];
  for (let mi = first; mi <= last; mi++) {
    const list = byMonth.get(mi) ?? [];
    for (const e of list) if (e.type === 'awal') state.apply(e);
    const start = state.snapshot();
    const moved: Record<Movement, number[]> = { lahir: [0, 0, 0, 0], datang: [0, 0, 0, 0], mati: [0, 0, 0, 0], pindah: [0, 0, 0, 0] };
    for (const e of list) {
      if (e.type === 'awal') continue;
      moved[e.type][cellOf(e)]++;
      state.apply(e);
    }
    const rows = Object.fromEntries(MOVEMENTS.map((t) => [t, toCells(moved[t], 0)])) as Record<Movement, Cells>;
    out.push({ month: monthFromIndex(mi), start, ...rows, end: state.snapshot() });
  }
  return out;
}

/** The month-end recap of one month. */
export function populationRecap(events: PopulationEvent[], month: Month): PopulationRecap {
  return populationRecapRange(events, month, month)[0];
}

export function addCells(a: Cells, b: Cells): Cells {
  return {
    WNI: { L: a.WNI.L + b.WNI.L, P: a.WNI.P + b.WNI.P },
    WNA: { L: a.WNA.L + b.WNA.L, P: a.WNA.P + b.WNA.P },
    KK: a.KK + b.KK,
    jiwa: a.jiwa + b.jiwa,
  };
}

/** A higher level's recap (dusun, desa) as the sum of its rows' recaps for the same month. */
export function sumRecaps(month: Month, rows: PopulationRecap[]): PopulationRecap {
  const total: PopulationRecap = {
    month, start: emptyCells(), lahir: emptyCells(), datang: emptyCells(), mati: emptyCells(), pindah: emptyCells(), end: emptyCells(),
  };
  for (const r of rows) {
    if (r.month !== month) throw new Error('population.monthMismatch');
    for (const k of ['start', 'lahir', 'datang', 'mati', 'pindah', 'end'] as const) total[k] = addCells(total[k], r[k]);
  }
  return total;
}
