import type { KaderDb } from '../db';
import { listChildren, listRecords } from '../records';
import type { MemberData } from '../../domain/records/dasawisma';
import { FAMILY, MEMBER, type FamilyRecord } from './families';
import { groupAt } from './groups';

// One person across modules (SPEC §2): the child weighed at the Posyandu, the resident in the RT
// books and the member of a dasawisma family are the same person where the user linked them — by
// the RT person id (posyandu.child.personId, dasawisma.member.personId) or, failing that, by NIK.
// These read the other module's records on this phone, both ways; a phone without them shows nothing.

export interface Who {
  personId?: string;
  nik?: string;
}

const same = (who: Who, d: { personId?: string; nik?: string }) =>
  (!!who.personId && d.personId === who.personId) || (!!who.nik && d.nik === who.nik);

export interface PosyanduLink {
  childId: string;
  name: string;
  /** The latest weighing, if any. */
  last?: { date: string; weightKg: number };
}

/** Posyandu children on this phone who are this person. */
export async function posyanduChildrenOf(db: KaderDb, who: Who): Promise<PosyanduLink[]> {
  if (!who.personId && !who.nik) return [];
  const children = await listRecords<{ name: string; personId?: string; nik?: string }>(db, 'posyandu.child');
  const out: PosyanduLink[] = [];
  for (const c of children.filter((x) => same(who, x.data))) {
    const visits = await listChildren<{ date: string; weightKg?: number }>(db, 'posyandu.visit', c.id);
    const weighed = visits.filter((v) => typeof v.data.weightKg === 'number').sort((a, b) => b.data.date.localeCompare(a.data.date))[0];
    out.push({ childId: c.id, name: c.data.name, ...(weighed ? { last: { date: weighed.data.date, weightKg: weighed.data.weightKg! } } : {}) });
  }
  return out;
}

export interface FamilyLink {
  familyId: string;
  memberId: string;
  headName: string;
  year: number;
  groupName?: string;
}

/** Dasawisma families on this phone in which this person is a member (newest year first). */
export async function dasawismaFamiliesOf(db: KaderDb, who: Who): Promise<FamilyLink[]> {
  if (!who.personId && !who.nik) return [];
  const members = (await listRecords<MemberData>(db, MEMBER)).filter((m) => m.parent && same(who, m.data));
  const out: FamilyLink[] = [];
  for (const m of members) {
    const f = (await db.records.get(m.parent!)) as FamilyRecord | undefined;
    if (!f || f.deleted || f.kind !== FAMILY) continue;
    const g = await groupAt(db, f.addr);
    out.push({ familyId: f.id, memberId: m.id, headName: f.data.headName, year: f.data.year, ...(g ? { groupName: g.data.name } : {}) });
  }
  return out.sort((a, b) => b.year - a.year);
}
