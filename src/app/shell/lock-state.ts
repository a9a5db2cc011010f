// Whether the app is behind the PIN screen (issue 17). Kept in the shell, tiny: the lock screen
// itself and the PIN checks load only on a phone where someone has set a PIN.
//
// A localStorage hint says "this phone has PINs", read synchronously at start, so a cold start
// covers the app before the first frame instead of flashing a kader's list before the database
// answers. The database stays the truth: the gate checks it and drops a stale hint.

const HINT = 'kader-desa.pin';

export function pinHint(): boolean {
  try {
    return globalThis.localStorage?.getItem(HINT) === '1';
  } catch {
    return false;
  }
}

export function setPinHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT, '1');
    else localStorage.removeItem(HINT);
  } catch {
    // Private mode without storage: the gate still locks once the database answers.
  }
}

/** Set by app/security/wipe-app.ts after a revoked phone wiped itself: the next start says so. */
export function revokedMark(): boolean {
  try {
    return !!globalThis.localStorage?.getItem('kader-desa.revoked');
  } catch {
    return false;
  }
}

type Listener = (locked: boolean) => void;
const listeners = new Set<Listener>();

/** Settings' "Kunci sekarang", and the people list changing (first PIN set: nothing to do). */
export function lockNow(): void {
  for (const fn of listeners) fn(true);
}

export function onLockRequest(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * Back from the background: lock when it was away at least the county's minutes. A clock turned
 * back (now before hiddenAt) locks too: the time away cannot be known.
 */
export function lockOnReturn(hiddenAt: number, now: number, lockAfterMs: number): boolean {
  if (!hiddenAt) return false;
  return now < hiddenAt || now - hiddenAt >= lockAfterMs;
}
