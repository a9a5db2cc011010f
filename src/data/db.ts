import Dexie, { type Table } from 'dexie';
import type { SyncRecord } from '../domain/records';

// Dexie turns its debug mode on when the page's address is localhost, and the Android app
// (Capacitor) is served from https://localhost. Debug mode captures a stack trace for every
// database promise; with the code cache V8 then re-parses each function on the stack for its
// source positions (~0.2 s of a throttled cold start, docs/cold-start.md). Kept in development.
// (import.meta.env is Vite's; scripts run by tsx have none and count as production.)
if (!import.meta.env?.DEV) Dexie.debug = false;

/** A local change waiting for the server's acknowledgement. */
export interface OutboxEntry {
  /** Local, increasing; the push sequence is derived from it. */
  seq?: number;
  recordId: string;
  /** The record as it was written, sent whole (records are small). */
  record: SyncRecord;
  /** Server version this edit was based on (0 for a new record). */
  baseVersion: number;
  createdAt: string;
  /** Who wrote it (the signed-in person or the day's recorder); stays on the phone (not indexed). */
  byName?: string;
}

/** Previous data of a record before each local edit: who changed what and when. */
export interface HistoryEntry {
  id?: number;
  recordId: string;
  kind: string;
  at: string;
  by: string;
  /** The person's name when the writer knew it (not indexed: no schema version needed). */
  byName?: string;
  before: unknown;
  after: unknown;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** A version that lost a conflict, kept so a user can look at it and restore it. */
export interface ConflictEntry {
  id: string;
  recordId: string;
  kind: string;
  losing: SyncRecord;
  winning: SyncRecord;
  at: string;
  resolved: boolean;
  /** Who wrote the losing version on this phone (the signed-in person), when known; not indexed. */
  losingByName?: string;
}

/** A change the server refused for good (out of scope, invalid); shown to the user. */
export interface RejectionEntry {
  id: string;
  recordId: string;
  kind: string;
  reason: string;
  record: SyncRecord;
  at: string;
}

/** Who made the other phone's edit, as the county knows the device (never a token). */
export interface NoticeDevice {
  deviceId: string;
  role: string;
  /** The scope label, e.g. 'Posyandu Mawar, Desa Prangat Selatan'. */
  label: string;
  /** The phone's name and its kader's name from its Settings, when the phone sent them. */
  deviceName: string | null;
  kaderName: string | null;
}

/**
 * Something sync did that the user should hear about in words, shown on the Sinkron tab until
 * dismissed: another phone's edit lost against this phone's version (the two kaders should
 * talk), or records this phone made that were moved into its area after the server refused them.
 */
export type NoticeEntry = {
  id: string;
  at: string;
  /** When the user dismissed it; absent while it is shown. */
  dismissedAt?: string;
} & (
  | {
      type: 'lostEdit';
      recordId: string;
      kind: string;
      /** What the other phone tried to write (null when it lies outside this phone's area). */
      loser: SyncRecord | null;
      by: NoticeDevice;
    }
  | {
      type: 'moved';
      /** Records moved and queued again. */
      count: number;
      /** The area they moved into (the enrolment's label). */
      scopeLabel: string;
      /** Local units (Posyandu, group) merged into the enrolled one: their names as typed. */
      mergedUnits: string[];
    }
);

/** A half-filled form, saved as the user types, so nothing is lost on reload or update. */
export interface DraftEntry {
  key: string;
  value: unknown;
  updatedAt: string;
}

export const DB_NAME = 'kader-desa';

declare const __E2E_NEXT_SCHEMA__: boolean | undefined;

/**
 * Schema versions. Policy (docs in src/data/README.md): a version is never edited once released;
 * a change adds a new version with an upgrade function that rewrites old rows so that every
 * earlier release's data opens without loss. tests/unit/data/migrations.test.ts opens a database
 * written by every earlier version and checks every row arrives.
 */
export class KaderDb extends Dexie {
  records!: Table<SyncRecord, string>;
  outbox!: Table<OutboxEntry, number>;
  history!: Table<HistoryEntry, number>;
  meta!: Table<MetaEntry, string>;
  conflicts!: Table<ConflictEntry, string>;
  rejections!: Table<RejectionEntry, string>;
  drafts!: Table<DraftEntry, string>;
  notices!: Table<NoticeEntry, string>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Release 0.1 (first): records without parent links, outbox, meta.
    this.version(1).stores({
      records: 'id, kind, [kind+addr]',
      outbox: '++seq, recordId',
      meta: 'key',
    });
    // Release 0.2: parent links for fast child lists, edit history, conflicts, rejections, drafts.
    this.version(2)
      .stores({
        records: 'id, kind, [kind+addr], [kind+parent]',
        outbox: '++seq, recordId',
        meta: 'key',
        history: '++id, recordId',
        conflicts: 'id, recordId, resolved',
        rejections: 'id, recordId',
        drafts: 'key',
      })
      .upgrade(async (tx) => {
        await tx
          .table('records')
          .toCollection()
          .modify((r: Partial<SyncRecord>) => {
            if (r.parent === undefined) r.parent = null;
            if (r.deleted === undefined) r.deleted = false;
            if (r.version === undefined) r.version = 0;
          });
      });
    // Release 0.3: sync notices (another phone's edit lost against ours; refused records moved into
    // the scope). The Posyandu visit columns cached in meta by 0.2 carry the pull cursor in their
    // stamp, which 0.3 no longer keeps (the pull keeps the columns current): drop them, they are
    // rebuilt from the records on first open.
    this.version(3)
      .stores({
        records: 'id, kind, [kind+addr], [kind+parent]',
        outbox: '++seq, recordId',
        meta: 'key',
        history: '++id, recordId',
        conflicts: 'id, recordId, resolved',
        rejections: 'id, recordId',
        drafts: 'key',
        notices: 'id, at',
      })
      .upgrade(async (tx) => {
        await tx.table('meta').where('key').startsWith('posyandu.visitColumns:').delete();
      });
    // The update e2e test's "next release" (issue 14 item 9): its second build declares one more
    // version, a new index over every record and an upgrade that reads them all, so the test sees a
    // phone's data typed in the previous build go through a real schema upgrade when the user
    // chooses to reload, with a weighing half typed. Never in a real build (vite.config.ts).
    if (typeof __E2E_NEXT_SCHEMA__ !== 'undefined' && __E2E_NEXT_SCHEMA__) {
      this.version(CURRENT_DB_VERSION + 1)
        .stores({ records: 'id, kind, [kind+addr], [kind+parent], updatedAt' })
        .upgrade(async (tx) => {
          await tx.table('meta').put({ key: 'e2e.nextSchema', value: { records: await tx.table('records').count() } });
        });
    }
  }
}

export const CURRENT_DB_VERSION = 3;
