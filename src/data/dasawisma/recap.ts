import type { KaderDb } from '../db';
import {
  dasawismaGroupRecap, fromSnapshot as domainFromSnapshot, recapYear as domainRecapYear, toSnapshot as domainToSnapshot,
  type DasawismaFamily, type RecapTable,
} from '../../domain';
import type { Group } from './groups';
import { listFamilies, type FamilyRecord } from './families';
import { effectiveMembers } from './members';
import type { Snapshot, Submission } from './submissions';

/** The year of catatan keluarga a month's recap reads (domain rule: that year's or the latest earlier one). */
export function recapYear(families: FamilyRecord[], month: string): number | undefined {
  return domainRecapYear(families.map((f) => f.data.year), month);
}

/** The group's families of the recap year, each with its effective members (RT books when linked). */
export async function recapInput(db: KaderDb, group: Pick<Group, 'addr'>, month: string): Promise<DasawismaFamily[]> {
  const all = await listFamilies(db, group.addr);
  const year = recapYear(all, month);
  const out: DasawismaFamily[] = [];
  for (const f of all.filter((x) => x.data.year === year)) {
    const members = await effectiveMembers(db, f);
    out.push({ id: f.id, data: f.data, members: members.map((m) => m.data) });
  }
  return out;
}

/** Form 4.16a of a group for a month, computed by the domain from the records on this phone. */
export async function groupRecap(db: KaderDb, group: Pick<Group, 'addr'>, month: string): Promise<RecapTable> {
  return dasawismaGroupRecap(await recapInput(db, group, month), month);
}

/** What a submission stores: the table as the coordinator saw it. */
export function toSnapshot(table: RecapTable): Snapshot {
  return domainToSnapshot(table);
}

export function fromSnapshot(s: Submission): RecapTable {
  return domainFromSnapshot(s.data.snapshot);
}
