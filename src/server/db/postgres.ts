import pg from 'pg';
import type { Db, Queryable } from './types';

// PostgreSQL through a connection pool: the production backend (durable, concurrent, Citus-ready).
export async function openPostgres(url: string, poolSize = 20): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', (e) => console.error(`[db] idle client error: ${(e as { code?: string }).code ?? e.name}`));
  await pool.query('select 1');
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      const r = await c.query(sql, params);
      return r.rows as T[];
    },
  });
  return {
    kind: 'postgres',
    query: wrap(pool).query,
    async tx(fn) {
      const c = await pool.connect();
      try {
        await c.query('begin');
        const out = await fn(wrap(c));
        await c.query('commit');
        return out;
      } catch (e) {
        await c.query('rollback').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    },
    close: () => pool.end(),
  };
}
