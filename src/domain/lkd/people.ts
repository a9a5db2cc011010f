import type { IsoDate, Sex } from '../types';

// The people of a desa as the LKD rules read them from the RT books: who they are, and where they
// live on a given day. The phone (src/data/lkd) and the county (src/server/reports/lkd*) build the
// same `DesaPerson` list from rt.person and the buku mutasi entries in force, so both judge a board
// member the same way. Nothing here is typed twice: a board member linked to the RT books takes age
// and residence from there.

export type EntryType = 'lahir' | 'mati' | 'datang' | 'pindah';

export interface DesaPerson {
  /** rt.person id */
  id: string;
  /** RT number ('001') of the book the person is in. */
  rt: string;
  name: string;
  nik?: string;
  sex: Sex;
  birthDate: IsoDate;
  citizenship: 'WNI' | 'WNA';
  /** RT books education code ('slta', 's1_d4', …). */
  education?: string;
  canRead?: boolean;
  /** The person's buku mutasi entries in force, in date order. */
  entries: { type: EntryType; date: IsoDate }[];
}

/** 'aktif': living in the RT on that day; 'belum': born or arrived later. */
export type StayState = 'aktif' | 'belum' | 'mati' | 'pindah';

/**
 * Where a person of one RT book stands on `date`. Someone whose first entry is not a birth or an
 * arrival lived there when the book was opened (the RT module's rule); the last entry on or before
 * the day decides.
 */
export function stayOn(p: Pick<DesaPerson, 'entries'>, date: IsoDate): { state: StayState; since?: IsoDate } {
  const first = p.entries[0];
  let state: StayState = first && (first.type === 'lahir' || first.type === 'datang') ? 'belum' : 'aktif';
  let since: IsoDate | undefined;
  for (const e of p.entries) {
    if (e.date > date) break;
    state = e.type === 'lahir' || e.type === 'datang' ? 'aktif' : e.type;
    since = e.date;
  }
  return { state, since };
}

/** Identity across books and boards: NIK when known, else the name and birth date. */
export function personKey(p: { nik?: string; name: string; birthDate?: IsoDate }): string {
  if (p.nik) return `nik:${p.nik}`;
  const name = p.name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return p.birthDate ? `nb:${name}|${p.birthDate}` : `n:${name}`;
}

/**
 * Residence on a day. known:false when the person is in none of the RT books this device or the
 * county holds (typed by hand): the app cannot tell, and says so.
 */
export type Residence =
  | { known: false }
  | { known: true; /** RT where the person lives that day, or null */ rt: string | null; died?: IsoDate; left?: IsoDate };

/** A board member as the rules see them on one day. */
export interface SeatPerson {
  key: string;
  name: string;
  /** Found in the RT books (linked, or typed and matched by NIK / name and birth date). */
  inBooks: boolean;
  birthDate?: IsoDate;
  sex?: Sex;
  citizenship?: 'WNI' | 'WNA';
  education?: string;
  canRead?: boolean;
  residence: Residence;
}

/** What a board seat says about its person: a link to the RT books and/or what was typed. */
export interface PersonRef {
  personId?: string;
  name: string;
  nik?: string;
  birthDate?: IsoDate;
  sex?: Sex;
}

export class PeopleIndex {
  private byId = new Map<string, DesaPerson>();
  private byKey = new Map<string, DesaPerson[]>();

  constructor(readonly people: readonly DesaPerson[]) {
    for (const p of people) {
      this.byId.set(p.id, p);
      for (const k of keysOf(p)) {
        const list = this.byKey.get(k);
        if (list) list.push(p);
        else this.byKey.set(k, [p]);
      }
    }
  }

  get(id: string): DesaPerson | undefined {
    return this.byId.get(id);
  }

  /** The book records of one human: the linked one, and others with the same NIK or name + birth date (moved RT). */
  recordsOf(ref: PersonRef): DesaPerson[] {
    const linked = ref.personId ? this.byId.get(ref.personId) : undefined;
    const keys = linked ? keysOf(linked) : keysOf({ nik: ref.nik, name: ref.name, birthDate: ref.birthDate });
    const out = new Set<DesaPerson>(linked ? [linked] : []);
    for (const k of keys) if (!k.startsWith('n:')) for (const p of this.byKey.get(k) ?? []) out.add(p);
    return [...out];
  }

  /** The board member on `date`, from the RT books where the person is there, else as typed. */
  seatPerson(ref: PersonRef, date: IsoDate): SeatPerson {
    const records = this.recordsOf(ref);
    const linked = (ref.personId && this.byId.get(ref.personId)) || records[0];
    if (!linked) {
      return { key: personKey(ref), name: ref.name, inBooks: false, birthDate: ref.birthDate, sex: ref.sex, residence: { known: false } };
    }
    const living = records.find((p) => stayOn(p, date).state === 'aktif');
    const own = stayOn(linked, date);
    const died = records.map((p) => stayOn(p, date)).find((s) => s.state === 'mati');
    const residence: Residence = living
      ? { known: true, rt: living.rt }
      : { known: true, rt: null, ...(died ? { died: died.since } : own.state === 'pindah' ? { left: own.since } : {}) };
    return {
      key: personKey(linked),
      name: linked.name,
      inBooks: true,
      birthDate: linked.birthDate,
      sex: linked.sex,
      citizenship: linked.citizenship,
      education: linked.education,
      canRead: linked.canRead,
      residence,
    };
  }
}

function keysOf(p: { nik?: string; name: string; birthDate?: IsoDate }): string[] {
  const keys = [personKey({ name: p.name, birthDate: p.birthDate })];
  if (p.nik) keys.unshift(personKey(p));
  return keys;
}
