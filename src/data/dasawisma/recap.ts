import type { KaderDb } from '../db';
import { dasawismaGroupRecap, emptyCounts, RECAP_COLUMNS, type DasawismaFamily, type RecapCounts, type RecapTable } from '../../domain';
import type { Group } from './groups';
import { listFamilies, type FamilyRecord } from './families';
import { effectiveMembers } from './members';
import type { Snapshot, Submission } from './submissions';

/**
 * The year of catatan keluarga a month's recap reads: that year's, or the latest earlier year
 * when the kader has not started the new year yet (January recaps still count the houses).
 */
export function recapYear(families: FamilyRecord[], month: string): number | undefined {
  const y = +month.slice(0, 4);
  const years = families.map((f) => f.data.year).filter((x) => x <= y);
  return years.length ? Math.max(...years) : undefined;
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
  return { rows: table.rows.map((r) => ({ familyId: r.id, label: r.label, counts: { ...r.counts } })), totals: { ...table.totals } };
}

/** A column missing from an older snapshot reads as 0, so old submissions still roll up. */
function countsOf(m: Record<string, number>): RecapCounts {
  const c = emptyCounts();
  for (const k of RECAP_COLUMNS) c[k] = m[k] ?? 0;
  return c;
}

export function fromSnapshot(s: Submission): RecapTable {
  const snap = s.data.snapshot;
  return { rows: snap.rows.map((r) => ({ id: r.familyId, label: r.label, counts: countsOf(r.counts) })), totals: countsOf(snap.totals) };
}
