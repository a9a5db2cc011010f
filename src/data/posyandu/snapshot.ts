import type { KaderDb } from '../db';
import { listRecords } from '../records';
import { getEnrolment } from '../device';
import { covers, type SyncRecord } from '../../domain/records';
import type { Visit, VisitData } from './types';

// Reading 18,000 visit records (300 children × 5 years) costs ~1.7 s on a slow phone: IndexedDB
// deserialises every record. The day screen only needs each visit's growth fields, so we keep them
// as one columnar row in db.meta and read that instead. The row carries a stamp — the newest visit
// id under the address and the enrolment scope — and is rebuilt from the records whenever the
// stamp differs: an enrolment re-addressing or a visit written by other code change it. Our own
// writes (saveVisit, corrections) and the visits a sync pull brings (mergePulledVisits, called by
// src/data/remote.ts in the pull's transaction) update the row in the same transaction as the
// records, so the first open after a pull reads the columns instead of every record.

export type GrowthVisitData = Pick<VisitData, 'childId' | 'date' | 'weightKg' | 'lengthCm' | 'position' | 'implausibleConfirmed' | 'headCm' | 'muacCm'> & {
  /** only what the day's work list needs: antigens given, vitamin A capsule, referral */
  services?: Pick<NonNullable<VisitData['services']>, 'immunisations' | 'vitaminA' | 'referral'>;
};

/**
 * The columns' layout: a row of another layout is rebuilt (2 added the work list's services, 3 head
 * circumference and LiLA for their charts, the month's CSV and the work list's LiLA referral).
 */
const FORMAT = 3;

interface Stamp { lastId: string; scope: string; format: number }
interface Columns {
  stamp: Stamp;
  ids: string;
  childIds: string;
  dates: string;
  weights: Float64Array;
  lengths: Float64Array;
  /** head circumference and LiLA, cm (NaN when not measured) */
  heads: Float64Array;
  muacs: Float64Array;
  /**
   * 0 none, 1 lying, 2 standing; +4 when an implausible value was confirmed; +8 blue, +16 red
   * vitamin A capsule; +32 referral
   */
  flags: Uint8Array;
  /** antigens given at each visit, comma-separated; '' when no visit has any (the usual case) */
  imms: string;
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
  const [last, enrolment] = await Promise.all([visitRange(db, addr).reverse().limit(1).primaryKeys(), getEnrolment(db)]);
  return { lastId: String(last[0] ?? ''), scope: enrolment?.scope.prefix ?? '', format: FORMAT };
}

// Rows of an earlier layout (stamped with the pull cursor, or without services) carry no or another
// format: they are rebuilt once.
const sameStamp = (a: Stamp, b: Stamp) => a.lastId === b.lastId && a.scope === b.scope && a.format === FORMAT && b.format === FORMAT;

function toColumns(stamp: Stamp, visits: readonly { id: string; data: GrowthVisitData }[]): Columns {
  const n = visits.length;
  const weights = new Float64Array(n);
  const lengths = new Float64Array(n);
  const heads = new Float64Array(n);
  const muacs = new Float64Array(n);
  const flags = new Uint8Array(n);
  visits.forEach((v, i) => {
    weights[i] = v.data.weightKg ?? NaN;
    lengths[i] = v.data.lengthCm ?? NaN;
    heads[i] = v.data.headCm ?? NaN;
    muacs[i] = v.data.muacCm ?? NaN;
    const svc = v.data.services;
    flags[i] = (v.data.position === 'lying' ? 1 : v.data.position === 'standing' ? 2 : 0) + (v.data.implausibleConfirmed ? 4 : 0)
      + (svc?.vitaminA === 'biru' ? 8 : svc?.vitaminA === 'merah' ? 16 : 0) + (svc?.referral ? 32 : 0);
  });
  return {
    stamp,
    ids: visits.map((v) => v.id).join(SEP),
    childIds: visits.map((v) => v.data.childId).join(SEP),
    dates: visits.map((v) => v.data.date).join(SEP),
    weights, lengths, heads, muacs, flags,
    imms: joinImms(visits.map((v) => immsOf(v.data))),
  };
}

/** One entry per visit, or '' for a column with no antigen at all (no 18,000-entry split on open). */
const joinImms = (xs: string[]) => (xs.some(Boolean) ? xs.join(SEP) : '');

const immsOf = (d: GrowthVisitData) => d.services?.immunisations?.join(',') ?? '';

function fromColumns(c: Columns, addr: string): Visit[] {
  if (!c.ids) return [];
  const ids = c.ids.split(SEP);
  const childIds = c.childIds.split(SEP);
  const dates = c.dates.split(SEP);
  const imms = c.imms ? c.imms.split(SEP) : [];
  const out: Visit[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const data: VisitData = { childId: childIds[i], date: dates[i] };
    if (!Number.isNaN(c.weights[i])) data.weightKg = c.weights[i];
    if (!Number.isNaN(c.lengths[i])) data.lengthCm = c.lengths[i];
    if (!Number.isNaN(c.heads[i])) data.headCm = c.heads[i];
    if (!Number.isNaN(c.muacs[i])) data.muacCm = c.muacs[i];
    const f = c.flags[i];
    if ((f & 3) === 1) data.position = 'lying';
    else if ((f & 3) === 2) data.position = 'standing';
    if (f & 4) data.implausibleConfirmed = true;
    if (f & 56 || imms[i]) {
      const svc: NonNullable<VisitData['services']> = {};
      if (imms[i]) svc.immunisations = imms[i].split(',') as NonNullable<typeof svc.immunisations>;
      if (f & 8) svc.vitaminA = 'biru';
      else if (f & 16) svc.vitaminA = 'merah';
      if (f & 32) svc.referral = true;
      data.services = svc;
    }
    // Growth fields and the work list's services only: screens that need every service, notes or
    // the kader read the child's full visits.
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
 * Keeps the columns current after our own write of `added` (and tombstones of `removed`); call
 * inside the transaction of that write. Columns that were already stale are left to be rebuilt.
 */
export async function updateGrowthVisits(db: KaderDb, addr: string, added: Visit, removed: readonly string[] = []): Promise<void> {
  const row = await db.meta.get(key(addr));
  const cols = row?.value as Columns | undefined;
  if (!cols) return;
  const stamp = await stampOf(db, addr);
  if (stamp.lastId !== added.id || !sameStamp(cols.stamp, { ...stamp, lastId: cols.stamp.lastId })) {
    await db.meta.delete(key(addr));
    return;
  }
  const gone = new Set(removed);
  const visits = fromColumns(cols, addr).filter((v) => !gone.has(v.id));
  visits.push(added);
  await db.meta.put({ key: key(addr), value: toColumns(stamp, visits) });
}

const COLUMNS_PREFIX = 'posyandu.visitColumns:';

/**
 * Writes visits a sync pull brought (`write` puts `records`; call inside the pull's transaction,
 * which includes db.meta) and keeps the columns current with them: each address with current
 * columns gets the new visits appended, changed ones replaced and tombstones removed, without
 * reading any record. An address without columns that held no visit before gets them from the
 * page (a first sync), so the first open after a pull reads columns too. Columns that were
 * already stale are dropped and rebuilt on first open, as in updateGrowthVisits.
 */
export async function mergePulledVisits(db: KaderDb, records: readonly SyncRecord[], write: () => Promise<unknown>): Promise<void> {
  const visits = records.filter((r) => r.kind === 'posyandu.visit') as Visit[];
  if (!visits.length) {
    await write();
    return;
  }
  const rows = await db.meta.where('key').startsWith(COLUMNS_PREFIX).toArray();
  const targets = new Map<string, Columns | null>();
  for (const r of rows) {
    const addr = r.key.slice(COLUMNS_PREFIX.length);
    if (!visits.some((v) => covers(addr, v.addr))) continue;
    const cols = r.value as Columns;
    targets.set(addr, sameStamp(cols.stamp, await stampOf(db, addr)) ? cols : null);
  }
  for (const addr of new Set(visits.map((v) => v.addr))) {
    if ([...targets.keys()].some((a) => covers(a, addr))) continue;
    const before = await visitRange(db, addr).limit(1).primaryKeys();
    if (before.length === 0) targets.set(addr, toColumns({ lastId: '', scope: '', format: FORMAT }, []));
  }
  await write();
  for (const [addr, cols] of targets) {
    if (!cols) await db.meta.delete(key(addr));
    else await db.meta.put({ key: key(addr), value: mergeColumns(cols, await stampOf(db, addr), visits.filter((v) => covers(addr, v.addr))) });
  }
}

/** The columns with `changes` applied by id (new ones appended, tombstones removed). */
function mergeColumns(c: Columns, stamp: Stamp, changes: readonly Visit[]): Columns {
  const ids = c.ids ? c.ids.split(SEP) : [];
  const childIds = c.childIds ? c.childIds.split(SEP) : [];
  const dates = c.dates ? c.dates.split(SEP) : [];
  const weights = Array.from(c.weights);
  const lengths = Array.from(c.lengths);
  const heads = Array.from(c.heads);
  const muacs = Array.from(c.muacs);
  const flags = Array.from(c.flags);
  const imms = c.imms ? c.imms.split(SEP) : ids.map(() => '');
  const at = new Map(ids.map((id, i) => [id, i]));
  const removed = new Set<number>();
  for (const v of changes) {
    const i = at.get(v.id);
    if (v.deleted) {
      if (i !== undefined) removed.add(i);
      continue;
    }
    const row = toColumns(stamp, [v]);
    const j = i ?? ids.length;
    if (i === undefined) at.set(v.id, j);
    else removed.delete(i);
    ids[j] = v.id;
    childIds[j] = v.data.childId;
    dates[j] = v.data.date;
    weights[j] = row.weights[0];
    lengths[j] = row.lengths[0];
    heads[j] = row.heads[0];
    muacs[j] = row.muacs[0];
    flags[j] = row.flags[0];
    imms[j] = row.imms;
  }
  const keep = (_: unknown, i: number) => !removed.has(i);
  return {
    stamp,
    ids: ids.filter(keep).join(SEP),
    childIds: childIds.filter(keep).join(SEP),
    dates: dates.filter(keep).join(SEP),
    weights: Float64Array.from(weights.filter(keep)),
    lengths: Float64Array.from(lengths.filter(keep)),
    heads: Float64Array.from(heads.filter(keep)),
    muacs: Float64Array.from(muacs.filter(keep)),
    flags: Uint8Array.from(flags.filter(keep)),
    imms: joinImms(imms.filter(keep)),
  };
}
