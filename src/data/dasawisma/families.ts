import type { KaderDb } from '../db';
import { newId } from '../ids';
import { deleteRecord, getRecord, listChildren, listRecords, saveRecord } from '../records';
import type { SyncRecord } from '../../domain/records';
import type { FamilyData, MemberData } from '../../domain/records/dasawisma';
import { clean, type Group } from './groups';
import { writeContext } from './context';

export const FAMILY = 'dasawisma.family';
export const MEMBER = 'dasawisma.member';

export type FamilyRecord = SyncRecord<FamilyData>;
export type MemberRecord = SyncRecord<MemberData>;

/** Family records of a group (all years, or one), by house number then head's name. */
export async function listFamilies(db: KaderDb, groupAddr: string, year?: number): Promise<FamilyRecord[]> {
  const rows = await listRecords<FamilyData>(db, FAMILY, groupAddr);
  return rows
    .filter((r) => r.addr === groupAddr && (year === undefined || r.data.year === year))
    .sort((a, b) => (a.data.houseNo ?? '').localeCompare(b.data.houseNo ?? '', undefined, { numeric: true }) || a.data.headName.localeCompare(b.data.headName));
}

export async function getFamily(db: KaderDb, id: string): Promise<FamilyRecord | undefined> {
  const r = await getRecord<FamilyData>(db, id);
  return r && r.kind === FAMILY ? r : undefined;
}

export async function saveFamily(db: KaderDb, group: Pick<Group, 'addr'>, data: FamilyData, id?: string): Promise<FamilyRecord> {
  return saveRecord<FamilyData>(db, { id, kind: FAMILY, addr: group.addr, data: clean(data) }, await writeContext(db));
}

export async function listMembers(db: KaderDb, familyId: string): Promise<MemberRecord[]> {
  const rows = await listChildren<MemberData>(db, MEMBER, familyId);
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

export async function saveMember(db: KaderDb, family: Pick<FamilyRecord, 'id' | 'addr'>, data: MemberData, id?: string): Promise<MemberRecord> {
  return saveRecord<MemberData>(db, { id, kind: MEMBER, addr: family.addr, parent: family.id, data: clean(data) }, await writeContext(db));
}

export async function deleteMember(db: KaderDb, id: string): Promise<void> {
  await deleteRecord(db, id, await writeContext(db));
}

/** Deletes a family record and its members (tombstones, so the deletion syncs). */
export async function deleteFamily(db: KaderDb, id: string): Promise<void> {
  const ctx = await writeContext(db);
  await db.transaction('rw', [db.records, db.outbox, db.history], async () => {
    for (const m of await listChildren(db, MEMBER, id)) await deleteRecord(db, m.id, ctx);
    await deleteRecord(db, id, ctx);
  });
}

/**
 * Starts next year's catatan keluarga from this one: household facts and members are copied, the
 * kader then changes what changed. The old year's record stays as it was reported.
 */
export async function copyFamilyToYear(db: KaderDb, family: FamilyRecord, year: number): Promise<FamilyRecord> {
  const ctx = await writeContext(db);
  // One transaction: a half-copied household would look like members had left.
  return db.transaction('rw', [db.records, db.outbox, db.history], async () => {
    const copy = await saveRecord<FamilyData>(db, { id: newId(), kind: FAMILY, addr: family.addr, data: { ...family.data, year } }, ctx);
    for (const m of await listMembers(db, family.id)) {
      const data = clean({ ...m.data, pregnant: undefined, breastfeeding: undefined });
      await saveRecord<MemberData>(db, { kind: MEMBER, addr: copy.addr, parent: copy.id, data }, ctx);
    }
    return copy;
  });
}
