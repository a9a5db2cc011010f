import { getDb } from '../../data/storage';
import { hasPeople } from '../../data/security/people';
import { loadActiveConfig } from '../../data/config';
import { signIn, signedIn } from '../../data/security/session';

// What the shell's lock gate asks the database, in its own chunk (never on a phone without PINs'
// first screen path beyond one small import).

export async function phoneHasPins(): Promise<boolean> {
  return hasPeople(getDb());
}

/** The county's "lock after N minutes in the background" (config.county.lockAfterMinutes). */
export async function lockAfterMs(): Promise<number> {
  return (await loadActiveConfig(getDb())).lockAfterMinutes * 60_000;
}

/** Locking signs the person out: the next write must name whoever unlocks. */
export function signOut(): void {
  signIn(null);
}

export function signedInNow(): boolean {
  return signedIn() !== null;
}
