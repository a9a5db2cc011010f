import type { KaderDb } from '../db';
import { newId } from '../ids';
import type { WriteContext } from '../records';
import { localDeviceId } from '../device';

let clock: (() => Date) | undefined;

/** Tests move time by hand ("changed after the recap" must not depend on the same millisecond). */
export function setDasawismaClock(now: (() => Date) | undefined): void {
  clock = now;
}

/** Who writes: the enrolled device id, or this install's local id before enrolment. */
export async function writeContext(db: KaderDb): Promise<WriteContext> {
  return { by: await localDeviceId(db, newId), now: clock };
}
