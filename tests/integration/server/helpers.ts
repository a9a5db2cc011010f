import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { startServer, type RunningServer, type ServerOptions } from '../../../src/server';
import type { SyncRecord } from '../../../src/domain/records';
import type { EnrollResponse, PushChange } from '../../../src/sync/protocol';

// Shared by the server integration tests: start a real server (PGlite in a temp folder, or a
// throwaway PostgreSQL database when TEST_DATABASE_URL is set), talk to it over real HTTP.

export type Backend = { name: 'pglite' | 'postgres' };

export function backends(): Backend[] {
  return process.env.TEST_DATABASE_URL ? [{ name: 'pglite' }, { name: 'postgres' }] : [{ name: 'pglite' }];
}

export interface TestServer extends RunningServer {
  stop(): Promise<void>;
  /** Every line the server logged (tests check that no unexpected error was logged). */
  logs: string[];
  /** Options to start the same storage again (restart tests). */
  storage: Pick<ServerOptions, 'dataDir' | 'databaseUrl'>;
}

export async function startTestServer(b: Backend, extra: Partial<ServerOptions> = {}): Promise<TestServer> {
  let storage: Pick<ServerOptions, 'dataDir' | 'databaseUrl'>;
  let cleanup: () => Promise<void>;
  if (b.name === 'postgres') {
    const admin = process.env.TEST_DATABASE_URL!;
    const name = `kd_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    await adminQuery(admin, `create database ${name}`);
    const u = new URL(admin);
    u.pathname = '/' + name;
    storage = { databaseUrl: u.toString() };
    cleanup = () => adminQuery(admin, `drop database if exists ${name} with (force)`);
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'kd-server-'));
    storage = { dataDir: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const logs: string[] = [];
  // The background report refresh is off unless a test asks for it: it writes report_units while
  // tests count and compare them.
  const s = await startServer({ port: 0, host: '127.0.0.1', seedDemo: true, log: (l) => logs.push(l), distDir: 'dist', reportRefresh: false, ...storage, ...extra });
  return Object.assign(s, {
    logs,
    storage,
    async stop() {
      await s.close();
      await cleanup();
    },
  });
}

async function adminQuery(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  raw: Buffer;
}

/** Raw HTTP (not fetch) so tests control every byte and header, and read 413s reliably. */
export function http(
  base: string,
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const u = new URL(path, base);
    const req = request(
      { method, hostname: u.hostname, port: u.port, path: u.pathname + u.search, headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          let raw = Buffer.concat(chunks);
          if (res.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
          let parsed: unknown = null;
          try {
            parsed = JSON.parse(raw.toString('utf8'));
          } catch {
            parsed = raw.toString('utf8');
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed, raw });
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

export const post = (base: string, path: string, value: unknown, token?: string) =>
  http(base, 'POST', path, JSON.stringify(value), token ? { authorization: `Bearer ${token}` } : {});

export async function enrol(base: string, code: string): Promise<EnrollResponse> {
  const r = await post(base, '/api/v1/enroll', { code });
  if (r.status !== 200) throw new Error(`enrol ${code}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as EnrollResponse;
}

let n = 0;
/** A fresh id per call, unique across test runs. */
export function newId(prefix = 'T'): string {
  return `${prefix}${Date.now().toString(36)}${(n++).toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function rec(kind: string, addr: string, data: unknown, over: Partial<SyncRecord> = {}): SyncRecord {
  return { id: newId(), kind, addr, parent: null, data, deleted: false, version: 0, updatedAt: new Date().toISOString(), updatedBy: 'phone', ...over };
}

export const visit = (addr: string, over: Partial<SyncRecord> = {}) =>
  rec('posyandu.visit', addr, { childId: 'demo-child-mawar-1', date: '2025-03-10', weightKg: 9.4 }, over);
export const child = (addr: string, name = 'Anak Uji', over: Partial<SyncRecord> = {}) =>
  rec('posyandu.child', addr, { name, sex: 'P', birthDate: '2023-05-01', hasKms: true }, over);

/** A device with its own seq counter, like a phone's outbox. */
export class Phone {
  seq = 0;
  constructor(
    public base: string,
    public e: EnrollResponse,
  ) {}
  static async enrol(base: string, code: string) {
    return new Phone(base, await enrol(base, code));
  }
  change(record: SyncRecord, baseVersion = 0): PushChange {
    return { seq: ++this.seq, baseVersion, record };
  }
  push(changes: PushChange[], client?: unknown) {
    return post(this.base, '/api/v1/sync/push', { changes, ...(client ? { client } : {}) }, this.e.token);
  }
  pull(cursor = '0', limit?: number) {
    return post(this.base, '/api/v1/sync/pull', { cursor, ...(limit ? { limit } : {}) }, this.e.token);
  }
  /** Pulls every page from cursor and returns all records and the final cursor. */
  async pullAll(cursor = '0', limit = 500): Promise<{ records: SyncRecord[]; cursor: string; pages: number }> {
    const records: SyncRecord[] = [];
    let pages = 0;
    for (;;) {
      const r = await this.pull(cursor, limit);
      if (r.status !== 200) throw new Error(`pull ${r.status} ${JSON.stringify(r.body)}`);
      pages++;
      records.push(...r.body.changes);
      cursor = r.body.cursor;
      if (!r.body.hasMore) return { records, cursor, pages };
    }
  }
}
