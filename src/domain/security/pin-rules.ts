// PIN rules for the people on a phone (issue 17). Pure, so the lock screen, the Settings form and
// the tests share one answer.
//
// A PIN is 4 to 8 digits: a kader types it with one thumb many times a day. Four digits stop the
// family member who picks the phone up; they do not stop someone who copies the phone's storage and
// tries every PIN offline (see docs/phone-security.md for the threat model).

export const PIN_MIN = 4;
export const PIN_MAX = 8;

export type PinProblem = 'short' | 'long' | 'digits';

export function pinProblem(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'digits';
  if (pin.length < PIN_MIN) return 'short';
  if (pin.length > PIN_MAX) return 'long';
  return null;
}

/** Wrong PINs allowed before the phone makes the person wait. */
export const FREE_TRIES = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 60 * 60_000;

/**
 * How long to wait after `failures` wrong PINs in a row: nothing for the first four, 30 s after the
 * fifth, then twice as long after each further one (1 min, 2 min, …), at most one hour. Counted for
 * the phone, not per person: switching to another name does not buy more tries.
 */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));
}

/** Minutes in the background before the app asks for the PIN again, when the county set none. */
export const DEFAULT_LOCK_AFTER_MINUTES = 5;
