import type { KaderDb } from './db';
// By path, not through the records barrel: this module is on the first screen, the barrel's
// read models (rt-inputs, …) are not needed there.
import { checkData, kindSpec } from '../domain/records/registry';
import { addrProblem, covers } from '../domain/records/address';
import { formatIssue, parseIssue, type RecordIssue } from '../domain/records/issues';
import type { SyncRecord } from '../domain/records/envelope';
import { newId } from './ids';
import { signedIn } from './security/session';

/**
 * Thrown when data cannot be saved as it is: the schema of its kind refuses it, or a book rule
 * does (date order, an unknown household). `issue` says which field and rule, for the app's
 * words (src/app/i18n/issue-words.ts); `reason` is the same as machine text, for logs and tests.
 */
export class InvalidRecordError extends Error {
  readonly reason: string;
  readonly issue: RecordIssue | null;
  constructor(issue: RecordIssue | string) {
    const reason = typeof issue === 'string' ? issue : formatIssue(issue);
    super(reason);
    this.name = 'InvalidRecordError';
    this.reason = reason;
    this.issue = typeof issue === 'string' ? parseIssue(issue) : issue;
  }
}

export interface SaveInput<D> {
  id?: string;
  kind: string;
  addr: string;
  parent?: string | null;
  data: D;
}

export interface WriteContext {
  /** Device id (or 'local' before enrolment). */
  by: string;
  /** The person writing, when known (the kader on duty; later a phone profile): the history shows a name, not a device. */
  byName?: string;
  now?: () => Date;
}

/** The person named in the history: the one signed in with her PIN, else who the screen said. */
function writerName(ctx: WriteContext): { byName?: string } {
  const name = signedIn()?.name ?? ctx.byName;
  return name ? { byName: name } : {};
}

/**
 * Writes a record and its outbox entry (and the edit history) in one transaction: either the
 * change is saved and queued for sync, or nothing is written at all.
 */
export async function saveRecord<D>(db: KaderDb, input: SaveInput<D>, ctx: WriteContext): Promise<SyncRecord<D>> {
  const spec = kindSpec(input.kind);
  if (!spec) throw new InvalidRecordError({ kind: 'record', path: 'kind', rule: 'unknown' });
  // The server refuses an address that is not canonical (domain/records/address.ts); refusing it
  // here keeps such a change out of the queue, where it could only end as a rejection.
  const bad = addrProblem(input.addr, { local: true });
  // A program error, not the user's: the words say something general (no 'addr' field to name).
  if (bad) throw new InvalidRecordError(`${input.kind}.addr: ${bad}`);
  const checked = checkData(input.kind, input.data);
  if (!checked.ok) throw new InvalidRecordError(checked.issue);
  const at = (ctx.now?.() ?? new Date()).toISOString();
  const id = input.id ?? newId();
  return db.transaction('rw', [db.records, db.outbox, db.history], async () => {
    const prev = await db.records.get(id);
    if (prev && spec.mode === 'append' && !prev.deleted && prev.kind === input.kind) {
      // Append-only rows are corrected by a new row or a tombstone, never rewritten.
      throw new InvalidRecordError({ kind: input.kind, path: '', rule: 'appendOnly' });
    }
    const rec: SyncRecord<D> = {
      id,
      kind: input.kind,
      addr: input.addr,
      parent: input.parent ?? null,
      data: checked.data as D,
      deleted: false,
      version: prev?.version ?? 0,
      updatedAt: at,
      updatedBy: ctx.by,
    };
    await db.records.put(rec as SyncRecord);
    await db.outbox.add({ recordId: id, record: rec as SyncRecord, baseVersion: prev?.version ?? 0, createdAt: at, ...writerName(ctx) });
    if (prev) {
      await db.history.add({ recordId: id, kind: input.kind, at, by: ctx.by, ...writerName(ctx), before: prev.data, after: rec.data });
    }
    return rec;
  });
}

/** Marks a record deleted (a tombstone that syncs); its history stays. */
export async function deleteRecord(db: KaderDb, id: string, ctx: WriteContext): Promise<void> {
  const at = (ctx.now?.() ?? new Date()).toISOString();
  await db.transaction('rw', [db.records, db.outbox, db.history], async () => {
    const prev = await db.records.get(id);
    if (!prev || prev.deleted) return;
    const rec: SyncRecord = { ...prev, deleted: true, updatedAt: at, updatedBy: ctx.by };
    await db.records.put(rec);
    await db.outbox.add({ recordId: id, record: rec, baseVersion: prev.version, createdAt: at, ...writerName(ctx) });
    await db.history.add({ recordId: id, kind: prev.kind, at, by: ctx.by, ...writerName(ctx), before: prev.data, after: null });
  });
}

export async function getRecord<D = unknown>(db: KaderDb, id: string): Promise<SyncRecord<D> | undefined> {
  const r = await db.records.get(id);
  return r && !r.deleted ? (r as SyncRecord<D>) : undefined;
}

/**
 * Live records of one kind, optionally only those at or below an address (segment-wise:
 * 'posyandu:P1' never includes 'posyandu:P10').
 */
export async function listRecords<D = unknown>(db: KaderDb, kind: string, addrPrefix?: string): Promise<SyncRecord<D>[]> {
  const rows = addrPrefix
    ? await db.records
        .where('[kind+addr]')
        .between([kind, addrPrefix], [kind, addrPrefix + '\uffff'], true, true)
        .toArray()
    : await db.records.where('kind').equals(kind).toArray();
  return rows.filter((r) => !r.deleted && (!addrPrefix || covers(addrPrefix, r.addr))) as SyncRecord<D>[];
}

/** Live records of one kind hanging under `parent` (e.g. the visits of a child). */
export async function listChildren<D = unknown>(db: KaderDb, kind: string, parent: string): Promise<SyncRecord<D>[]> {
  const rows = await db.records.where('[kind+parent]').equals([kind, parent]).toArray();
  return rows.filter((r) => !r.deleted) as SyncRecord<D>[];
}

export async function historyOf(db: KaderDb, recordId: string) {
  return db.history.where('recordId').equals(recordId).sortBy('id');
}
