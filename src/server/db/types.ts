// One storage interface for both backends (embedded PGlite, PostgreSQL). Handlers and the admin
// commands only see this, so the same SQL runs on both and tests can run the suite twice.

export type DbKind = 'pglite' | 'postgres';

export interface Queryable {
  /** Runs one parameterised statement ($1, $2 …) and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: DbKind;
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** int8 columns arrive as string (pg), bigint or number (PGlite): always hand out a number. */
export function num(x: unknown): number {
  if (x === null || x === undefined) return 0;
  return typeof x === 'number' ? x : Number(x);
}

/** timestamptz arrives as Date (both drivers) or string: hand out ISO text or null. */
export function iso(x: unknown): string | null {
  if (x === null || x === undefined) return null;
  const d = x instanceof Date ? x : new Date(String(x));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** jsonb arrives parsed from both drivers; a string only if someone stored text. */
export function json<T>(x: unknown): T {
  return (typeof x === 'string' ? JSON.parse(x) : x) as T;
}

/** Client counters go into int columns; a hostile 1e300 must not become a database error. */
export function clampInt(x: number | undefined): number | null {
  return x === undefined ? null : Math.min(x, 2_147_483_647);
}
