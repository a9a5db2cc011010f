import { timeMedian, type BenchModule, type BenchResult } from './harness';
import { loadWhoTables } from '../../src/domain/growth';
import { skdn, type ChildRecord } from '../../src/domain/kms';
import { calendarYear, computeStrataIndicators, posyanduStrata, strataGaps, type StrataRecords } from '../../src/domain/strata';
import { populationRecapRange, type PopulationEvent } from '../../src/domain/population';
import { dateOfDayNumber, dayNumber } from '../../src/domain/dates';

// Deterministic data (mulberry32), the sizes of the issue: a large Posyandu and a large desa.
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 250 balita, each weighed monthly (90 % attendance) for the 5 years 2021–2025. */
function posyandu(): StrataRecords {
  const r = rng(1);
  const start = dayNumber('2021-01-01');
  const children: ChildRecord[] = [];
  for (let i = 0; i < 250; i++) {
    const birth = start - Math.floor(r() * 1700) + Math.floor(i / 50) * 365;
    let kg = 3 + r();
    const weighings = [];
    for (let m = 0; m < 60; m++) {
      const date = dateOfDayNumber(start + m * 30.4 + 5 + Math.floor(r() * 10));
      kg += 0.05 + r() * 0.3;
      if (date > dateOfDayNumber(birth) && r() < 0.9) weighings.push({ date, weightKg: Math.round(kg * 10) / 10 });
    }
    children.push({ id: `c${i}`, sex: r() < 0.5 ? 'L' : 'P', birthDate: dateOfDayNumber(birth), hasKms: r() < 0.85, weighings });
  }
  const sessions = Array.from({ length: 60 }, (_, m) => ({
    date: dateOfDayNumber(start + m * 30.4 + 10), kadersPresent: 4 + Math.floor(r() * 3), withWeighing: true,
  }));
  const reg = (n: number) => Array.from({ length: n }, () => ({ on: dateOfDayNumber(start + Math.floor(r() * 1825)), ok: r() < 0.6 }));
  return {
    sessions,
    children,
    pregnancies: reg(120).map((x) => ({ registeredOn: x.on, ancComplete: x.ok })),
    pus: reg(400).map((x) => ({ registeredOn: x.on, kbActive: x.ok })),
    babies: reg(150).map((x) => ({ registeredOn: x.on, immunizationComplete: x.ok })),
    programs: [{ name: 'BKB', startedOn: '2022-01-01' }],
    households: { total: 300, danaSehat: 40 },
  };
}

/** 8,000 residents in 2,000 households when the book opens (2015), then 10 years of mutations. */
function desa(): PopulationEvent[] {
  const r = rng(2);
  const events: PopulationEvent[] = [];
  // Plain literals, as src/data/rt builds them (objects made by spreading were ~20× slower to read).
  const event = (i: number, hh: number, type: PopulationEvent['type'], date: string): PopulationEvent => ({
    personId: `p${i}`, householdId: `h${hh}`, sex: r() < 0.5 ? 'L' : 'P', citizenship: r() < 0.99 ? 'WNI' : 'WNA', type, date,
  });
  const open = dayNumber('2015-01-01');
  let n = 0;
  for (; n < 8000; n++) events.push(event(n, Math.floor(n / 4), 'awal', '2015-01-01'));
  // Per year about 2 % births, 0.7 % deaths, 3 % arrivals, 3 % departures.
  for (let y = 0; y < 10; y++) {
    const mutations = Math.round(8000 * 0.087);
    for (let k = 0; k < mutations; k++) {
      const date = dateOfDayNumber(open + y * 365 + Math.floor(r() * 365));
      const x = r();
      if (x < 0.23) events.push(event(n++, Math.floor(r() * 2000), 'lahir', date));
      else if (x < 0.58) events.push(event(n++, 2000 + Math.floor(r() * 500), 'datang', date));
      else events.push(event(Math.floor(r() * n), Math.floor(r() * 2500), x < 0.66 ? 'mati' : 'pindah', date));
    }
  }
  return events;
}

const bench: BenchModule = {
  title: 'Domain core',
  async run(): Promise<BenchResult[]> {
    await loadWhoTables();
    const records = posyandu();
    const weighings = records.children.reduce((s, c) => s + c.weighings.length, 0);
    const posyanduMs = await timeMedian(() => {
      skdn(records.children, '2025-12');
      const { indicators, basis } = computeStrataIndicators(records, calendarYear(2025));
      for (const profile of ['nasional', 'prangat-selatan-2025'] as const) {
        const s = posyanduStrata(indicators, profile);
        if (s.next) strataGaps(s.next.missing, basis);
      }
    });
    const events = desa();
    const recapMs = await timeMedian(() => populationRecapRange(events, '2024-01', '2024-12'));
    return [
      {
        name: 'SKDN (one month) + strata (calendar year, both profiles, gaps), 250 balita × 5 years',
        value: Math.round(posyanduMs * 100) / 100,
        unit: 'ms',
        target: '≤ 50 ms',
        pass: posyanduMs <= 50,
        notes: `median of 15 after 3 warm-up; ${weighings} weighings, WHO tables preloaded`,
      },
      {
        name: 'Desa population recap, 8,000 people × 10 years, 12-month year view',
        value: Math.round(recapMs * 100) / 100,
        unit: 'ms',
        target: '≤ 50 ms',
        pass: recapMs <= 50,
        notes: `median of 15 after 3 warm-up; ${events.length} events, 2,500 households`,
      },
    ];
  },
};

export default bench;
