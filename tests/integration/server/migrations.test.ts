import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { MIGRATIONS, migrate } from '../../../src/server/db/migrations';
import { openPglite } from '../../../src/server/db/pglite';
import { openPostgres } from '../../../src/server/db/postgres';
import type { Queryable } from '../../../src/server/db/types';
import { startServer, type RunningServer } from '../../../src/server';
import { backends, Phone, post, visit } from './helpers';

// A county database left by every earlier release upgrades to the current schema without losing
// a row, ends exactly like a fresh install, and keeps serving its phones. The fixtures in
// migration-fixtures/ are frozen dumps, one per released schema (its DDL as released plus rows of
// that era's shape); they never change when a migration is added.
//
// Adding migration N: add its frozen fixture migration-fixtures/<id>.sql (the previous fixture's
// DDL + the new migration + rows of the new shape) and its hash to RELEASED when it ships; the
// first test fails until both are there.

const FIXTURES = join(__dirname, 'migration-fixtures');
/** SHA-256 of each released migration's SQL: a released migration is never edited. */
const RELEASED: Record<string, string> = {
  '001-core': '1290770184ccb77f34f1f1bbaa23738c021b265655a1a6ccfbe4857d16257fe0',
  '002-device-prev-seq': '3cd8e7cbebfface83b55340bb0fa4a862fbe4b5d336b9727c63754789b6743f8',
  '003-report-units': 'f9cdabed56cb0e1767473ab9d92e4bb399d9be005e6064514e10f7b3a6d37a21',
  '004-conflict-notices': 'cf4fbae5282ec95c14e5ff4bf7e99cffebe5688a4598a7338978c9bc4cdc52fe',
};
const TOKENS = {
  kader: 'fixture-token-kader-mawar-000000000001',
  county: 'fixture-token-county-6411-000000000002',
  revoked: 'fixture-token-rt-revoked-0000000000003',
};
const MAWAR = '64.11/64.11.05.2003/posyandu:mawar';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const fixtureIds = readdirSync(FIXTURES).filter((f) => f.endsWith('.sql')).map((f) => f.replace(/\.sql$/, '')).sort();

/** Every row of every table as JSON text (the same on both drivers), keyed by its primary key. */
async function snapshot(q: Queryable): Promise<Record<string, Map<string, Record<string, unknown>>>> {
  const tables = await q.query<{ t: string }>(
    "select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  );
  const out: Record<string, Map<string, Record<string, unknown>>> = {};
  for (const { t } of tables) {
    const pk = await q.query<{ c: string }>(
      `select a.attname as c from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
       where i.indrelid = $1::regclass and i.indisprimary order by a.attname`,
      [t],
    );
    const rows = await q.query<{ j: string }>(`select row_to_json(x)::text as j from ${t} x`);
    out[t] = new Map(rows.map((r) => {
      const row = JSON.parse(r.j) as Record<string, unknown>;
      return [pk.map((k) => String(row[k.c])).join('|'), row];
    }));
  }
  return out;
}

/** Tables, columns, indexes, constraints and sequences: what must be equal after any upgrade path. */
async function schemaOf(q: Queryable) {
  return {
    columns: await q.query(
      `select table_name, column_name, ordinal_position, data_type, is_nullable, column_default, is_identity
       from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`,
    ),
    indexes: await q.query("select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by indexname"),
    constraints: await q.query(
      `select conrelid::regclass::text as tbl, conname, contype::text, pg_get_constraintdef(oid) as def
       from pg_constraint where connamespace = 'public'::regnamespace order by 1, 2`,
    ),
    sequences: await q.query("select sequencename, data_type::text, increment_by::text from pg_sequences where schemaname = 'public' order by 1"),
  };
}

interface Storage {
  options: { dataDir?: string; databaseUrl?: string };
  drop(): Promise<void>;
}

async function pgAdmin(sql: string) {
  const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A new empty database of the backend, with the script run in it (whole, as a dump is restored). */
async function storageWith(backend: string, script: string | null): Promise<Storage> {
  if (backend === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'kd-mig-'));
    if (script !== null) {
      const db = await PGlite.create(dir);
      await db.exec(script);
      await db.close();
    }
    return { options: { dataDir: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `kd_mig_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await pgAdmin(`create database ${name}`);
  const u = new URL(process.env.TEST_DATABASE_URL!);
  u.pathname = '/' + name;
  if (script !== null) {
    const c = new pg.Client({ connectionString: u.toString() });
    await c.connect();
    await c.query(script);
    await c.end();
  }
  return { options: { databaseUrl: u.toString() }, drop: () => pgAdmin(`drop database if exists ${name} with (force)`) };
}

async function snapshotOf(backend: string, s: Storage) {
  const db = backend === 'pglite' ? await openPglite(s.options.dataDir!) : await openPostgres(s.options.databaseUrl!, 2);
  try {
    return { rows: await snapshot(db), schema: await schemaOf(db) };
  } finally {
    await db.close();
  }
}

describe('server migrations', () => {
  it('every migration has a frozen fixture, and no released migration was edited', () => {
    expect(fixtureIds).toEqual(MIGRATIONS.map((m) => m.id));
    for (const m of MIGRATIONS) {
      if (m.id in RELEASED) expect(sha(m.sql), `${m.id} was edited after release; add a new migration instead`).toBe(RELEASED[m.id]);
    }
    expect(Object.keys(RELEASED).every((id) => MIGRATIONS.some((m) => m.id === id))).toBe(true);
  });
});

describe.each(backends())('server migrations ($name)', ({ name: backend }) => {
  let fresh: Awaited<ReturnType<typeof schemaOf>>;
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c().catch(() => undefined);
  });

  it('a fresh database gets every migration', async () => {
    const s = await storageWith(backend, null);
    cleanups.push(s.drop);
    const db = backend === 'pglite' ? await openPglite(s.options.dataDir!) : await openPostgres(s.options.databaseUrl!, 2);
    try {
      expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.id));
      expect(await migrate(db)).toEqual([]);
      fresh = await schemaOf(db);
    } finally {
      await db.close();
    }
  });

  for (const id of fixtureIds) {
    it(`a database at ${id} with data upgrades without loss, ends like a fresh one, and serves its phones`, async () => {
      const s = await storageWith(backend, readFileSync(join(FIXTURES, `${id}.sql`), 'utf8'));
      cleanups.push(s.drop);
      const before = await snapshotOf(backend, s);
      expect(before.rows.records.size).toBeGreaterThan(5);

      let server: RunningServer | null = await startServer({ port: 0, host: '127.0.0.1', seedDemo: true, reportRefresh: false, log: () => undefined, ...s.options });
      try {
        // Lossless: every row of every old table is still there with every value it had.
        const after = await snapshot(server.db);
        for (const [table, rows] of Object.entries(before.rows)) {
          const now = after[table];
          expect(now, table).toBeDefined();
          if (table !== 'schema_migrations') expect(now.size, table).toBe(rows.size);
          for (const [key, row] of rows) expect(now.get(key), `${table} ${key}`).toMatchObject(row);
        }
        expect([...after.schema_migrations.keys()].sort()).toEqual(MIGRATIONS.map((m) => m.id).sort());
        // The demo seed saw data and stayed out.
        expect(server.demoCodes).toBeNull();
        // Upgraded = fresh install, whatever the path.
        expect(await schemaOf(server.db)).toEqual(fresh);

        // It serves the phones it had: the kader pulls exactly its records as stored...
        const kader = new Phone(server.url, { deviceId: 'dev-k1', token: TOKENS.kader, role: 'kader', scope: { kabupaten: '64.11', prefix: MAWAR, modules: ['posyandu'], label: 'Posyandu Mawar' } });
        const pulled = await kader.pullAll('0');
        const mine = [...before.rows.records.values()].filter((r) => r.kab === '64.11' && (String(r.addr).startsWith(MAWAR) || r.module === 'config'));
        expect(pulled.records.map((r) => r.id).sort()).toEqual(mine.map((r) => String(r.id)).sort());
        for (const r of pulled.records) {
          const old = mine.find((x) => x.id === r.id)!;
          expect({ data: r.data, deleted: r.deleted, version: r.version, updatedAt: r.updatedAt }).toEqual({ data: old.data, deleted: old.deleted, version: old.version, updatedAt: old.updated_at });
        }
        expect(pulled.records.find((r) => r.id === '01JFIX0000000000000000CH01')!.data).toMatchObject({ name: 'Siti Nur 𝕏 Ñ' });
        // ...gets the stored answers for seqs it sent before the upgrade, and its next seq applies
        // with a version after every old one.
        kader.seq = 3;
        const replay = await kader.push([kader.change(visit(MAWAR, { id: '01JFIX0000000000000000XX01' })), kader.change(visit(MAWAR))]);
        expect(replay.status).toBe(200);
        expect(replay.body.results.map((x: { status: string; reason?: string }) => x.reason ?? x.status)).toEqual(['scope', 'duplicate']);
        const next = await kader.push([kader.change(visit(MAWAR))]);
        expect(next.body.results[0]).toMatchObject({ seq: 6, status: 'applied' });
        expect(next.body.results[0].version).toBeGreaterThan(9);
        // A revoked device stays revoked; the county sees its kabupaten only.
        expect((await post(server.url, '/api/v1/sync/pull', { cursor: '0' }, TOKENS.revoked)).status).toBe(401);
        const county = new Phone(server.url, { deviceId: 'dev-c1', token: TOKENS.county, role: 'county', scope: { kabupaten: '64.11', prefix: '64.11', modules: [], label: '' } });
        const all = (await county.pullAll('0')).records;
        expect(all.some((r) => r.addr.startsWith('64.12'))).toBe(false);
        expect(all.length).toBe([...before.rows.records.values()].filter((r) => r.kab === '64.11').length + 1);
        // Enrolment with a code of that era still works, and a used-up one stays used up.
        expect((await post(server.url, '/api/v1/enroll', { code: 'KADER-MAWAR' })).status).toBe(200);
        expect((await post(server.url, '/api/v1/enroll', { code: 'KD-FIX1-USED' })).body.reason).toBe('used-code');
      } finally {
        await server?.close();
        server = null;
      }
    });
  }
});
