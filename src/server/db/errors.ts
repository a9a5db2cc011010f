// What a database error says about its cause, by SQLSTATE (both drivers set `code`).

function sqlState(e: unknown): string {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : '';
}

/** Serialization failure or deadlock: the same transaction again may well succeed. */
export function isRetryable(e: unknown): boolean {
  const c = sqlState(e);
  return c === '40001' || c === '40P01';
}

/**
 * A value the database will not store, whatever the server's state: data exceptions (class 22:
 * invalid json, NUL, broken unicode, numbers out of range), a value past a limit (54: index row,
 * too complex) and check or not-null constraints (23514, 23502). Retrying the same value fails
 * again; the value has to be refused.
 */
export function isDataError(e: unknown): boolean {
  const c = sqlState(e);
  return c.startsWith('22') || c.startsWith('54') || c === '23514' || c === '23502';
}

export { sqlState };
