import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './types';

// Embedded PostgreSQL in a data folder: zero setup for a county office or a demo laptop.
// It writes every commit through to the OS but never fsyncs (see docs/scaling.md), and it is a
// single connection, so transactions run one after another.
export async function openPglite(dataDir: string): Promise<Db> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      const r = await q.query<T>(sql, params as any[]);
      // PGlite runs a statement synchronously on this thread, and its promises resolve as
      // microtasks, so a transaction of several statements would keep the event loop from
      // reading any request until it commits. One turn of the loop after each statement lets
      // requests that arrived meanwhile be read and validated, and join the next push group
      // (push-group.ts); measured: a third more throughput, a lower p99 (BENCHMARKS.md).
      await new Promise((ok) => setImmediate(ok));
      return r.rows;
    },
  });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    query: base.query,
    tx: (fn) => pg.transaction((t) => fn(wrap(t))),
    close: () => pg.close(),
  };
}
