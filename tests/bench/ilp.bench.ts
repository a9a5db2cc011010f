import { REPO_ROOT } from '../e2e/browser';
import { runInThrottledPage } from './in-browser';
import type { BenchModule, BenchResult } from './harness';

// Issue 15: open and save a lansia/remaja visit with 1,000 people registered, on a slow phone (real
// Chromium, IndexedDB, 4× CPU throttling). 1,000 posyandu.person rows (remaja, dewasa, lansia) with
// a year of monthly visits each (12,000 visit rows) are seeded; we time (a) opening the ILP day's
// data: read the registers and visits, the lists of the day by stage, who was visited; (b) saving one
// visit: its assessment (domain/ilp/assess.ts with WHO 2007) and saveIlpVisit (one-per-day check,
// validation, outbox, history in one transaction).

const ENTRY = `
import { KaderDb } from '${REPO_ROOT}/src/data/db';
import { saveUnit } from '${REPO_ROOT}/src/data/posyandu';
import { loadIlp, ilpSubjectsOn, ilpVisitsOn, saveIlpVisit } from '${REPO_ROOT}/src/data/posyandu/ilp';
import { assessIlpVisit } from '${REPO_ROOT}/src/domain/ilp/assess';
import { loadSchoolAgeTables } from '${REPO_ROOT}/src/domain/growth/schoolAgeTables';
import { addMonths } from '${REPO_ROOT}/src/domain';

const pad = (n) => String(n).padStart(2, '0');
const now = new Date();
const today = now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
const month = today.slice(0, 7);

async function seed() {
  const db = new KaderDb('bench-ilp');
  await db.delete();
  await db.open();
  const unit = await saveUnit(db, { name: 'Bench', desaCode: '64.11.05.2003' });
  const rows = [];
  for (let i = 0; i < 1000; i++) {
    const id = 'p' + String(i).padStart(4, '0');
    const years = i % 3 === 0 ? 8 + (i % 9) : i % 3 === 1 ? 25 + (i % 30) : 60 + (i % 25);
    rows.push({ id, kind: 'posyandu.person', addr: unit.addr, parent: null, deleted: false, version: 1, updatedAt: now.toISOString(), updatedBy: 'seed',
      data: { name: 'Warga ' + i, sex: i % 2 ? 'L' : 'P', birthDate: (now.getFullYear() - years) + '-0' + ((i % 9) + 1) + '-1' + (i % 9) } });
    const kind = years < 18 ? 'posyandu.youthVisit' : 'posyandu.adultVisit';
    for (let m = 12; m >= 1; m--) {
      rows.push({ id: id + 'v' + pad(m), kind, addr: unit.addr, parent: id, deleted: false, version: 1, updatedAt: now.toISOString(), updatedBy: 'seed',
        data: { subjectId: id, date: addMonths(month, -m) + '-10', weightKg: 40 + (i % 30), heightCm: 140 + (i % 40), bp: [{ systolic: 110 + (i % 60), diastolic: 70 + (i % 30) }] } });
    }
  }
  await db.records.bulkPut(rows);
  return { db, unit };
}

async function openDay(db, unit) {
  const reg = await loadIlp(db, unit.addr);
  const subjects = ilpSubjectsOn(reg, today);
  let visited = 0;
  for (const s of subjects) if (ilpVisitsOn(reg, s.id, today).length) visited++;
  return { reg, subjects, visited };
}

window.__bench = async (runs) => {
  const { db, unit } = await seed();
  const tables = await loadSchoolAgeTables();
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  const openT = [];
  let day;
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now();
    day = await openDay(db, unit);
    if (i >= 2) openT.push(performance.now() - t0);
  }
  const pick = day.subjects.filter((s) => s.group === 'lansia' || s.group === 'remaja');
  const saveT = [];
  for (let i = 0; i < runs + 2; i++) {
    const s = pick[i];
    const t0 = performance.now();
    const v = { date: today, weightKg: 50, heightCm: 150, bp: [{ systolic: 150, diastolic: 90 }, { systolic: 146, diastolic: 88 }] };
    assessIlpVisit(v, { sex: s.sex, birthDate: s.birthDate }, tables);
    await saveIlpVisit(db, s, { ...v, kaderName: 'Bu Sari' }, today);
    if (i >= 2) saveT.push(performance.now() - t0);
  }
  const count = await db.records.count();
  db.close();
  return { open: median(openT), save: median(saveT), openMax: Math.max(...openT), saveMax: Math.max(...saveT), count, listed: day.subjects.length };
};
`;

const bench: BenchModule = {
  title: 'ILP day, every stage but balita (Chromium, 4× CPU throttling)',
  async run(): Promise<BenchResult[]> {
    const runs = 15;
    const r = await runInThrottledPage<any>(ENTRY, '/posyandu', runs);
    const notes = `median of ${runs} after 2 warm-ups; ${r.count} records in IndexedDB (1,000 people × 12 monthly visits), ${r.listed} on the day's lists; Chromium 4× CPU throttling`;
    return [
      { name: 'Open the ILP day data: registers + visits + lists by stage + visited today, 1,000 people', value: Math.round(r.open * 10) / 10, unit: 'ms', target: '≤ 300 ms', pass: r.open <= 300, notes: `${notes}; max ${Math.round(r.openMax)} ms` },
      { name: 'Save one lansia/remaja visit (assessment with WHO 2007 + one-per-day check + saveRecord), same data', value: Math.round(r.save * 10) / 10, unit: 'ms', target: '≤ 300 ms', pass: r.save <= 300, notes: `${notes}; max ${Math.round(r.saveMax)} ms` },
    ];
  },
};

export default bench;
