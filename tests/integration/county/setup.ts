import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServer, type RunningServer } from '../../../src/server';
import type { SyncRecord } from '../../../src/domain/records';
import { Phone, http, post } from '../server/helpers';

// A real county server for one test file: PGlite in a temp folder, or a fresh PostgreSQL database
// kd_county_<random> when TEST_DATABASE_URL is set (dropped at the end).

export type BackendName = 'pglite' | 'postgres';

export function countyBackends(): BackendName[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface CountyServer extends RunningServer {
  stop(): Promise<void>;
}

export async function startCountyServer(b: BackendName): Promise<CountyServer> {
  let cleanup: () => Promise<void>;
  let storage: { dataDir?: string; databaseUrl?: string };
  if (b === 'postgres') {
    const admin = process.env.TEST_DATABASE_URL!;
    const name = `kd_county_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
    await adminQuery(admin, `create database ${name}`);
    const u = new URL(admin);
    u.pathname = '/' + name;
    storage = { databaseUrl: u.toString() };
    cleanup = () => adminQuery(admin, `drop database if exists ${name} with (force)`);
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'kd-county-'));
    storage = { dataDir: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const s = await startServer({ port: 0, host: '127.0.0.1', seedDemo: true, log: () => undefined, distDir: 'dist', ...storage });
  return Object.assign(s, {
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

/** County staff over HTTP with their bearer token. */
export class County {
  constructor(
    public base: string,
    public token: string,
  ) {}
  get(path: string) {
    return http(this.base, 'GET', `/api/v1/county/${path}`, undefined, { authorization: `Bearer ${this.token}` });
  }
  post(path: string, body: unknown = {}) {
    return post(this.base, `/api/v1/county/${path}`, body, this.token);
  }
  /** Creates an enrolment code through the county API and enrols a phone with it. */
  async phone(role: string, prefix: string): Promise<Phone> {
    const r = await this.post('codes', { role, prefix });
    if (r.status !== 201) throw new Error(`code ${role} ${prefix}: ${r.status} ${JSON.stringify(r.body)}`);
    return Phone.enrol(this.base, r.body.code);
  }
}

/** Pushes records as a phone would, in batches the server accepts; fails on any rejection. */
export async function pushAll(phone: Phone, records: SyncRecord[], client?: unknown): Promise<void> {
  for (let i = 0; i < records.length; i += 500) {
    const r = await phone.push(records.slice(i, i + 500).map((x) => phone.change(x)), client);
    if (r.status !== 200) throw new Error(`push ${r.status} ${JSON.stringify(r.body)}`);
    const bad = r.body.results.filter((x: { status: string }) => x.status !== 'applied');
    if (bad.length) throw new Error(`push not applied: ${JSON.stringify(bad.slice(0, 3))}`);
  }
}
