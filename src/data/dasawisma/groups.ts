import type { KaderDb } from '../db';
import { newId } from '../ids';
import { getRecord, listRecords, saveRecord } from '../records';
import { groupAddr, parseAddr, rtAddr, type SyncRecord } from '../../domain/records';
import { writeContext } from './context';

export const GROUP = 'dasawisma.group';
export const PKK_RT = 'dasawisma.pkkRt';

export interface GroupData {
  name: string;
  coordinatorName?: string;
  coordinatorMemberId?: string;
  desaName?: string;
}

export interface PkkRtData {
  rw?: string;
  dusun?: string;
  chairName?: string;
  desaName?: string;
}

/** A group with where it sits, read from its address (the address is the only unit reference). */
export interface Group {
  id: string;
  addr: string;
  desaCode: string;
  rtNo: string;
  data: GroupData;
  updatedAt: string;
  updatedBy: string;
}

export function toGroup(r: SyncRecord<GroupData>): Group {
  const p = parseAddr(r.addr);
  return { id: r.id, addr: r.addr, desaCode: p.desa ?? '', rtNo: p.rt ?? '', data: r.data, updatedAt: r.updatedAt, updatedBy: r.updatedBy };
}

export interface NewGroup extends GroupData {
  desaCode: string;
  rtNo: string;
}

/** The group's id is made first because its own address ends with it. */
export async function createGroup(db: KaderDb, input: NewGroup): Promise<Group> {
  const { desaCode, rtNo, ...data } = input;
  const id = newId();
  const rec = await saveRecord<GroupData>(db, { id, kind: GROUP, addr: groupAddr(desaCode, rtNo, id), data: clean(data) }, await writeContext(db));
  return toGroup(rec);
}

export async function updateGroup(db: KaderDb, group: Group, data: GroupData): Promise<Group> {
  const rec = await saveRecord<GroupData>(db, { id: group.id, kind: GROUP, addr: group.addr, data: clean(data) }, await writeContext(db));
  return toGroup(rec);
}

export async function getGroup(db: KaderDb, id: string): Promise<Group | undefined> {
  const r = await getRecord<GroupData>(db, id);
  return r && r.kind === GROUP ? toGroup(r) : undefined;
}

/** Groups under an address prefix (an RT, a desa, a kabupaten) or all on the phone, by RT then name. */
export async function listGroups(db: KaderDb, prefix?: string): Promise<Group[]> {
  const rows = await listRecords<GroupData>(db, GROUP, prefix);
  return rows
    .map(toGroup)
    .sort((a, b) => a.desaCode.localeCompare(b.desaCode) || a.rtNo.localeCompare(b.rtNo) || a.data.name.localeCompare(b.data.name));
}

export async function getPkkRt(db: KaderDb, desaCode: string, rtNo: string): Promise<SyncRecord<PkkRtData> | undefined> {
  const rows = await listRecords<PkkRtData>(db, PKK_RT, rtAddr(desaCode, rtNo));
  return rows.find((r) => r.addr === rtAddr(desaCode, rtNo));
}

/** One PKK RT record per RT: its id is derived from the RT so two phones never make two. */
export function pkkRtId(desaCode: string, rtNo: string): string {
  return `pkkrt-${desaCode.replace(/\./g, '')}-${rtNo}`;
}

export async function savePkkRt(db: KaderDb, desaCode: string, rtNo: string, data: PkkRtData): Promise<void> {
  await saveRecord(db, { id: pkkRtId(desaCode, rtNo), kind: PKK_RT, addr: rtAddr(desaCode, rtNo), data: clean(data) }, await writeContext(db));
}

/** Empty text inputs are stored as absent, so optional text never fails a length or format rule. */
export function clean<T extends object>(data: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(data)) {
    if (val === undefined || val === null) continue;
    if (typeof val === 'string' && val.trim() === '') continue;
    out[k] = typeof val === 'string' ? val.trim() : val;
  }
  return out as T;
}
