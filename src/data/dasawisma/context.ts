import type { KaderDb } from '../db';
import { newId } from '../ids';
import type { WriteContext } from '../records';
import { localDeviceId } from '../../sync/enrolment';

/** Who writes: the enrolled device id, or this install's local id before enrolment. */
export async function writeContext(db: KaderDb): Promise<WriteContext> {
  return { by: await localDeviceId(db, newId) };
}
