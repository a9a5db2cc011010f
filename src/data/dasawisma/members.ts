import type { KaderDb } from '../db';
import { saveRecord } from '../records';
import { rtAddr } from '../../domain/records';
import type { MemberData } from '../../domain/records/dasawisma';
import { loadBooks } from '../rt/books';
import { buildRegister, type HouseholdRow } from '../rt/register';
import { MEMBER, listMembers, type FamilyRecord, type MemberRecord } from './families';
import { clean } from './groups';
import { writeContext } from './context';

/** A member as the family record uses it: identity from the RT books when linked, PKK details from here. */
export interface EffectiveMember {
  /** dasawisma.member id, or undefined for an RT person with no PKK details yet. */
  memberId?: string;
  personId?: string;
  data: MemberData;
  /** True when name, sex and birth date come from the RT books (read-only here). */
  fromRt: boolean;
}

/** The RT household row (with its members still living there), when the RT books are on this phone. */
export async function linkedHousehold(db: KaderDb, family: FamilyRecord): Promise<HouseholdRow | undefined> {
  const hh = family.data.rtHouseholdId;
  if (!hh) return undefined;
  const rec = await db.records.get(hh);
  if (!rec || rec.deleted || rec.kind !== 'rt.household') return undefined;
  const reg = buildRegister(await loadBooks(db, rec.addr));
  return reg.households.find((h) => h.household.id === hh);
}

/** RT households of the group's RT, for the "link to the RT books" picker. */
export async function rtHouseholdsOf(db: KaderDb, desaCode: string, rtNo: string): Promise<HouseholdRow[]> {
  const reg = buildRegister(await loadBooks(db, rtAddr(desaCode, rtNo)));
  return reg.households.filter((h) => h.active.length > 0);
}

type RtPerson = HouseholdRow['active'][number]['person'];

function identityFromRt(p: RtPerson): Partial<MemberData> {
  const d = p.data;
  return clean({
    name: d.name, nik: d.nik, sex: d.sex, birthDate: d.birthDate, birthPlace: d.birthPlace, religion: d.religion,
    maritalStatus: d.maritalStatus, education: d.education, familyStatus: d.familyPosition,
    illiterate: d.canRead === undefined ? undefined : !d.canRead,
  });
}

/** Members of a family: the RT household's residents when linked and on this phone, else those entered here. */
export async function effectiveMembers(db: KaderDb, family: FamilyRecord): Promise<EffectiveMember[]> {
  const own = await listMembers(db, family.id);
  const row = await linkedHousehold(db, family);
  if (!row) return own.map((m) => ({ memberId: m.id, personId: m.data.personId, data: m.data, fromRt: false }));
  const byPerson = new Map(own.filter((m) => m.data.personId).map((m) => [m.data.personId!, m]));
  const out: EffectiveMember[] = row.active.map(({ person }) => {
    const m = byPerson.get(person.id);
    return { memberId: m?.id, personId: person.id, data: { ...(m?.data ?? {}), ...identityFromRt(person) } as MemberData, fromRt: true };
  });
  // Members entered here without an RT person (not yet in the books) still count.
  for (const m of own) if (!m.data.personId) out.push({ memberId: m.id, data: m.data, fromRt: false });
  return out;
}

/**
 * Copies the RT identity into this module's member records, so a phone without the RT books (the
 * PKK coordinator's) still sees the members. Writes only what changed.
 */
export async function refreshLinkedMembers(db: KaderDb, family: FamilyRecord): Promise<number> {
  const row = await linkedHousehold(db, family);
  if (!row) return 0;
  const own = await listMembers(db, family.id);
  const byPerson = new Map(own.filter((m) => m.data.personId).map((m) => [m.data.personId!, m]));
  const ctx = await writeContext(db);
  let written = 0;
  await db.transaction('rw', [db.records, db.outbox, db.history], async () => {
    for (const { person } of row.active) {
      const m: MemberRecord | undefined = byPerson.get(person.id);
      const next = clean({ ...(m?.data ?? {}), ...identityFromRt(person), personId: person.id }) as MemberData;
      if (m && sameData(m.data, next)) continue;
      await saveRecord<MemberData>(db, { id: m?.id, kind: MEMBER, addr: family.addr, parent: family.id, data: next }, ctx);
      written++;
    }
  });
  return written;
}

/** Same data regardless of key order (stored records come back in schema order). */
function sameData(a: object, b: object): boolean {
  const norm = (o: object) => JSON.stringify(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));
  return norm(a) === norm(b);
}
