import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  lateEvents, populationRecap, populationRecapRange, revisedMonths, sumRecaps, type Cells, type PopulationEvent,
} from '../../../src/domain/population';

const ev = (type: PopulationEvent['type'], date: string, over: Partial<PopulationEvent> = {}): PopulationEvent => ({
  personId: 'p', householdId: 'h1', sex: 'L', citizenship: 'WNI', type, date, ...over,
});

describe('populationRecap', () => {
  const events = [
    ev('awal', '2025-01-01', { personId: 'a', householdId: 'h1' }),
    ev('awal', '2025-01-01', { personId: 'b', householdId: 'h1', sex: 'P' }),
    ev('awal', '2025-01-01', { personId: 'c', householdId: 'h2', citizenship: 'WNA' }),
    ev('lahir', '2025-02-14', { personId: 'd', householdId: 'h1', sex: 'P' }),
    ev('pindah', '2025-02-28', { personId: 'c', householdId: 'h2', citizenship: 'WNA' }),
    ev('datang', '2025-03-01', { personId: 'e', householdId: 'h3', sex: 'P', citizenship: 'WNA' }),
    ev('mati', '2025-03-31', { personId: 'a', householdId: 'h1' }),
  ];

  it('counts the opening book as the start of its month', () => {
    const r = populationRecap(events, '2025-01');
    expect(r.start).toEqual({ WNI: { L: 1, P: 1 }, WNA: { L: 1, P: 0 }, KK: 2, jiwa: 3 });
    expect(r.end).toEqual(r.start);
  });

  it('counts events in the month of their date, with KK only on start and end rows', () => {
    const r = populationRecap(events, '2025-02');
    expect(r.lahir).toEqual({ WNI: { L: 0, P: 1 }, WNA: { L: 0, P: 0 }, KK: 0, jiwa: 1 });
    expect(r.pindah).toEqual({ WNI: { L: 0, P: 0 }, WNA: { L: 1, P: 0 }, KK: 0, jiwa: 1 });
    expect(r.datang.jiwa).toBe(0);
    // h2's only resident left: 1 household remains.
    expect(r.end).toEqual({ WNI: { L: 1, P: 2 }, WNA: { L: 0, P: 0 }, KK: 1, jiwa: 3 });
  });

  it('handles the first and last day of a month', () => {
    const r = populationRecap(events, '2025-03');
    expect(r.datang.WNA.P).toBe(1);
    expect(r.mati.WNI.L).toBe(1);
    expect(r.end).toEqual({ WNI: { L: 0, P: 2 }, WNA: { L: 0, P: 1 }, KK: 2, jiwa: 3 });
  });

  it('gives a year of recaps at once, equal to month-by-month', () => {
    const year = populationRecapRange(events, '2025-01', '2025-12');
    expect(year).toHaveLength(12);
    year.forEach((r) => expect(r).toEqual(populationRecap(events, r.month)));
  });

  it('ignores events after the range and shows nothing before the book', () => {
    expect(populationRecap(events, '2024-12').end.jiwa).toBe(0);
  });
});

describe('revisions of reported months', () => {
  const events = [
    ev('lahir', '2025-01-20', { recordedAt: '2025-01-21T08:00:00Z' }),
    ev('mati', '2025-02-03', { recordedAt: '2025-03-10T08:00:00Z' }), // entered after February was reported
    ev('datang', '2025-03-05', { recordedAt: '2025-03-06T08:00:00Z' }),
    ev('datang', '2025-03-09'),
  ];
  const reportedAt = { '2025-01': '2025-02-01T00:00:00Z', '2025-02': '2025-03-01T00:00:00Z' };

  it('flags months with events recorded after their report', () => {
    expect(revisedMonths(events, reportedAt)).toEqual(['2025-02']);
    expect(lateEvents(events, '2025-02', reportedAt['2025-02'])).toEqual([events[1]]);
  });
  it('shows the late event in the month it happened', () => {
    expect(populationRecap(events, '2025-02').mati.jiwa).toBe(1);
  });
  it('flags nothing that was not reported', () => {
    expect(revisedMonths(events, {})).toEqual([]);
  });
});

// Random books: every person has an opening (awal, before the range) or a birth/arrival, then maybe a
// death/departure; dates across 2023–2026.
const TYPES_IN = ['lahir', 'datang'] as const;
const TYPES_OUT = ['mati', 'pindah'] as const;
const dayArb = fc.integer({ min: 0, max: 4 * 365 }).map((n) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const personArb = fc.record({
  household: fc.integer({ min: 0, max: 15 }),
  sex: fc.constantFrom('L' as const, 'P' as const),
  citizenship: fc.constantFrom('WNI' as const, 'WNA' as const),
  opening: fc.boolean(),
  inType: fc.constantFrom(...TYPES_IN),
  inDate: dayArb,
  out: fc.option(fc.record({ type: fc.constantFrom(...TYPES_OUT), days: fc.integer({ min: 0, max: 900 }) })),
});
type Person = typeof personArb extends fc.Arbitrary<infer T> ? T : never;
function book(people: Person[], prefix = ''): PopulationEvent[] {
  const events: PopulationEvent[] = [];
  people.forEach((p, i) => {
    const base = { personId: `${prefix}${i}`, householdId: `${prefix}h${p.household}`, sex: p.sex, citizenship: p.citizenship };
    const inDate = p.opening ? '2023-01-01' : p.inDate;
    events.push({ ...base, type: p.opening ? 'awal' : p.inType, date: inDate });
    if (p.out) {
      const d = new Date(Date.parse(inDate) + p.out.days * 86_400_000).toISOString().slice(0, 10);
      events.push({ ...base, type: p.out.type, date: d });
    }
  });
  return events;
}
const CELL_KEYS = (c: Cells) => [c.WNI.L, c.WNI.P, c.WNA.L, c.WNA.P, c.jiwa];

describe('recap invariants (property)', () => {
  it('end = start + lahir + datang − mati − pindah in every cell; end(m) = start(m+1)', () => {
    fc.assert(
      fc.property(fc.array(personArb, { maxLength: 60 }), (people) => {
        const recaps = populationRecapRange(book(people), '2023-01', '2026-12');
        recaps.forEach((r, i) => {
          const [s, l, d, m, p, e] = [r.start, r.lahir, r.datang, r.mati, r.pindah, r.end].map(CELL_KEYS);
          e.forEach((v, k) => expect(v).toBe(s[k] + l[k] + d[k] - m[k] - p[k]));
          expect(r.end.jiwa).toBe(r.end.WNI.L + r.end.WNI.P + r.end.WNA.L + r.end.WNA.P);
          expect(r.end.KK).toBeLessThanOrEqual(r.end.jiwa);
          if (i > 0) expect(r.start).toEqual(recaps[i - 1].end);
        });
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('KK = households with at least one resident at month end', () => {
    fc.assert(
      fc.property(fc.array(personArb, { maxLength: 40 }), fc.integer({ min: 0, max: 47 }), (people, k) => {
        const events = book(people);
        const month = `${2023 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
        const r = populationRecap(events, month);
        const last = `${month}-31`;
        const living = new Map<string, number>();
        for (const e of events) {
          if (e.date > last) continue;
          living.set(e.householdId, (living.get(e.householdId) ?? 0) + (e.type === 'mati' || e.type === 'pindah' ? -1 : 1));
        }
        expect(r.end.KK).toBe([...living.values()].filter((n) => n > 0).length);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('a desa recap rolled up from RT recaps equals the recap of all their events', () => {
    fc.assert(
      fc.property(fc.array(fc.array(personArb, { maxLength: 20 }), { minLength: 1, maxLength: 5 }), (rts) => {
        const books = rts.map((people, i) => book(people, `rt${i}-`));
        const perRt = books.map((b) => populationRecapRange(b, '2024-01', '2024-12'));
        const all = populationRecapRange(books.flat(), '2024-01', '2024-12');
        all.forEach((desa, m) => expect(sumRecaps(desa.month, perRt.map((r) => r[m]))).toEqual(desa));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('sumRecaps', () => {
  it('refuses rows of another month', () => {
    const r = populationRecap([], '2025-01');
    expect(() => sumRecaps('2025-02', [r])).toThrow('population.monthMismatch');
  });
});
