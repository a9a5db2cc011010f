import type { KaderDb } from '../db';
import { newId } from '../ids';
import { getRecord, InvalidRecordError, listRecords, saveRecord } from '../records';
import { covers, parseAddr, posyanduAddr } from '../../domain/records/address';
import { getEnrolment } from '../device';
import { writeContext } from './context';
import type { Unit, UnitData } from './types';

const CURRENT_KEY = 'posyandu.currentUnit';
const DESA_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

export function isDesaCode(code: string): boolean {
  return DESA_CODE.test(code);
}

/**
 * The units this phone may open: all local ones before enrolment; after enrolment only those
 * inside the device's scope (the enrolled Posyandu's unit arrives by sync).
 */
export async function listUnits(db: KaderDb): Promise<Unit[]> {
  const units = (await listRecords<UnitData>(db, 'posyandu.unit')) as Unit[];
  const e = await getEnrolment(db);
  const inScope = e ? units.filter((u) => covers(e.scope.prefix, u.addr)) : units;
  return inScope.sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** The unit to open: the one picked before if still there, else the only one, else null (pick). */
export async function currentUnit(db: KaderDb): Promise<{ unit: Unit | null; units: Unit[] }> {
  const units = await listUnits(db);
  const picked = (await db.meta.get(CURRENT_KEY))?.value as string | undefined;
  const unit = units.find((u) => u.id === picked) ?? (units.length === 1 ? units[0] : null);
  return { unit, units };
}

export async function pickUnit(db: KaderDb, unitId: string): Promise<void> {
  await db.meta.put({ key: CURRENT_KEY, value: unitId });
}

/** Creates or edits a unit. The address is derived from the desa code and the unit's own id. */
export async function saveUnit(db: KaderDb, data: UnitData, id?: string): Promise<Unit> {
  if (!data.desaCode || !isDesaCode(data.desaCode)) throw new InvalidRecordError('posyandu.unit.desaCode: desaCode');
  // On a phone enrolled for one Posyandu, a new unit IS that Posyandu (its county id and address):
  // filled in before the county's copy arrived, it must not become a unit the server refuses.
  const e = id ? null : await getEnrolment(db);
  const enrolledId = e?.scope.modules.includes('posyandu') ? parseAddr(e.scope.prefix).posyandu : undefined;
  const unitId = id ?? enrolledId ?? newId();
  const prev = id || enrolledId ? await getRecord<UnitData>(db, unitId) : undefined;
  // An enrolled unit keeps the address the county gave it; a local one follows its desa code.
  const addr = enrolledId && !prev ? e!.scope.prefix : prev && prev.data.desaCode === data.desaCode ? prev.addr : posyanduAddr(data.desaCode, unitId);
  const rec = (await saveRecord(db, { id: unitId, kind: 'posyandu.unit', addr, data }, await writeContext(db))) as Unit;
  await pickUnit(db, unitId);
  return rec;
}
