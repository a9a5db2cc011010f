import type { KaderDb } from '../db';
import type { SyncRecord } from '../../domain/records';
import { listGroups, type Group } from './groups';
import { FAMILY, MEMBER } from './families';
import { REGISTER } from './registers';
import { RECAP, listSubmissions, submissionFor, type Submission } from './submissions';
import { houseCountFlag, type HouseFlag } from './house-flag';
import { lastSyncOf, loadPeerSync } from './peers';

export interface GroupStatus {
  group: Group;
  /** Households in the latest catatan keluarga year up to the month's year. */
  houses: number;
  housesFlag: HouseFlag;
  hasCoordinator: boolean;
  /** The submission for the month, if any. */
  submitted?: Submission;
  /** The latest submission of any month, the reference for "changed since". */
  lastRecap?: Submission;
  /** Records of the group (families, members, registers, deletions too) changed after the last recap. */
  changedSinceRecap: number;
  /** ISO time; null: peers known but none of this group's phones; undefined: peer list never received. */
  lastSync: string | null | undefined;
}

const TRACKED = [FAMILY, MEMBER, REGISTER];

async function groupRows(db: KaderDb, addr: string): Promise<SyncRecord[]> {
  const out: SyncRecord[] = [];
  for (const kind of [...TRACKED, RECAP]) {
    // Tombstones included: a deleted household is a change the coordinator should see.
    const rows = await db.records.where('[kind+addr]').equals([kind, addr]).toArray();
    out.push(...rows);
  }
  return out;
}

export async function statusOfGroup(db: KaderDb, group: Group, month: string, peers?: Map<string, string | null>): Promise<GroupStatus> {
  const rows = await groupRows(db, group.addr);
  const subs = await listSubmissions(db, group.addr);
  const year = +month.slice(0, 4);
  const families = rows.filter((r) => r.kind === FAMILY && !r.deleted) as SyncRecord<{ year: number }>[];
  const years = families.map((f) => f.data.year).filter((y) => y <= year);
  const latestYear = years.length ? Math.max(...years) : undefined;
  const houses = families.filter((f) => f.data.year === latestYear).length;
  const lastRecap = subs[0];
  const since = lastRecap?.updatedAt ?? '';
  const changedSinceRecap = rows.filter((r) => TRACKED.includes(r.kind) && r.updatedAt > since).length;
  const writers = new Set([group.updatedBy, ...rows.map((r) => r.updatedBy)]);
  return {
    group,
    houses,
    housesFlag: houseCountFlag(houses),
    hasCoordinator: Boolean(group.data.coordinatorName || group.data.coordinatorMemberId),
    submitted: submissionFor(subs, month),
    lastRecap,
    changedSinceRecap,
    lastSync: lastSyncOf(peers, writers),
  };
}

/** Status of every group under the coordinator's area (RT or desa address; all groups if none). */
export async function groupStatuses(db: KaderDb, areaPrefix: string | undefined, month: string): Promise<GroupStatus[]> {
  const peers = await loadPeerSync(db);
  const groups = await listGroups(db, areaPrefix);
  const out: GroupStatus[] = [];
  for (const g of groups) out.push(await statusOfGroup(db, g, month, peers));
  return out;
}

export type StatusFilter = 'all' | 'belum-lapor' | 'tanpa-koordinator';

export function filterStatuses(rows: GroupStatus[], filter: StatusFilter): GroupStatus[] {
  if (filter === 'belum-lapor') return rows.filter((r) => !r.submitted);
  if (filter === 'tanpa-koordinator') return rows.filter((r) => !r.hasCoordinator);
  return rows;
}

export function reportedCount(rows: GroupStatus[]): { reported: number; total: number } {
  return { reported: rows.filter((r) => r.submitted).length, total: rows.length };
}
