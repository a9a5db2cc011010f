import type { Db } from './types';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import { migrate } from './migrations';

export interface OpenDbOptions {
  /** PostgreSQL connection string; when absent, PGlite in dataDir. */
  databaseUrl?: string;
  dataDir?: string;
  poolSize?: number;
}

/** Opens the configured backend and brings its schema up to date. */
export async function openDb(o: OpenDbOptions): Promise<Db> {
  const db = o.databaseUrl
    ? await openPostgres(o.databaseUrl, o.poolSize)
    : await openPglite(o.dataDir ?? './data');
  try {
    await migrate(db);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  return db;
}
