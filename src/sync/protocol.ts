import * as v from 'valibot';
import { envelopeSchema, type SyncRecord } from '../domain/records';
import type { Role, Scope } from '../domain/records/scope';

// The wire protocol between phones and the county endpoint. Shared by the client sync engine
// and the server so both validate the same shapes. Documented in docs/sync-protocol.md.

// Roles and scopes are domain types (the phone's data layer keeps the enrolment too).
export { ROLES, type Role, type Scope } from '../domain/records/scope';

export const API = {
  health: '/api/health',
  enroll: '/api/v1/enroll',
  push: '/api/v1/sync/push',
  pull: '/api/v1/sync/pull',
} as const;

/** Largest request body the server accepts (413 above it). A push batch is well below it. */
export const MAX_BODY_BYTES = 1_000_000;
export const MAX_PUSH_CHANGES = 500;
export const MAX_PULL_LIMIT = 2000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const enrollRequestSchema = v.object({
  code: v.pipe(v.string(), v.minLength(4), v.maxLength(64)),
  deviceName: v.optional(text(80)),
  appVersion: v.optional(text(40)),
});
export type EnrollRequest = v.InferOutput<typeof enrollRequestSchema>;

export interface EnrollResponse {
  deviceId: string;
  token: string;
  role: Role;
  scope: Scope;
}

export const pushChangeSchema = v.object({
  /** Per-device increasing sequence: the server applies each seq once. */
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  baseVersion: v.pipe(v.number(), v.integer(), v.minValue(0)),
  record: envelopeSchema,
});
export type PushChange = { seq: number; baseVersion: number; record: SyncRecord };

export const clientInfoSchema = v.object({
  appVersion: v.optional(text(40)),
  /** Records waiting in the outbox when this request was made (shown to county staff). */
  pending: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Version of the county configuration the phone uses. */
  configVersion: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /**
   * The phone's name and its kader's name from its Settings (added in release 0.3; optional):
   * county staff see them, and so does a phone whose version won a conflict against this one's.
   */
  deviceName: v.optional(text(80)),
  kaderName: v.optional(text(80)),
});

export const pushRequestSchema = v.object({
  changes: v.pipe(v.array(pushChangeSchema), v.maxLength(MAX_PUSH_CHANGES)),
  client: v.optional(clientInfoSchema),
});
export type PushRequest = { changes: PushChange[]; client?: v.InferOutput<typeof clientInfoSchema> };

export type PushStatus = 'applied' | 'duplicate' | 'conflict' | 'rejected';

export interface PushResult {
  seq: number;
  recordId: string;
  status: PushStatus;
  /** Server version of the record after this change (applied/duplicate) or the winner's (conflict). */
  version?: number;
  /** Machine-readable reason for 'rejected' (e.g. 'scope', 'invalid: posyandu.child.sex: …'). */
  reason?: string;
  /** For 'conflict': the version the server kept. */
  winner?: SyncRecord;
}

export interface PushResponse {
  results: PushResult[];
  /** Highest seq of this device the server has applied (after this batch). */
  lastAppliedSeq: number;
  /** Release 0.4 (issue 17): the county revoked this device; this was its final push, it may wipe itself. */
  revoked?: boolean;
}

export const pullRequestSchema = v.object({
  /** Global change sequence as a decimal string ('0' for everything). */
  cursor: v.pipe(v.string(), v.regex(/^\d{1,20}$/)),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PULL_LIMIT))),
  client: v.optional(clientInfoSchema),
  /**
   * Added in release 0.3: "tell me about other devices' edits that lost against mine, after this
   * conflict number" ('0' the first time). Without it (earlier releases) the answer has none.
   */
  lostAfter: v.optional(v.pipe(v.string(), v.regex(/^\d{1,20}$/))),
});
export type PullRequest = v.InferOutput<typeof pullRequestSchema>;

/** Another device in (or below) the caller's scope, e.g. a dasawisma coordinator's phone. */
export interface PeerDevice {
  deviceId: string;
  role: Role;
  label: string;
  lastSyncAt: string | null;
}

/** A device as another phone sees it in a notice: what the county knows of it, never a token. */
export interface DeviceRef {
  deviceId: string;
  role: string;
  /** Its scope label, e.g. 'Posyandu Mawar, Desa Prangat Selatan'. */
  label: string;
  deviceName: string | null;
  kaderName: string | null;
}

/**
 * Another device's edit of a shared record that lost against this device's version (the server
 * keeps the version that reached it first). The loser sees both versions in its conflicts; this
 * tells the winner, so the two kaders can talk about which is right.
 */
export interface LostEdit {
  /** The server's conflict number (decimal); `lostCursor` is the highest one sent. */
  id: string;
  recordId: string;
  kind: string;
  /** When the server refused the other device's edit. */
  at: string;
  /** What the other device tried to write; null when it lies outside the caller's scope. */
  loser: SyncRecord | null;
  by: DeviceRef;
}

/** At most this many lost edits in one pull answer; the rest come with the next sync. */
export const MAX_LOST_EDITS = 100;

export interface PullResponse {
  /** Records in scope changed after the cursor, in change order; deletions are tombstones. */
  changes: SyncRecord[];
  cursor: string;
  hasMore: boolean;
  /** Highest seq of this device the server holds; lower than the phone's means the server lost data. */
  lastAppliedSeq: number;
  serverTime: string;
  peers?: PeerDevice[];
  /**
   * Set when the cursor sent was ahead of anything the server has numbered (the server was
   * restored from an older backup): this page starts again from '0'. Added by the server engineer.
   */
  cursorReset?: boolean;
  /**
   * Only on the last page and only when the request had `lostAfter`: other devices' edits that
   * lost against this device's versions since then, oldest first, and the number to ask after
   * next time. Earlier servers send neither; earlier phones never ask.
   */
  lostEdits?: LostEdit[];
  lostCursor?: string;
}

export interface ErrorBody {
  error: string;
  reason: string;
}
