import type { KaderDb } from '../../../data';
import { effectiveMembers, listFamilies, recapYear, type Group } from '../../../data/dasawisma';

/** Pasal 28 ayat 2: the coordinator comes from the group, so she is chosen among its members. */
export async function coordinatorCandidates(db: KaderDb, group: Group): Promise<{ memberId: string; name: string }[]> {
  const all = await listFamilies(db, group.addr);
  const year = recapYear(all, `${new Date().getFullYear()}-12`);
  const out: { memberId: string; name: string }[] = [];
  for (const f of all.filter((x) => x.data.year === year)) {
    for (const m of await effectiveMembers(db, f)) {
      if (m.memberId) out.push({ memberId: m.memberId, name: m.data.name });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'id'));
}
