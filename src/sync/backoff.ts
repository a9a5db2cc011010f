// Exponential backoff with "full jitter": the wait is uniform in [0, min(cap, base·2^attempt)], so
// hundreds of phones that lost signal at the same market day do not all come back at once.

export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/** attempt 0 is the first retry after one failure. */
export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
  base = BACKOFF_BASE_MS,
  cap = BACKOFF_CAP_MS,
): number {
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.floor(random() * ceiling);
}
