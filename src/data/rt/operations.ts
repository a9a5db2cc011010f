import type { KaderDb } from '../db';
import { InvalidRecordError, deleteRecord, getRecord, listRecords, saveRecord, type WriteContext } from '../records';
import type { HouseholdData, MutationData, MutationType, PersonData } from '../../domain/records/rt';
import { inBookTransaction } from './context';
import { latestOfChain, resolveEntries } from './entries';
import { personEventProblem, type TimelineEntry } from '../../domain/records/rt-dates';
import type { Household, MutationEntry, Person } from './books';

// Book operations of the RT head. Each runs in one transaction: a birth never exists without
// its person, an arriving household never without its members.

export async function saveHousehold(db: KaderDb, addr: string, data: HouseholdData, ctx: WriteContext, id?: string): Promise<Household> {
  return saveRecord(db, { id, kind: 'rt.household', addr, data }, ctx);
}

/**
 * Adds or edits a person in the buku induk (someone already living here: no mutation entry). A
 * person whose position in the family is "Kepala" becomes the head of their household's KK.
 */
export async function savePerson(
  db: KaderDb, addr: string, householdId: string | null, data: PersonData, ctx: WriteContext, id?: string,
): Promise<Person> {
  return inBookTransaction(db, async () => {
    const person = await saveRecord(db, { id, kind: 'rt.person', addr, parent: householdId, data }, ctx);
    if (data.familyPosition === 'kepala' && householdId) {
      const hh = await getRecord<HouseholdData>(db, householdId);
      if (hh?.kind === 'rt.household' && hh.data.headPersonId !== person.id) {
        await saveRecord(db, { id: hh.id, kind: 'rt.household', addr: hh.addr, parent: hh.parent, data: { ...hh.data, headPersonId: person.id } }, ctx);
      }
    }
    return person;
  });
}

/** The entries in force of every person of the RT, for the date-order rules. */
async function timelines(db: KaderDb, addr: string): Promise<Map<string, TimelineEntry[]>> {
  const out = new Map<string, TimelineEntry[]>();
  for (const e of resolveEntries(await listRecords<MutationData>(db, 'rt.mutation', addr)).effective) {
    const list = out.get(e.data.personId) ?? [];
    list.push({ id: e.entry.id, type: e.data.type, date: e.data.date });
    out.set(e.data.personId, list);
  }
  return out;
}

/**
 * The person's book in order (rt-dates.ts): nothing before the birth, nothing on or after a death,
 * no death before an entry already there. "Not after today" is the form's check, on the phone's
 * own day. The forms show the same rule at the field first; this keeps every other way in honest.
 */
function checkOrder(person: Person, inForce: TimelineEntry[] | undefined, ev: { type: MutationType; date: string; replaces?: string }) {
  const problem = personEventProblem({ name: person.data.name, birthDate: person.data.birthDate }, inForce ?? [], ev, '9999-12-31');
  if (problem) throw new InvalidRecordError(problem);
}

/** B2 identity columns copied from the person at the time of the event. */
function snapshot(p: PersonData): Pick<MutationData, 'name' | 'sex' | 'citizenship' | 'birthDate' | 'birthPlace'> {
  return { name: p.name, sex: p.sex, citizenship: p.citizenship, birthDate: p.birthDate, birthPlace: p.birthPlace };
}

interface EventInput { date: string; place?: string; cause?: string; notes?: string }

function entry(addr: string, person: Person, type: MutationType, ev: EventInput): { kind: string; addr: string; parent: string; data: MutationData } {
  const data: MutationData = {
    type, date: ev.date, personId: person.id, householdId: person.parent ?? '', ...snapshot(person.data),
    place: ev.place || undefined, cause: ev.cause || undefined, notes: ev.notes || undefined,
  };
  if (!data.householdId) throw new InvalidRecordError({ kind: 'rt.mutation', path: 'householdId', rule: 'required' });
  return { kind: 'rt.mutation', addr, parent: person.id, data };
}

/** Birth: the baby enters the household and the buku mutasi together. The event date is the birth date. */
export async function recordBirth(
  db: KaderDb, addr: string, householdId: string, baby: PersonData, ctx: WriteContext, ev: { place?: string; notes?: string } = {},
): Promise<{ person: Person; entry: MutationEntry }> {
  return inBookTransaction(db, async () => {
    const hh = await getRecord<HouseholdData>(db, householdId);
    if (!hh || hh.kind !== 'rt.household') throw new InvalidRecordError({ kind: 'rt.mutation', path: 'householdId', rule: 'unknown' });
    const person = await savePerson(db, addr, householdId, { residency: 'tetap', ...baby }, ctx);
    const e = await saveRecord(db, entry(addr, person, 'lahir', { date: baby.birthDate, place: ev.place ?? baby.birthPlace, notes: ev.notes }), ctx);
    return { person, entry: e };
  });
}

async function livePerson(db: KaderDb, id: string): Promise<Person> {
  const p = await getRecord<PersonData>(db, id);
  if (!p || p.kind !== 'rt.person') throw new InvalidRecordError({ kind: 'rt.mutation', path: 'personId', rule: 'unknown' });
  return p;
}

/** Death: closes the person's residence; the person record and its history stay. */
export async function recordDeath(db: KaderDb, addr: string, personId: string, ev: EventInput, ctx: WriteContext): Promise<MutationEntry> {
  return inBookTransaction(db, async () => {
    const person = await livePerson(db, personId);
    checkOrder(person, (await timelines(db, addr)).get(person.id), { type: 'mati', date: ev.date });
    return saveRecord(db, entry(addr, person, 'mati', ev), ctx);
  });
}

/** Departure of one or more people (a whole household leaving = all its members), same date and destination. */
export async function recordDeparture(db: KaderDb, addr: string, personIds: string[], ev: EventInput, ctx: WriteContext): Promise<MutationEntry[]> {
  if (!personIds.length) throw new InvalidRecordError({ kind: 'rt.mutation', path: 'personId', rule: 'nobody' });
  return inBookTransaction(db, async () => {
    const lines = await timelines(db, addr);
    const out: MutationEntry[] = [];
    for (const id of personIds) {
      const person = await livePerson(db, id);
      checkOrder(person, lines.get(id), { type: 'pindah', date: ev.date });
      out.push(await saveRecord(db, entry(addr, person, 'pindah', ev), ctx));
    }
    return out;
  });
}

export interface ArrivalInput extends EventInput {
  /** An existing household in the RT, or a new one that arrives whole. */
  household: { id: string } | { data: HouseholdData };
  /** New people, or people already in the books coming back (id of their person record). */
  people: ({ data: PersonData } | { personId: string })[];
}

/** Arrival: the household (if new), its people and one 'datang' entry each, all together. */
export async function recordArrival(
  db: KaderDb, addr: string, input: ArrivalInput, ctx: WriteContext,
): Promise<{ household: Household; people: Person[]; entries: MutationEntry[] }> {
  if (!input.people.length) throw new InvalidRecordError({ kind: 'rt.mutation', path: 'personId', rule: 'nobody' });
  return inBookTransaction(db, async () => {
    let household: Household | undefined;
    if ('id' in input.household) {
      household = await getRecord<HouseholdData>(db, input.household.id);
      if (!household || household.kind !== 'rt.household') throw new InvalidRecordError({ kind: 'rt.mutation', path: 'householdId', rule: 'unknown' });
    } else {
      household = await saveHousehold(db, addr, input.household.data, ctx);
    }
    const people: Person[] = [];
    const entries: MutationEntry[] = [];
    const lines = await timelines(db, addr);
    for (const p of input.people) {
      const person = 'data' in p
        ? await savePerson(db, addr, household.id, p.data, ctx)
        : await savePerson(db, addr, household.id, (await livePerson(db, p.personId)).data, ctx, p.personId);
      checkOrder(person, lines.get(person.id), { type: 'datang', date: input.date });
      people.push(person);
      entries.push(await saveRecord(db, entry(addr, person, 'datang', input), ctx));
    }
    return { household, people, entries };
  });
}

export type Correction =
  | { cancel: true; reason: string }
  | { cancel?: false; reason: string; changes: Partial<Pick<MutationData, 'date' | 'place' | 'cause' | 'notes' | 'type'>> };

/**
 * Corrects an entry by writing a new entry that replaces it (or cancels it); the original and the
 * month it was reported in stay as they were. A cancelled birth or arrival that was the only entry
 * of a person also removes that person from the register (a tombstone: the history stays).
 */
export async function correctEntry(db: KaderDb, addr: string, entryId: string, c: Correction, ctx: WriteContext): Promise<MutationEntry> {
  if (!c.reason.trim()) throw new InvalidRecordError({ kind: 'rt.mutation', path: 'reason', rule: 'required' });
  return inBookTransaction(db, async () => {
    const all = await listRecords<MutationData>(db, 'rt.mutation', addr);
    const target = latestOfChain(all, entryId);
    if (!target) throw new InvalidRecordError({ kind: 'rt.mutation', path: 'corrects', rule: 'unknown' });
    if (target.data.cancel) throw new InvalidRecordError({ kind: 'rt.mutation', path: 'corrects', rule: 'cancelled' });
    const base: MutationData = { ...target.data, cancel: undefined, reason: c.reason, corrects: target.id };
    const data: MutationData = c.cancel ? { ...base, cancel: true } : { ...base, ...c.changes };
    if (!c.cancel) {
      const inForce = resolveEntries(all).effective.filter((e) => e.data.personId === data.personId)
        .map((e) => ({ id: e.entry.id, type: e.data.type, date: e.data.date }));
      const problem = personEventProblem({ name: data.name, birthDate: data.birthDate }, inForce, { type: data.type, date: data.date, replaces: target.id }, '9999-12-31');
      if (problem) throw new InvalidRecordError(problem);
    }
    const saved = await saveRecord(db, { kind: 'rt.mutation', addr, parent: target.parent, data }, ctx);
    if (c.cancel && (target.data.type === 'lahir' || target.data.type === 'datang')) {
      const left = resolveEntries([...all, saved]).effective.filter((e) => e.data.personId === target.data.personId);
      // Nothing else in force: the person only ever existed through this entry.
      if (!left.length) await deleteRecord(db, target.data.personId, ctx);
    }
    return saved;
  });
}
