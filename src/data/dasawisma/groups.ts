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
  /** The id the address already names (a phone enrolled for this group, whose record is not made yet). */
  id?: string;
}

/**
 * One way to name a group, for groups made here, at enrolment and in the demo data: its address
 * ends with `dw:<id>` and its record's id is that same `<id>`. The group's id is made first
 * because its own address ends with it. Records of the group (families, members, recaps,
 * registers) carry only the address, so they find their group with `groupAt`, never by reading
 * an id out of the address (servers seeded before this rule hold demo groups whose record id
 * differs from their address segment).
 */
export async function createGroup(db: KaderDb, input: NewGroup): Promise<Group> {
  const { desaCode, rtNo, id: fixed, ...data } = input;
  const id = fixed ?? newId();
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

/**
 * The group whose address is `addr` (a family's, a member's, a recap's address). Should an
 * address hold two group records (an old demo record and one made at enrolment), the one edited
 * last names the group: both describe the same group and its records are shared by address.
 */
export async function groupAt(db: KaderDb, addr: string): Promise<Group | undefined> {
  const rows = (await listRecords<GroupData>(db, GROUP, addr)).filter((r) => r.addr === addr);
  const newest = rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))[0];
  return newest && toGroup(newest);
}

/** Groups under an address prefix (an RT, a desa, a kabupaten) or all on the phone, by RT then name. */
export async function listGroups(db: KaderDb, prefix?: string): Promise<Group[]> {
  const rows = await listRecords<GroupData>(db, GROUP, prefix);
  // One group per address (see groupAt): the record edited last stands for it.
  const byAddr = new Map<string, SyncRecord<GroupData>>();
  for (const r of rows) {
    const had = byAddr.get(r.addr);
    if (!had || r.updatedAt > had.updatedAt || (r.updatedAt === had.updatedAt && r.id < had.id)) byAddr.set(r.addr, r);
  }
  return [...byAddr.values()]
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
