import type { IsoDate, Sex } from '../types';
import { ageYears, birthdayOf } from './age';
import { addMonthsToDate } from '../dates';
import { personKey, stayOn, type DesaPerson } from './people';
import { KARANG_TARUNA_MEMBERS } from './rules';

// Karang Taruna membership is stelsel pasif (Pasal 40 ayat (1)): every young person of the desa aged
// 13 to 45 is a member, with no list to keep. It is therefore read from the RT books for a chosen
// day: residents living in the desa that day (tetap and nonpermanen people of the buku induk; the
// B4 temporary-residents book is not counted), aged 13 on their 13th birthday until the day before
// their 46th.

export interface MemberRow {
  person: DesaPerson;
  age: number;
}

export interface MemberCounts {
  L: number;
  P: number;
  total: number;
}

export interface Membership {
  date: IsoDate;
  members: MemberRow[];
  byRt: { rt: string; counts: MemberCounts }[];
  total: MemberCounts;
}

export interface MembershipChange {
  person: DesaPerson;
  date: IsoDate;
  /** 'in': turns 13; 'out': turns 46. */
  kind: 'in' | 'out';
}

const { min, max } = KARANG_TARUNA_MEMBERS;

/** One record per human: someone who moved between two RTs of the desa is in both books. */
function residentsOn(people: readonly DesaPerson[], date: IsoDate): DesaPerson[] {
  const seen = new Set<string>();
  const out: DesaPerson[] = [];
  for (const p of people) {
    if (stayOn(p, date).state !== 'aktif') continue;
    const k = personKey(p);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out;
}

export function isMemberAge(birthDate: IsoDate, date: IsoDate): boolean {
  const a = ageYears(birthDate, date);
  return a >= min && a <= max;
}

/** Members on `date`, sorted by RT then name, with counts by RT and sex. */
export function karangTarunaMembership(people: readonly DesaPerson[], date: IsoDate): Membership {
  const members = residentsOn(people, date)
    .filter((p) => isMemberAge(p.birthDate, date))
    .map((person) => ({ person, age: ageYears(person.birthDate, date) }))
    .sort((a, b) => (a.person.rt < b.person.rt ? -1 : a.person.rt > b.person.rt ? 1 : a.person.name.localeCompare(b.person.name, 'id')));
  const byRt = new Map<string, MemberCounts>();
  const total: MemberCounts = { L: 0, P: 0, total: 0 };
  for (const m of members) {
    const c = byRt.get(m.person.rt) ?? { L: 0, P: 0, total: 0 };
    add(c, m.person.sex);
    add(total, m.person.sex);
    byRt.set(m.person.rt, c);
  }
  return { date, members, byRt: [...byRt].map(([rt, counts]) => ({ rt, counts })), total };
}

function add(c: MemberCounts, sex: Sex) {
  c[sex] += 1;
  c.total += 1;
}

/**
 * Residents who age in (turn 13) or out (turn 46) after `date`, up to `months` later: the list that
 * changes without anyone writing anything. Arrivals and departures show in the membership of the
 * later day itself.
 */
export function membershipChanges(people: readonly DesaPerson[], date: IsoDate, months: number): MembershipChange[] {
  const until = addMonthsToDate(date, months);
  const out: MembershipChange[] = [];
  for (const p of residentsOn(people, date)) {
    const joins = birthdayOf(p.birthDate, min);
    const leaves = birthdayOf(p.birthDate, max + 1);
    if (joins > date && joins <= until) out.push({ person: p, date: joins, kind: 'in' });
    if (leaves > date && leaves <= until) out.push({ person: p, date: leaves, kind: 'out' });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.person.name.localeCompare(b.person.name, 'id')));
}
