import type { KaderDb } from '../db';
import type { KindSpec, SyncRecord } from '../../domain/records';
import type { ilpKinds } from '../../domain/records/ilp';
import { ageStage } from '../../domain/ilp/stage';
import { dayNumber } from '../../domain/dates';
import { futureDate } from '../../domain/records/date-order';
import { deleteRecord, getRecord, InvalidRecordError, listChildren, listRecords, saveRecord } from '../records';
import { localToday, writeContext } from './context';
import type { MotherData, PregnantData } from './types';

// The Posyandu day for the life stages other than balita (ILP, issue 15): who is on the day's lists
// by stage, and one visit per person per day, as data/posyandu/day.ts does for a weighing.

type DataOf<K> = K extends KindSpec<infer D> ? D : never;
type Kinds = typeof ilpKinds;
export type PersonData = DataOf<Kinds['posyandu.person']>;
export type MaternalVisitData = DataOf<Kinds['posyandu.maternalVisit']>;
export type YouthVisitData = DataOf<Kinds['posyandu.youthVisit']>;
export type AdultVisitData = DataOf<Kinds['posyandu.adultVisit']>;
export type IlpVisitKind = 'posyandu.maternalVisit' | 'posyandu.youthVisit' | 'posyandu.adultVisit';
export type IlpVisitData = MaternalVisitData | YouthVisitData | AdultVisitData;
export type IlpVisit = SyncRecord<IlpVisitData>;
export type Person = SyncRecord<PersonData>;

/** The day page's groups: ibu (hamil, nifas, menyusui), usia sekolah/remaja, dewasa, lansia. */
export const ILP_GROUPS = ['ibu', 'remaja', 'dewasa', 'lansia'] as const;
export type IlpGroup = (typeof ILP_GROUPS)[number];
export type IlpSubjectKind = 'posyandu.pregnant' | 'posyandu.mother' | 'posyandu.person';

export interface IlpRegister {
  pregnant: SyncRecord<PregnantData>[];
  mothers: SyncRecord<MotherData>[];
  people: Person[];
  /** live visits of the three kinds by subject id, oldest first */
  visitsBySubject: Map<string, IlpVisit[]>;
}

/** One person on a day's list, with the visit kind their stage takes. */
export interface IlpSubject {
  id: string;
  addr: string;
  kind: IlpSubjectKind;
  group: IlpGroup;
  visitKind: IlpVisitKind;
  name: string;
  sex: 'L' | 'P';
  birthDate?: string;
  maternal?: 'hamil' | 'nifas' | 'menyusui';
  /** HPHT of a pregnancy */
  hpht?: string;
}

/** Nifas is 42 days (domain ILP_STAGES_2023); a breast-feeding mother stays listed to 24 months. */
const NIFAS_DAYS = 42;
const MENYUSUI_DAYS = 730;

const byDate = (a: IlpVisit, b: IlpVisit) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.id < b.id ? -1 : 1);

/** Reads the registers and visits of one Posyandu (its addr). */
export async function loadIlp(db: KaderDb, addr: string): Promise<IlpRegister> {
  const [pregnant, mothers, people, ...visits] = await Promise.all([
    listRecords<PregnantData>(db, 'posyandu.pregnant', addr),
    listRecords<MotherData>(db, 'posyandu.mother', addr),
    listRecords<PersonData>(db, 'posyandu.person', addr),
    listRecords<MaternalVisitData>(db, 'posyandu.maternalVisit', addr),
    listRecords<YouthVisitData>(db, 'posyandu.youthVisit', addr),
    listRecords<AdultVisitData>(db, 'posyandu.adultVisit', addr),
  ]);
  const visitsBySubject = new Map<string, IlpVisit[]>();
  for (const v of visits.flat() as IlpVisit[]) {
    const list = visitsBySubject.get(v.data.subjectId);
    if (list) list.push(v);
    else visitsBySubject.set(v.data.subjectId, [v]);
  }
  for (const list of visitsBySubject.values()) list.sort(byDate);
  const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name, 'id');
  return { pregnant: pregnant.sort(byName), mothers: mothers.sort(byName), people: people.sort(byName), visitsBySubject };
}

/** The group of a registered person on a date (balita and bayi are the weighing's, not listed here). */
export function personGroup(p: PersonData, date: string): IlpGroup | null {
  if (date < p.birthDate || (p.leftDate && p.leftDate <= date)) return null;
  const stage = ageStage(p.birthDate, date);
  if (stage === 'prasekolah' || stage === 'sekolahRemaja') return 'remaja';
  if (stage === 'dewasa' || stage === 'lansia') return stage;
  return null;
}

/** Everyone on the lists of `date`, by group, in name order. */
export function ilpSubjectsOn(reg: IlpRegister, date: string): IlpSubject[] {
  const out: IlpSubject[] = [];
  for (const r of reg.pregnant) {
    const d = r.data;
    if (d.status && d.status !== 'hamil') continue;
    if (d.outcomeDate && d.outcomeDate <= date) continue;
    if ((d.registeredOn && d.registeredOn > date) || (d.lastPeriod && d.lastPeriod > date)) continue;
    out.push({ id: r.id, addr: r.addr, kind: 'posyandu.pregnant', group: 'ibu', visitKind: 'posyandu.maternalVisit', name: d.name, sex: 'P', birthDate: d.birthDate, maternal: 'hamil', hpht: d.lastPeriod });
  }
  for (const r of reg.mothers) {
    const d = r.data;
    const days = dayNumber(date) - dayNumber(d.deliveryDate);
    if (days < 0) continue;
    const maternal = days <= NIFAS_DAYS ? 'nifas' : d.breastFeeding !== false && days <= MENYUSUI_DAYS ? 'menyusui' : null;
    if (!maternal) continue;
    out.push({ id: r.id, addr: r.addr, kind: 'posyandu.mother', group: 'ibu', visitKind: 'posyandu.maternalVisit', name: d.name, sex: 'P', maternal });
  }
  for (const r of reg.people) {
    const group = personGroup(r.data, date);
    if (!group) continue;
    out.push({
      id: r.id, addr: r.addr, kind: 'posyandu.person', group, visitKind: group === 'remaja' ? 'posyandu.youthVisit' : 'posyandu.adultVisit',
      name: r.data.name, sex: r.data.sex, birthDate: r.data.birthDate,
    });
  }
  return out;
}

/** The subject's live visits of one day (more than one only when two phones recorded it). */
export function ilpVisitsOn(reg: IlpRegister, subjectId: string, date: string): IlpVisit[] {
  return (reg.visitsBySubject.get(subjectId) ?? []).filter((v) => v.data.date === date);
}

/** A second visit of a person on one day: the day page opens the first to correct instead. */
export class AlreadyVisitedError extends InvalidRecordError {
  constructor(kind: IlpVisitKind, name: string, date: string, public readonly existing: IlpVisit[]) {
    super({ kind, path: 'date', rule: 'once', name, date });
  }
}

export interface SaveIlpVisitOptions {
  /** other rows of the same person and day this save settles (two phones): tombstoned with it */
  supersedes?: readonly string[];
  byName?: string;
}

/**
 * Saves one visit row of a person. Refused: a future date, a date before birth, a second row of
 * the same person and day (AlreadyVisitedError) unless it is a correction (`replaces`, the old
 * row tombstoned in the same transaction) or settles the day's rows (`supersedes`).
 */
export async function saveIlpVisit<D extends IlpVisitData>(
  db: KaderDb, subject: Pick<IlpSubject, 'id' | 'addr' | 'visitKind' | 'name' | 'birthDate'>, data: Omit<D, 'subjectId'>,
  today = localToday(), opts: SaveIlpVisitOptions = {},
): Promise<SyncRecord<D>> {
  const kind = subject.visitKind;
  const future = futureDate(kind, 'date', data.date, today);
  if (future) throw new InvalidRecordError(future);
  if (subject.birthDate && data.date < subject.birthDate) {
    throw new InvalidRecordError({ kind, path: 'date', rule: 'order.beforeBirth', name: subject.name, date: subject.birthDate });
  }
  const ctx = await writeContext(db, opts.byName ?? data.kaderName);
  const settled = [...new Set([...(data.replaces ? [data.replaces] : []), ...(opts.supersedes ?? [])])];
  return db.transaction('rw', [db.records, db.outbox, db.history], async () => {
    const sameDay = ((await listChildren<IlpVisitData>(db, kind, subject.id)) as IlpVisit[]).filter((v) => v.data.date === data.date);
    const others = sameDay.filter((v) => !settled.includes(v.id));
    if (others.length) throw new AlreadyVisitedError(kind, subject.name, data.date, others);
    const rec = await saveRecord(db, { kind, addr: subject.addr, parent: subject.id, data: { ...data, subjectId: subject.id } as D }, ctx);
    for (const id of settled) await deleteRecord(db, id, ctx);
    return rec;
  });
}

/** Registers (or edits) a person of the stages from usia sekolah to lansia at a Posyandu. */
export async function savePerson(db: KaderDb, unit: { addr: string }, data: PersonData, id?: string, byName?: string): Promise<Person> {
  if (data.registeredOn) {
    const future = futureDate('posyandu.person', 'registeredOn', data.registeredOn, localToday());
    if (future) throw new InvalidRecordError(future);
  }
  const prev = id ? await getRecord<PersonData>(db, id) : undefined;
  return (await saveRecord(db, { id, kind: 'posyandu.person', addr: prev?.addr ?? unit.addr, data }, await writeContext(db, byName))) as Person;
}

/** The register after a save, without reading it again: replaced/settled rows leave, the new row joins. */
export function withIlpVisit(reg: IlpRegister, visit: IlpVisit, removed: readonly string[] = []): IlpRegister {
  const visitsBySubject = new Map(reg.visitsBySubject);
  const gone = new Set([...removed, ...(visit.data.replaces ? [visit.data.replaces] : [])]);
  const list = (visitsBySubject.get(visit.data.subjectId) ?? []).filter((v) => !gone.has(v.id));
  visitsBySubject.set(visit.data.subjectId, [...list, visit].sort(byDate));
  return { ...reg, visitsBySubject };
}
