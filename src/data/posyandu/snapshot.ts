import type { KaderDb } from '../db';
import { listRecords } from '../records';
import { getEnrolment } from '../../sync/enrolment';
import { getSyncState } from '../../sync/sync-state';
import type { Visit, VisitData } from './types';

// Reading 18,000 visit records (300 children × 5 years) costs ~1.7 s on a slow phone: IndexedDB
// deserialises every record. The day screen only needs each visit's growth fields, so we keep them
// as one columnar row in db.meta and read that instead. The row carries a stamp — the newest visit
// id under the address, the sync pull cursor and the enrolment scope — and is rebuilt from the
// records whenever the stamp differs: a pull, an enrolment re-addressing or a visit written by
// other code all change it. Our own writes
// (saveVisit, corrections) update the row in the same transaction as the record.

export type GrowthVisitData = Pick<VisitData, 'childId' | 'date' | 'weightKg' | 'lengthCm' | 'position' | 'implausibleConfirmed'>;

interface Stamp { lastId: string; cursor: string; scope: string }
interface Columns {
  stamp: Stamp;
  ids: string;
  childIds: string;
  dates: string;
  weights: Float64Array;
  lengths: Float64Array;
  /** 0 none, 1 lying, 2 standing; +4 when an implausible value was confirmed */
  flags: Uint8Array;
}

const key = (addr: string) => `posyandu.visitColumns:${addr}`;
const SEP = '\n';

function visitRange(db: KaderDb, addr: string) {
  return db.records.where('[kind+addr]').between(['posyandu.visit', addr], ['posyandu.visit', addr + '\uffff'], true, true);
}

/**
 * Counting 18,000 index entries costs as much as reading them, so the stamp uses the newest visit
 * id instead: index entries with one key are ordered by primary key, and a visit written on this
 * phone gets a new ULID, larger than every earlier one. Visits made elsewhere arrive by pull, which
 * moves the cursor.
 */
async function stampOf(db: KaderDb, addr: string): Promise<Stamp> {
  const [last, sync, enrolment] = await Promise.all([visitRange(db, addr).reverse().limit(1).primaryKeys(), getSyncState(db), getEnrolment(db)]);
  return { lastId: String(last[0] ?? ''), cursor: sync.cursor, scope: enrolment?.scope.prefix ?? '' };
}

const sameStamp = (a: Stamp, b: Stamp) => a.lastId === b.lastId && a.cursor === b.cursor && a.scope === b.scope;

function toColumns(stamp: Stamp, visits: readonly { id: string; data: GrowthVisitData }[]): Columns {
  const n = visits.length;
  const weights = new Float64Array(n);
  const lengths = new Float64Array(n);
  const flags = new Uint8Array(n);
  visits.forEach((v, i) => {
    weights[i] = v.data.weightKg ?? NaN;
    lengths[i] = v.data.lengthCm ?? NaN;
    flags[i] = (v.data.position === 'lying' ? 1 : v.data.position === 'standing' ? 2 : 0) + (v.data.implausibleConfirmed ? 4 : 0);
  });
  return {
    stamp,
    ids: visits.map((v) => v.id).join(SEP),
    childIds: visits.map((v) => v.data.childId).join(SEP),
    dates: visits.map((v) => v.data.date).join(SEP),
    weights, lengths, flags,
  };
}

function fromColumns(c: Columns, addr: string): Visit[] {
  if (!c.ids) return [];
  const ids = c.ids.split(SEP);
  const childIds = c.childIds.split(SEP);
  const dates = c.dates.split(SEP);
  const out: Visit[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const data: VisitData = { childId: childIds[i], date: dates[i] };
    if (!Number.isNaN(c.weights[i])) data.weightKg = c.weights[i];
    if (!Number.isNaN(c.lengths[i])) data.lengthCm = c.lengths[i];
    const f = c.flags[i];
    if ((f & 3) === 1) data.position = 'lying';
    else if ((f & 3) === 2) data.position = 'standing';
    if (f & 4) data.implausibleConfirmed = true;
    // Growth fields only: screens that need services or notes read the child's full visits.
    out[i] = { id: ids[i], kind: 'posyandu.visit', addr, parent: childIds[i], data, deleted: false, version: 0, updatedAt: '', updatedBy: '' };
  }
  return out;
}

/** Live visits under `addr` with their growth fields, from the columns when they are current. */
export async function loadGrowthVisits(db: KaderDb, addr: string): Promise<Visit[]> {
  const [stamp, row] = await Promise.all([stampOf(db, addr), db.meta.get(key(addr))]);
  const cols = row?.value as Columns | undefined;
  if (cols && sameStamp(cols.stamp, stamp)) return fromColumns(cols, addr);
  const visits = (await listRecords<VisitData>(db, 'posyandu.visit', addr)) as Visit[];
  await db.meta.put({ key: key(addr), value: toColumns(stamp, visits) });
  return visits;
}

/**
 * Keeps the columns current after our own write of `added` (and tombstone of `removed`); call
 * inside the transaction of that write. Columns that were already stale are left to be rebuilt.
 */
export async function updateGrowthVisits(db: KaderDb, addr: string, added: Visit, removed?: string): Promise<void> {
  const row = await db.meta.get(key(addr));
  const cols = row?.value as Columns | undefined;
  if (!cols) return;
  const stamp = await stampOf(db, addr);
  if (stamp.lastId !== added.id || stamp.cursor !== cols.stamp.cursor || stamp.scope !== cols.stamp.scope) {
    await db.meta.delete(key(addr));
    return;
  }
  const visits = fromColumns(cols, addr).filter((v) => v.id !== removed);
  visits.push(added);
  await db.meta.put({ key: key(addr), value: toColumns(stamp, visits) });
}
