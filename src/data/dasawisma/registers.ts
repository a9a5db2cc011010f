import type { KaderDb } from '../db';
import { deleteRecord, listRecords, saveRecord } from '../records';
import type { SyncRecord } from '../../domain/records';
import type { RegisterData } from '../../domain/records/dasawisma';
import { clean } from './groups';
import { writeContext } from './context';

export const REGISTER = 'dasawisma.register';
export type RegisterRecord = SyncRecord<RegisterData>;

/** Register 4.18 entries of a group, newest event first. */
export async function listRegister(db: KaderDb, groupAddr: string): Promise<RegisterRecord[]> {
  const rows = await listRecords<RegisterData>(db, REGISTER, groupAddr);
  return rows.filter((r) => r.addr === groupAddr).sort((a, b) => b.data.date.localeCompare(a.data.date));
}

export async function saveRegisterEntry(
  db: KaderDb,
  groupAddr: string,
  data: RegisterData,
  opts: { id?: string; familyId?: string | null } = {},
): Promise<RegisterRecord> {
  return saveRecord<RegisterData>(db, { id: opts.id, kind: REGISTER, addr: groupAddr, parent: opts.familyId ?? null, data: clean(data) }, await writeContext(db));
}

export async function deleteRegisterEntry(db: KaderDb, id: string): Promise<void> {
  await deleteRecord(db, id, await writeContext(db));
}

/** The same person as the Posyandu and RT books hold it, found by NIK (no NIK ever leaves this function in logs). */
export interface PersonLinks {
  rtPersonId?: string;
  posyanduChildId?: string;
}

export async function findLinksByNik(db: KaderDb, nik: string): Promise<PersonLinks> {
  const out: PersonLinks = {};
  if (!/^\d{16}$/.test(nik)) return out;
  const people = await listRecords<{ nik?: string }>(db, 'rt.person');
  const p = people.find((r) => r.data.nik === nik);
  if (p) out.rtPersonId = p.id;
  const children = await listRecords<{ nik?: string }>(db, 'posyandu.child');
  const c = children.find((r) => r.data.nik === nik);
  if (c) out.posyanduChildId = c.id;
  return out;
}
