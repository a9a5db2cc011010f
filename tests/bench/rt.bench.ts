import { REPO_ROOT } from '../e2e/browser';
import { runInThrottledPage } from './in-browser';
import type { BenchModule, BenchResult } from './harness';

// The RT books on a slow phone: real Chromium, IndexedDB, 4× CPU throttling (CDP
// Emulation.setCPUThrottlingRate). An RT that opened its book in 2016 with 500 residents in 130
// households, then 10 years of births, deaths, arrivals and departures (and some corrections),
// about 600 residents today. Timed: (a) the month-end recap as the recap page gets it — read the
// books from IndexedDB, build the register, derive the events, call the domain recap — and the
// compute part alone; (b) a register search over the loaded books (people + households).

const ENTRY = `
import { KaderDb } from '${REPO_ROOT}/src/data/db';
import { loadBooks, buildRegister, populationEvents, monthRecap, searchPeople, searchHouseholds } from '${REPO_ROOT}/src/data/rt';
import { rtAddr } from '${REPO_ROOT}/src/domain/records';

function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const NAMES = ['Budi', 'Siti', 'Agus', 'Dewi', 'Joko', 'Rina', 'Andi', 'Sri', 'Eko', 'Tini', 'Hadi', 'Yanti', 'Rudi', 'Lina'];
const pad = (n, w = 2) => String(n).padStart(w, '0');
const addr = rtAddr('64.11.05.2003', '001');
const at = new Date().toISOString();

async function seed() {
  const db = new KaderDb('bench-rt');
  await db.delete();
  await db.open();
  const r = rng(7);
  const rec = (id, kind, parent, data) => ({ id, kind, addr, parent, data, deleted: false, version: 1, updatedAt: at, updatedBy: 'seed' });
  const rows = [rec('unit', 'rt.unit', null, { desaCode: '64.11.05.2003', rtNo: '001', bookStart: '2016-01-01' })];
  const people = [];
  const byId = new Map();
  const person = (hh, birthYear) => {
    const i = people.length;
    const sex = r() < 0.5 ? 'L' : 'P';
    const d = { name: NAMES[i % NAMES.length] + ' ' + NAMES[(i * 7) % NAMES.length] + ' ' + i, sex, citizenship: r() < 0.98 ? 'WNI' : 'WNA',
      birthDate: birthYear + '-' + pad(1 + Math.floor(r() * 12)) + '-' + pad(1 + Math.floor(r() * 28)),
      nik: '641105' + pad(1 + Math.floor(r() * 28) + (sex === 'P' ? 40 : 0)) + pad(1 + Math.floor(r() * 12)) + pad(birthYear % 100) + pad(i, 4),
      documents: { kk: true, akta: r() < 0.9, ktpEl: r() < 0.8 }, residency: 'tetap' };
    const p = rec('p' + pad(i, 5), 'rt.person', hh, d);
    people.push(p); rows.push(p); byId.set(p.id, p);
    return p;
  };
  let hhCount = 0;
  const household = () => {
    const id = 'h' + pad(hhCount++, 4);
    rows.push(rec(id, 'rt.household', null, { address: 'Jl. Mawar ' + hhCount, noKk: '641105' + pad(hhCount, 10) }));
    return id;
  };
  for (let h = 0; h < 160; h++) { const id = household(); const n = 3 + Math.floor(r() * 2.2); for (let k = 0; k < n && people.length < 560; k++) person(id, 1950 + Math.floor(r() * 60)); }
  const active = new Set(people.map((p) => p.id));
  let m = 0;
  const entry = (type, p, date, extra = {}) => {
    const d = { type, date, personId: p.id, householdId: p.parent, name: p.data.name, sex: p.data.sex, citizenship: p.data.citizenship, birthDate: p.data.birthDate, ...extra };
    const e = rec('m' + pad(m++, 6), 'rt.mutation', p.id, d);
    rows.push(e);
    return e;
  };
  const pick = () => { const a = [...active]; return byId.get(a[Math.floor(r() * a.length)]); };
  for (let y = 2016; y < 2026; y++) {
    // Dates in order within the year, so nobody dies before they arrive.
    const dates = Array.from({ length: 60 }, () => y + '-' + pad(1 + Math.floor(r() * 12)) + '-' + pad(1 + Math.floor(r() * 28))).sort();
    for (const date of dates) {
      const x = r();
      if (x < 0.25) { const p = person(people[Math.floor(r() * people.length)].parent, y); p.data.birthDate = date; entry('lahir', p, date); active.add(p.id); }
      else if (x < 0.55) { const hh = r() < 0.3 ? household() : people[Math.floor(r() * people.length)].parent; const p = person(hh, 1960 + Math.floor(r() * 40)); entry('datang', p, date, { place: 'Samarinda' }); active.add(p.id); }
      else if (x < 0.65) { const p = pick(); entry('mati', p, date); active.delete(p.id); }
      else { const p = pick(); const e = entry('pindah', p, date, { place: 'Balikpapan' }); active.delete(p.id); if (r() < 0.1) entry('pindah', p, date, { corrects: e.id, reason: 'tanggal', place: 'Tenggarong' }); }
    }
  }
  await db.records.bulkPut(rows);
  return { db, count: rows.length, people: people.length, active: active.size, entries: m };
}

async function timeIt(fn, n) {
  for (let i = 0; i < 2; i++) await fn();
  const xs = [];
  for (let i = 0; i < n; i++) { const t0 = performance.now(); await fn(); xs.push(performance.now() - t0); }
  xs.sort((a, b) => a - b);
  return { median: xs[Math.floor(n / 2)], max: xs[n - 1] };
}

window.__bench = async (n) => {
  const { db, count, people, active, entries } = await seed();
  let check = 0;
  const full = await timeIt(async () => {
    const books = await loadBooks(db, addr);
    const reg = buildRegister(books);
    check = monthRecap(populationEvents(books, reg, '2016-01-01'), '2025-12').end.jiwa;
  }, n);
  const load = await timeIt(() => loadBooks(db, addr), n);
  const books = await loadBooks(db, addr);
  const compute = await timeIt(() => { const reg = buildRegister(books); monthRecap(populationEvents(books, reg, '2016-01-01'), '2025-12'); }, n);
  const reg = buildRegister(books);
  let hits = 0;
  const search = await timeIt(() => { hits = searchPeople(reg, 'siti 1', { all: true }).length + searchHouseholds(reg, 'mawar 1').length; }, n);
  return { full, load, compute, search, count, people, active, entries, check, hits };
};
`;


const round = (x: number) => Math.round(x * 10) / 10;

const bench: BenchModule = {
  title: 'RT books (Chromium, 4× CPU throttling)',
  async run(): Promise<BenchResult[]> {
    const runs = 15;
    const r = await runInThrottledPage<any>(ENTRY, '/warga', runs);
    const data = `${r.people} people (${r.active} resident at the end), ${r.entries} B2 entries over 2016–2025, ${r.count} records in IndexedDB`;
    const notes = `median of ${runs} after 2 warm-ups; ${data}; Chromium 4× CPU throttling`;
    return [
      // The recap page works on the books the Warga tab loaded once (store.ts): this is what opening it costs.
      { name: 'RT month-end recap from the loaded books (register + events + populationRecap), 600 people × 10 years', value: round(r.compute.median), unit: 'ms', target: '≤ 100 ms', pass: r.compute.median <= 100, notes: `${notes}; max ${round(r.compute.max)} ms; end of Dec 2025 = ${r.check} jiwa` },
      { name: 'RT first open incl. IndexedDB read of all books + recap, same data', value: round(r.full.median), unit: 'ms', target: '≤ 100 ms', pass: r.full.median <= 100, notes: `${notes}; max ${round(r.full.max)} ms; of which loadBooks alone median ${round(r.load.median)} ms` },
      { name: 'RT register search (name/NIK/KK over people + households, in memory)', value: round(r.search.median), unit: 'ms', target: '≤ 100 ms', pass: r.search.median <= 100, notes: `${notes}; max ${round(r.search.max)} ms; ${r.hits} hits` },
    ];
  },
};

export default bench;
