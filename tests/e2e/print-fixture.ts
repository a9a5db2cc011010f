// The data behind the print tests: the real county server (demo kabupaten 64.11) plus one desa of
// our own, "Sukamaju" (64.11.05.2009), with a Posyandu, an RT and a dasawisma group big enough that
// the books run over several pages. Its records are pushed by another phone of the same unit over
// the real sync API (as a second kader's phone would), so every figure the tests expect on paper is
// counted by hand below, independent of the demo data. The phone under test enrols through the UI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer, createCode, type RunningServer } from '../../src/server';
import { desaAddr, groupAddr, posyanduAddr, rtAddr, type SyncRecord } from '../../src/domain/records';
import { ensureBuilt, waitForShell } from './browser';

export const DESA = { code: '64.11.05.2009', name: 'Sukamaju' };
export const POSYANDU = posyanduAddr(DESA.code, 'cempaka');
export const RT = rtAddr(DESA.code, '009');
export const GROUP = groupAddr(DESA.code, '009', 'melur');

const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
/** 'YYYY-MM' of the month `d` months from this one. */
export const monthAt = (d: number) => {
  const x = new Date(now.getFullYear(), now.getMonth() + d, 1);
  return `${x.getFullYear()}-${pad(x.getMonth() + 1)}`;
};
export const MONTH = monthAt(0);
/** Every event on the 1st: never after today, always in its month. */
const day1 = (d: number) => `${monthAt(d)}-01`;
/** Born on the 15th so the child is exactly `a` completed months old on this month's 1st. */
const bornAged = (a: number) => `${monthAt(-a - 1)}-15`;

let seq = 0;
type Rec = SyncRecord<Record<string, any>>;
const rec = (kind: string, addr: string, data: Record<string, unknown>, id = `P${Date.now().toString(36)}${(seq++).toString(36).padStart(4, "0")}`, parent: string | null = null): Rec =>
  ({ id, kind, addr, parent, data, deleted: false, version: 0, updatedAt: new Date().toISOString(), updatedBy: 'print-fixture' });

// ---- Posyandu Cempaka ------------------------------------------------------------------------
// This month: 21 N (one of them BGM), 6 T (2 of them 2T), 1 O, 2 B weighed without a KMS book,
// 4 with a book not weighed. S 34, K 32, D 30; "−" 4, "D−K" 2 (K − D = 2 = 4 − 2).
export const SKDN = { S: 34, K: 32, D: 30, N: 21, T: 6, O: 1, B: 2, absent: 4, weighedNoKms: 2, BGM: 1, T2: 2 };
/** The child whose KMS page is printed, and her weighings (kg) two months ago, last month, this month. */
export const KMS_CHILD = { name: 'Putri Ayu Lestari', weights: [8.2, 8.7, 9.1] };
export const KETUA_POSYANDU = 'Bu Ani Rahmawati';

export function posyanduRecords(): SyncRecord[] {
  const out: SyncRecord[] = [rec('posyandu.unit', POSYANDU, {
    name: 'Posyandu Cempaka', desaCode: DESA.code, desaName: DESA.name,
    kaders: [{ id: 'k-ani', name: KETUA_POSYANDU, role: 'ketua', active: true }, { id: 'k-sri', name: 'Bu Sri', role: 'anggota', active: true }],
  })];
  let n = 0;
  const child = (name: string, sex: 'L' | 'P', age: number, hasKms: boolean, weighings: [number, number][]) => {
    const c = rec('posyandu.child', POSYANDU, { name, sex, birthDate: bornAged(age), hasKms, motherName: `Ibu ${name.split(' ')[0]}` });
    out.push(c);
    for (const [m, kg] of weighings) out.push(rec('posyandu.visit', POSYANDU, { childId: c.id, date: day1(m), weightKg: kg, kaderName: KETUA_POSYANDU }, undefined, c.id));
    n++;
  };
  const sex = (i: number) => (i % 2 ? 'P' : 'L') as 'L' | 'P';
  child(KMS_CHILD.name, 'P', 14, true, [[-2, 8.2], [-1, 8.7], [0, 9.1]]);
  // Her services, for SIP format 2: BCG and polio 1 two months ago, vitamin A and MR this month.
  const kms = out.filter((r) => r.kind === 'posyandu.visit').slice(-3).map((r) => r.data as Record<string, unknown>);
  kms[0].services = { immunisations: ['BCG', 'POLIO1'] };
  kms[2].services = { vitaminA: 'merah', iron: true, immunisations: ['MR1'] };
  for (let i = 1; i < 20; i++) child(`Anak Naik ${pad(i)}`, sex(i), 13, true, [[-1, 9.0], [0, 9.5]]);
  child('Anak BGM', 'P', 13, true, [[-1, 5.5], [0, 5.8]]);
  for (let i = 0; i < 6; i++) child(`Anak Tetap ${pad(i)}`, sex(i), 26, true, i < 2 ? [[-2, 11], [-1, 11], [0, 11]] : [[-1, 11], [0, 11]]);
  child('Anak Jarang', 'L', 4, true, [[-2, 5.0], [0, 6.5]]);
  for (let i = 0; i < 2; i++) child(`Anak Tanpa KMS ${i + 1}`, sex(i), 8, false, [[0, 8.0]]);
  for (let i = 0; i < 4; i++) child(`Anak Absen ${i + 1}`, sex(i), 40, true, [[-2, 13]]);
  if (n !== SKDN.S) throw new Error('fixture: S');
  // Register of pregnant women: long enough for a second page.
  for (let i = 1; i <= 45; i++) {
    out.push(rec('posyandu.pregnant', POSYANDU, { name: `Ibu Hamil ${pad(i)}`, dueDate: day1(3), ancVisits: i % 5, muacCm: i === 1 ? 22.5 : 25 + (i % 4) / 2, registeredOn: day1(-1) }));
  }
  // SIP format 1: a birth and a mother's death this month; format 3: a PUS on KB and a WUS.
  out.push(rec('posyandu.vital', POSYANDU, { event: 'lahir', subject: 'bayi', name: SIP.birth.name, sex: 'P', date: day1(0), birthWeightKg: 3.1 }));
  out.push(rec('posyandu.vital', POSYANDU, { event: 'mati', subject: 'ibuNifas', name: SIP.motherDeath.name, date: day1(0), cause: SIP.motherDeath.cause }));
  out.push(rec('posyandu.wuspus', POSYANDU, { name: SIP.pus.name, husbandName: SIP.pus.husband, birthDate: '1995-05-05', pus: true, kbActive: true, kbMethod: 'suntik', children: 2, registeredOn: day1(-1) }));
  out.push(rec('posyandu.wuspus', POSYANDU, { name: SIP.wus.name, birthDate: '2004-02-02', pus: false, kbActive: false, registeredOn: day1(-1) }));
  return out;
}

/** Records behind the SIP books (formats 1–4). */
export const SIP = {
  birth: { name: 'Bayi Ny. Sari' },
  motherDeath: { name: 'Ibu Wati Nifas', cause: 'Perdarahan' },
  pus: { name: 'Ibu Rina PUS', husband: 'Pak Rudi' },
  wus: { name: 'Nona Dewi WUS' },
};

// ---- RT 009 ----------------------------------------------------------------------------------
// 30 households of 2–3 people opened last month; this month one birth, one death, one arrival of a
// household of two and one departure; three temporary residents.
export const KETUA_RT = 'Pak Darmawan';
export interface PersonFact { name: string; nik: string }
export const B1_FIRST: PersonFact = { name: 'Warga Sukamaju 001', nik: '6411050101800001' };
export const B1_LAST: PersonFact = { name: 'Warga Sukamaju 075', nik: '6411050101800075' };
export const RT_EVENTS = {
  birth: { name: 'Bayi Lahir Sukamaju', place: 'Puskesmas Long Ikis' },
  death: { name: 'Warga Sukamaju 003', cause: 'Sakit jantung' },
  arrival: { names: ['Pendatang Satu', 'Pendatang Dua'], from: 'Balikpapan' },
  departure: { name: 'Warga Sukamaju 010', to: 'Samarinda' },
};
/** B3 for this month (all WNI): start 75 (L 38, P 37) in 30 KK; +1 P born, +2 (L, P) arrived in a new KK, −1 L died, −1 P left. */
export const RECAP_END = { L: 38, P: 38, jiwa: 76, KK: 31 };

export function rtRecords(): SyncRecord[] {
  const out: SyncRecord[] = [rec('rt.unit', RT, { desaCode: DESA.code, desaName: DESA.name, rtNo: '009', rw: '003', ketua: KETUA_RT, bookStart: day1(-1) })];
  const people: Rec[] = [];
  for (let h = 0; h < 30; h++) {
    const hh = rec('rt.household', RT, { address: `Jl. Melur No. ${h + 1}`, noKk: `6411050101${String(h + 1).padStart(6, '0')}` });
    out.push(hh);
    const size = h < 15 ? 3 : 2;
    for (let k = 0; k < size; k++) {
      const i = people.length + 1;
      const sex = i % 2 ? 'L' : 'P';
      const p = rec('rt.person', RT, {
        // Women's NIK carry the birth day + 40 (domain-tables §5).
        name: `Warga Sukamaju ${String(i).padStart(3, '0')}`, nik: `641105${sex === 'P' ? '41' : '01'}0180${String(i).padStart(4, '0')}`,
        sex, birthDate: '1980-01-01', citizenship: 'WNI', birthPlace: 'Paser', religion: 'islam', familyPosition: k === 0 ? 'kepala' : 'anak',
        maritalStatus: 'kawin', education: 'slta', occupation: 'Petani', canRead: true,
        documents: { kk: true, akta: true, ktpEl: true },
      }, undefined, hh.id);
      people.push(p);
      out.push(p);
    }
  }
  const person = (name: string) => people.find((p) => p.data.name === name)!;
  const mutation = (type: string, p: Rec, extra: Record<string, unknown>) => out.push(rec('rt.mutation', RT, {
    type, date: day1(0), personId: p.id, householdId: p.parent, name: p.data.name, sex: p.data.sex, citizenship: 'WNI',
    birthDate: p.data.birthDate, birthPlace: p.data.birthPlace, ...extra,
  }));
  // Birth in household 1.
  const baby = rec('rt.person', RT, { name: RT_EVENTS.birth.name, sex: 'P', birthDate: day1(0), citizenship: 'WNI', birthPlace: RT_EVENTS.birth.place }, undefined, people[0].parent);
  out.push(baby);
  mutation('lahir', baby, { place: RT_EVENTS.birth.place });
  mutation('mati', person(RT_EVENTS.death.name), { cause: RT_EVENTS.death.cause });
  mutation('pindah', person(RT_EVENTS.departure.name), { place: RT_EVENTS.departure.to });
  const hh = rec('rt.household', RT, { address: 'Jl. Melur No. 99' });
  out.push(hh);
  RT_EVENTS.arrival.names.forEach((name, i) => {
    const p = rec('rt.person', RT, { name, sex: i ? 'P' : 'L', birthDate: '1990-05-05', citizenship: 'WNI', birthPlace: 'Balikpapan' }, undefined, hh.id);
    out.push(p);
    mutation('datang', p, { place: RT_EVENTS.arrival.from });
  });
  for (let i = 1; i <= 3; i++) {
    out.push(rec('rt.temp', RT, { name: `Tamu Kerja ${i}`, sex: 'L', idNumber: `64720101019000${pad(i)}`, citizenship: 'WNI', arrivedFrom: 'Tarakan', purpose: 'Bekerja di kebun', hostName: 'Warga Sukamaju 001', arrivalDate: day1(-1) }));
  }
  out.push(rec('rt.activity', RT, { date: day1(0), title: 'Kerja bakti parit', description: 'Membersihkan parit Jl. Melur' }));
  return out;
}

// ---- Dasawisma Melur (RT 009) -------------------------------------------------------------------
// 12 houses of 3 members: a father (40), a mother (35, married) and a child of 2 years; every house
// healthy, rice, PDAM. 4.16a totals: 12 houses, members L 24 P 12, balita L 12, WUS 12, PUS 12.
export const GROUP_ID = 'dw-sukamaju-melur';
export const DW = { houses: 12, membersL: 24, membersP: 12, balitaL: 12, wus: 12, pus: 12 };

export function dasawismaRecords(): SyncRecord[] {
  const out: SyncRecord[] = [
    rec('dasawisma.group', GROUP, { name: 'Dasawisma Melur', coordinatorName: 'Ibu Nurhayati', desaName: DESA.name }, GROUP_ID),
    rec('dasawisma.pkkRt', RT, { rw: '003', desaName: DESA.name, chairName: 'Ibu Ketua PKK RT' }),
  ];
  const year = Number(MONTH.slice(0, 4));
  for (let h = 1; h <= DW.houses; h++) {
    const f = rec('dasawisma.family', GROUP, {
      year, headName: `Kepala Melur ${pad(h)}`, houseNo: String(h), stapleFood: 'beras', latrine: 'ada-septic', water: ['pdam'],
      rubbishDump: true, spal: true, healthyHouse: true, up2k: false, envHealth: true,
    });
    out.push(f);
    const m = (name: string, sex: 'L' | 'P', birthDate: string, extra: Record<string, unknown> = {}) =>
      out.push(rec('dasawisma.member', GROUP, { name, sex, birthDate, ...extra }, undefined, f.id));
    m(`Kepala Melur ${pad(h)}`, 'L', `${year - 40}-01-01`, { maritalStatus: 'kawin', familyStatus: 'kepala' });
    m(`Ibu Melur ${pad(h)}`, 'P', `${year - 35}-01-01`, { maritalStatus: 'kawin', familyStatus: 'istri' });
    m(`Anak Melur ${pad(h)}`, 'L', `${monthAt(-24)}-01`, { familyStatus: 'anak' });
  }
  return out;
}

// ---- Server, codes, the other phone ------------------------------------------------------------
export interface PrintWorld {
  server: RunningServer;
  codes: { kader: string; rt: string; dasawisma: string; pkk: string; county: string };
  close(): Promise<void>;
}

async function post(url: string, body: unknown, token?: string) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  const json = await r.json();
  if (r.status !== 200) throw new Error(`${url}: ${r.status} ${JSON.stringify(json)}`);
  return json;
}

/** Pushes records as a phone enrolled with `code`, in batches, and checks every one was stored. */
async function pushAs(server: RunningServer, code: string, records: SyncRecord[]) {
  const { token } = await post(`${server.url}/api/v1/enroll`, { code });
  let seqNo = 0;
  for (let i = 0; i < records.length; i += 200) {
    const batch = records.slice(i, i + 200);
    const r = await post(`${server.url}/api/v1/sync/push`, { changes: batch.map((record) => ({ seq: ++seqNo, baseVersion: 0, record })) }, token);
    const rejected = (r.results as { status: string }[]).filter((x) => x.status !== 'applied' && x.status !== 'duplicate');
    expect(rejected, JSON.stringify(rejected.slice(0, 3))).toEqual([]);
  }
}

export async function startPrintWorld(): Promise<PrintWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'kd-print-'));
  const server = await startServer({ port: 0, host: '127.0.0.1', seedDemo: true, dataDir: dir, distDir: ensureBuilt(), log: () => undefined });
  const code = async (role: 'kader' | 'ketua-rt' | 'dasawisma' | 'pkk', prefix: string, label: string, name: string) => {
    const r = await createCode(server.db, { role, prefix, label, code: name, uses: 5 });
    if (!r.ok) throw new Error(r.reason);
    return r.code;
  };
  const codes = {
    kader: await code('kader', POSYANDU, 'Posyandu Cempaka, Desa Sukamaju', 'CETAK-KADER'),
    rt: await code('ketua-rt', RT, 'RT 009, Desa Sukamaju', 'CETAK-RT'),
    dasawisma: await code('dasawisma', GROUP, 'Dasawisma Melur, RT 009, Desa Sukamaju', 'CETAK-DW'),
    pkk: await code('pkk', desaAddr(DESA.code), 'PKK Desa Sukamaju', 'CETAK-PKK'),
    county: 'KAB-6411',
  };
  await pushAs(server, codes.kader, posyanduRecords());
  await pushAs(server, codes.rt, rtRecords());
  await pushAs(server, codes.dasawisma, dasawismaRecords().filter((r) => r.kind !== 'dasawisma.pkkRt'));
  await pushAs(server, codes.pkk, dasawismaRecords().filter((r) => r.kind === 'dasawisma.pkkRt'));
  return {
    server,
    codes,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Enrols the phone on the Sinkron tab with `code` and waits for its first sync to finish. */
export async function enrolPhone(page: Page, url: string, code: string): Promise<void> {
  await page.goto(`${url}/sinkron`);
  await waitForShell(page);
  await page.locator('ion-input[data-testid="enrol-code"] input').filter({ visible: true }).fill(code);
  await page.locator('[data-testid="enrol-submit"]').filter({ visible: true }).click();
  await page.locator('[data-testid="enrol-ok"]').filter({ visible: true }).waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="sync-done"]').filter({ visible: true }).waitFor({ timeout: 60_000 });
}
