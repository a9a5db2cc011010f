import type { KaderDb } from '../db';
import { listRecords, saveRecord, type WriteContext } from '../records';
import { rtAddr, type SyncRecord } from '../../domain/records';
import type { RtUnitData } from '../../domain/records/rt';
import { getEnrolment } from '../device';

export type RtUnit = SyncRecord<RtUnitData>;

/**
 * The RT this device keeps. Enrolled as ketua of an RT: the unit at the enrolment scope. Not
 * enrolled: the most recently set up unit on this phone (one phone, one RT in practice).
 */
export async function currentRtUnit(db: KaderDb): Promise<RtUnit | null> {
  const units = await listRecords<RtUnitData>(db, 'rt.unit');
  const enrolment = await getEnrolment(db);
  if (enrolment?.scope.prefix) {
    const inScope = units.filter((u) => u.addr === enrolment.scope.prefix);
    if (inScope.length) return inScope.sort(byUpdated)[0];
  }
  return units.sort(byUpdated)[0] ?? null;
}

const byUpdated = (a: RtUnit, b: RtUnit) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/** Creates or edits the RT unit; its address follows from the desa code and RT number. */
export async function saveRtUnit(db: KaderDb, data: RtUnitData, ctx: WriteContext, id?: string): Promise<RtUnit> {
  return saveRecord(db, { id, kind: 'rt.unit', addr: rtAddr(data.desaCode, data.rtNo), data }, ctx);
}
