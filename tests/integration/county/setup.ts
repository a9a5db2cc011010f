import type { SyncRecord } from '../../../src/domain/records';
import { Phone, http, post, startTestServer, type TestServer } from '../server/helpers';

// A real county server for one test file: PGlite in a temp folder, or a fresh PostgreSQL database
// when TEST_DATABASE_URL is set (dropped at the end), started by the server tests' helper.

export type BackendName = 'pglite' | 'postgres';

export function countyBackends(): BackendName[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export type CountyServer = TestServer;

/** The server tests' own start-up (temp PGlite folder or a throwaway PostgreSQL database). */
export function startCountyServer(b: BackendName): Promise<CountyServer> {
  return startTestServer({ name: b });
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
