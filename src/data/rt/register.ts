import type { Household, Person, RtBooks } from './books';
import { residences, resolveEntries, type EffectiveEntry, type Residence } from './entries';

/** One line of the buku induk as screens show it: the person, their household and where they stand. */
export interface RegisterRow {
  person: Person;
  household: Household | undefined;
  residence: Residence;
  /** Lower-case name, NIK and No. KK joined: what the search box matches. */
  key: string;
}

export interface HouseholdRow {
  household: Household;
  members: RegisterRow[];
  /** Members still living here. */
  active: RegisterRow[];
  head: Person | undefined;
  key: string;
}

/** The register read model, built once per load of the books and filtered in memory. */
export interface Register {
  rows: RegisterRow[];
  households: HouseholdRow[];
  effective: EffectiveEntry[];
  cancelled: EffectiveEntry[];
  byPerson: Map<string, RegisterRow>;
}

export function buildRegister(books: RtBooks): Register {
  const { effective, cancelled } = resolveEntries(books.mutations);
  const res = residences(books.persons, effective);
  const hhById = new Map(books.households.map((h) => [h.id, h]));
  const rows: RegisterRow[] = books.persons.map((person) => {
    const household = person.parent ? hhById.get(person.parent) : undefined;
    const key = `${person.data.name} ${person.data.nik ?? ''} ${household?.data.noKk ?? ''}`.toLowerCase();
    return { person, household, residence: res.get(person.id)!, key };
  });
  rows.sort((a, b) => a.person.data.name.localeCompare(b.person.data.name, 'id'));
  const byPerson = new Map(rows.map((r) => [r.person.id, r]));
  const membersOf = new Map<string, RegisterRow[]>();
  for (const r of rows) {
    if (!r.household) continue;
    const list = membersOf.get(r.household.id);
    if (list) list.push(r);
    else membersOf.set(r.household.id, [r]);
  }
  const households = books.households.map((household) => {
    const members = membersOf.get(household.id) ?? [];
    const head = household.data.headPersonId ? byPerson.get(household.data.headPersonId)?.person : undefined;
    const key = `${head?.data.name ?? ''} ${household.data.noKk ?? ''} ${household.data.address} ${members.map((m) => m.key).join(' ')}`.toLowerCase();
    return { household, members, active: members.filter((m) => m.residence.state === 'aktif'), head, key };
  });
  households.sort((a, b) => (a.head?.data.name ?? a.household.data.address).localeCompare(b.head?.data.name ?? b.household.data.address, 'id'));
  return { rows, households, effective, cancelled, byPerson };
}

function words(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** People whose name, NIK or No. KK contain every word typed; the active register unless `all`. */
export function searchPeople(reg: Register, query: string, opts: { all?: boolean } = {}): RegisterRow[] {
  const ws = words(query);
  return reg.rows.filter((r) => (opts.all || r.residence.state === 'aktif') && ws.every((w) => r.key.includes(w)));
}

/** Households whose head, No. KK, address or any member match every word typed. */
export function searchHouseholds(reg: Register, query: string): HouseholdRow[] {
  const ws = words(query);
  return reg.households.filter((h) => ws.every((w) => h.key.includes(w)));
}
