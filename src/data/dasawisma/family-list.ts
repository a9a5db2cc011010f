import type { KaderDb } from '../db';
import { listRecords } from '../records';
import { unaskedFacts } from '../../domain/dasawisma';
import type { MemberData } from '../../domain/records/dasawisma';
import { MEMBER, listFamilies, type FamilyRecord } from './families';
import { effectiveMembers } from './members';

/** A row of the group's family list: how many live there and how many household facts are still unasked. */
export interface FamilySummary {
  family: FamilyRecord;
  members: number;
  unasked: number;
}

/**
 * The group's families (all years) with their member counts. Members are counted from this
 * module's records in one read; a family linked to the RT books counts the RT household's
 * residents (as its recap does), which may not be copied here yet.
 */
export async function familySummaries(db: KaderDb, groupAddr: string): Promise<FamilySummary[]> {
  const families = await listFamilies(db, groupAddr);
  const members = await listRecords<MemberData>(db, MEMBER, groupAddr);
  const byFamily = new Map<string, number>();
  for (const m of members) if (m.addr === groupAddr && m.parent) byFamily.set(m.parent, (byFamily.get(m.parent) ?? 0) + 1);
  const out: FamilySummary[] = [];
  for (const f of families) {
    const n = f.data.rtHouseholdId ? (await effectiveMembers(db, f)).length : (byFamily.get(f.id) ?? 0);
    out.push({ family: f, members: n, unasked: unaskedFacts(f.data).length });
  }
  return out;
}
