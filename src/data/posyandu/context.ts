import type { KaderDb } from '../db';
import { newId } from '../ids';
import type { WriteContext } from '../records';
import { localDeviceId } from '../device';

/**
 * Who writes: the enrolled device id (or this install's local id before enrolment), and the
 * person's name when the screen knows it (whoIsRecording), for the history.
 */
export async function writeContext(db: KaderDb, byName?: string, now?: () => Date): Promise<WriteContext> {
  return { by: await localDeviceId(db, newId), ...(byName ? { byName } : {}), now };
}

/** Today on the phone's own calendar (WIB/WITA/WIT), not UTC: 07:00 WITA is still "yesterday" in UTC. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
