import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDb, type Db } from '../../src/server';
import { kabupatenOf, kindSpec, type SyncRecord } from '../../src/domain/records';
import { ReportService } from '../../src/server/county/report-service';
import { genPosyandu, genRt } from '../integration/county/generate';
import { median, type BenchModule, type BenchResult } from './harness';

// County reports at county size (SPEC §8 and issue 8): the Posyandu overview of 1,000 Posyandu ×
// 60 balita × 12 months of weighings (≤ 1 s PostgreSQL, ≤ 3 s PGlite) and the population overview
// of 300 desa × 20 RT (≤ 1 s PostgreSQL). Data goes in by bulk SQL through the storage layer, not
// HTTP. "Cold" = a fresh ReportService (nothing cached: every kind read from the database and every
// figure computed); "repeat" = the same request again (change number unchanged, served from cache).

const MONTH = '2025-12';
const POSYANDU = Number(process.env.COUNTY_BENCH_POSYANDU ?? 1000);
const DESA = Number(process.env.COUNTY_BENCH_DESA ?? 300);
const RT_PER_DESA = 20;

const desaCode = (i: number) => `64.11.${String(1 + (i % 30)).padStart(2, '0')}.${String(2001 + Math.floor(i / 30)).padStart(4, '0')}`;

async function insert(db: Db, records: SyncRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 20_000) {
    const rows = records.slice(i, i + 20_000).map((r) => ({
      kab: kabupatenOf(r.addr), id: r.id, kind: r.kind, module: kindSpec(r.kind)!.module, addr: r.addr, parent: r.parent, data: r.data, updated_at: r.updatedAt,
    }));
    await db.query(
      `insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by)
       select r.kab, r.id, r.kind, r.module, r.addr, r.parent, r.data, false, nextval('change_seq'), r.updated_at, 'bench'
       from jsonb_to_recordset($1::jsonb) as r(kab text, id text, kind text, module text, addr text, parent text, data jsonb, updated_at text)`,
      [JSON.stringify(rows)],
    );
  }
  await db.query('analyze records');
}

async function fillPosyandu(db: Db): Promise<number> {
  let n = 0;
  for (let p = 0; p < POSYANDU; p += 50) {
    const batch: SyncRecord[] = [];
    for (let i = p; i < Math.min(POSYANDU, p + 50); i++) {
      batch.push(...genPosyandu({ desa: desaCode(Math.floor(i / 3)), id: `b${i}`, children: 60, endMonth: MONTH, months: 12, seed: 1 + i }));
    }
    n += batch.length;
    await insert(db, batch);
  }
  return n;
}

async function fillPopulation(db: Db): Promise<number> {
  let n = 0;
  for (let d = 0; d < DESA; d += 10) {
    const batch: SyncRecord[] = [];
    for (let i = d; i < Math.min(DESA, d + 10); i++) {
      for (let r = 1; r <= RT_PER_DESA; r++) {
        batch.push(...genRt({ desa: desaCode(i), rt: String(r).padStart(3, '0'), households: 30, endMonth: MONTH, months: 12, seed: i * 100 + r }));
      }
    }
    n += batch.length;
    await insert(db, batch);
  }
  return n;
}

async function timeCold(db: Db, fn: (s: ReportService) => Promise<unknown>, n: number): Promise<{ cold: number; repeat: number }> {
  const cold: number[] = [];
  let svc = new ReportService(db);
  for (let i = 0; i < n; i++) {
    svc = new ReportService(db);
    const t0 = performance.now();
    await fn(svc);
    cold.push(performance.now() - t0);
  }
  const rep: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await fn(svc);
    rep.push(performance.now() - t0);
  }
  return { cold: median(cold), repeat: median(rep) };
}

async function withBackend<T>(kind: 'pglite' | 'postgres', fn: (db: Db) => Promise<T>): Promise<T> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'kd-county-bench-'));
    const db = await openDb({ dataDir: dir });
    try {
      return await fn(db);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const admin = process.env.BENCH_DATABASE_URL!;
  const name = `kd_county_bench_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const q = async (sql: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await q(`create database ${name}`);
  const u = new URL(admin);
  u.pathname = '/' + name;
  const db = await openDb({ databaseUrl: u.toString() });
  try {
    return await fn(db);
  } finally {
    await db.close();
    await q(`drop database if exists ${name} with (force)`);
  }
}

async function posyanduBench(kind: 'pglite' | 'postgres', target: number): Promise<BenchResult[]> {
  return withBackend(kind, async (db) => {
    const t0 = performance.now();
    const n = await fillPosyandu(db);
    const fill = (performance.now() - t0) / 1000;
    const { cold, repeat } = await timeCold(db, (s) => s.posyandu('64.11', MONTH, 2025), 3);
    const check = await new ReportService(db).posyandu('64.11', MONTH, 2025);
    if (check.rows.length !== POSYANDU) throw new Error(`expected ${POSYANDU} rows, got ${check.rows.length}`);
    const notes = `${POSYANDU} Posyandu × 60 balita × 12 months, ${n} records (${check.total.skdn.D} weighed in ${MONTH}); median of 3 cold runs; filled in ${fill.toFixed(0)} s`;
    return [
      { name: `Posyandu overview, cold (${kind})`, value: Math.round(cold), unit: 'ms', target: `≤ ${target} ms`, pass: cold <= target, notes },
      { name: `Posyandu overview, repeat request (${kind})`, value: Math.round(repeat * 10) / 10, unit: 'ms', target: 'instant', pass: repeat < 50, notes: 'cache keyed by the kabupaten change number' },
    ];
  });
}

async function populationBench(kind: 'pglite' | 'postgres', target: number | null): Promise<BenchResult[]> {
  return withBackend(kind, async (db) => {
    const t0 = performance.now();
    const n = await fillPopulation(db);
    const fill = (performance.now() - t0) / 1000;
    const { cold, repeat } = await timeCold(db, (s) => s.population('64.11', MONTH, 2024), 3);
    const check = await new ReportService(db).population('64.11', MONTH, 2024);
    if (check.rows.length !== DESA * RT_PER_DESA) throw new Error(`expected ${DESA * RT_PER_DESA} RT rows, got ${check.rows.length}`);
    const notes = `${DESA} desa × ${RT_PER_DESA} RT × 30 households, ${n} records (${check.total.recap.end.jiwa} residents); median of 3 cold runs; filled in ${fill.toFixed(0)} s`;
    return [
      { name: `Population overview, cold (${kind})`, value: Math.round(cold), unit: 'ms', target: target ? `≤ ${target} ms` : 'no target', pass: target ? cold <= target : true, notes },
      { name: `Population overview, repeat request (${kind})`, value: Math.round(repeat * 10) / 10, unit: 'ms', target: 'instant', pass: repeat < 50 },
    ];
  });
}

const bench: BenchModule = {
  title: 'County reports (issue 8)',
  async run() {
    const out: BenchResult[] = [];
    if (process.env.BENCH_DATABASE_URL) {
      out.push(...(await posyanduBench('postgres', 1000)));
      out.push(...(await populationBench('postgres', 1000)));
    } else {
      out.push({ name: 'PostgreSQL benches', value: 0, unit: 'ms', target: '≤ 1000 ms', pass: false, notes: 'BENCH_DATABASE_URL not set: not measured' });
    }
    out.push(...(await posyanduBench('pglite', 3000)));
    return out;
  },
};
export default bench;
