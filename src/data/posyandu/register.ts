import type { KaderDb } from '../db';
import { listRecords, saveRecord, InvalidRecordError } from '../records';
import { writeContext } from './context';
import { loadGrowthVisits } from './snapshot';
import { loadActiveConfig } from '../config';
import type { KbmTable } from '../../domain/kms/kbm';
import type { Child, ChildData, Visit, VisitData } from './types';
import { listChildren } from '../records';

/** Every field of one child's visits (the child page: services, notes, who recorded). */
export async function childVisits(db: KaderDb, childId: string): Promise<Visit[]> {
  return ((await listChildren<VisitData>(db, 'posyandu.visit', childId)) as Visit[]).sort(byDateThenId);
}

/** The Posyandu's children and every visit, grouped by child and sorted by date (then entry order). */
export interface Register {
  addr: string;
  children: Child[];
  visitsByChild: Map<string, Visit[]>;
  /** The county's KBM table in force (config.kbm), else the built-in KMS 2010 table. */
  kbm?: KbmTable;
}

/** Oldest first; within a day the row entered later (larger ULID) comes later and wins the month. */
export function byDateThenId(a: Visit, b: Visit): number {
  return a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * One read of the children and one of the visits' growth fields (snapshot.ts): the day screen,
 * SKDN, strata and charts work from memory. Services and notes of a child's visits: childVisits().
 */
export async function loadRegister(db: KaderDb, addr: string): Promise<Register> {
  const [children, visits, config] = await Promise.all([
    listRecords<ChildData>(db, 'posyandu.child', addr) as Promise<Child[]>,
    loadGrowthVisits(db, addr),
    loadActiveConfig(db),
  ]);
  const visitsByChild = new Map<string, Visit[]>();
  for (const v of visits) {
    const list = visitsByChild.get(v.data.childId);
    if (list) list.push(v);
    else visitsByChild.set(v.data.childId, [v]);
  }
  for (const list of visitsByChild.values()) list.sort(byDateThenId);
  children.sort((a, b) => a.data.name.localeCompare(b.data.name, 'id'));
  return { addr, children, visitsByChild, kbm: config.kbm };
}

/** Lower case, no punctuation, single spaces: 'Siti  Aminah.' and 'siti aminah' are the same name. */
export function normalizeName(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Children already registered with the same name and birth date (data quality: no double entries). */
export function findDuplicates(children: Child[], name: string, birthDate: string, exceptId?: string): Child[] {
  const n = normalizeName(name);
  return children.filter((c) => c.id !== exceptId && c.data.birthDate === birthDate && normalizeName(c.data.name) === n);
}

/** Search by any part of the child's or parents' names; in memory, so instant with hundreds of children. */
export function searchChildren(children: Child[], query: string): Child[] {
  const q = normalizeName(query);
  if (!q) return children;
  const words = q.split(' ');
  return children.filter((c) => {
    const hay = normalizeName(`${c.data.name} ${c.data.motherName ?? ''} ${c.data.fatherName ?? ''}`);
    return words.every((w) => hay.includes(w));
  });
}

export class DuplicateChildError extends InvalidRecordError {
  constructor(public readonly existing: Child[]) {
    super('posyandu.child: duplicate');
  }
}

/**
 * Saves a child; a new child with the same name and birth date as one already registered is
 * refused unless `allowDuplicate` (twins with one name do not exist, a typo in one letter does).
 */
export async function saveChild(
  db: KaderDb,
  reg: Pick<Register, 'addr' | 'children'>,
  data: ChildData,
  opts: { id?: string; allowDuplicate?: boolean; byName?: string } = {},
): Promise<Child> {
  const dups = findDuplicates(reg.children, data.name, data.birthDate, opts.id);
  if (dups.length && !opts.allowDuplicate) throw new DuplicateChildError(dups);
  return (await saveRecord(db, { id: opts.id, kind: 'posyandu.child', addr: reg.addr, data }, await writeContext(db, opts.byName))) as Child;
}
