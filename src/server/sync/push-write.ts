import type { SyncRecord } from '../../domain/records';
import type { PushRequest } from '../../sync/protocol';
import { clampInt, num, type Queryable } from '../db/types';
import { cleanOpt, cleanText } from './text-safe';

// The write half of a push: a handful of multi-row statements per batch, never one per record.

export interface Write {
  rec: SyncRecord;
  module: string;
  existed: boolean;
  /** Version read (and row-locked) at the start of the transaction; 0 for a new record. */
  expected: number;
}

export interface ConflictRow {
  record_id: string;
  kind: string;
  addr: string;
  loser: SyncRecord;
  loser_device: string;
  loser_seq: number;
  base_version: number;
  winner_version: number;
  winner_device: string;
}

export interface RejectRow {
  device_id: string;
  seq: number;
  record_id: string;
  reason: string;
}

export interface PushWrite {
  kab: string;
  lockKey: number;
  writes: Write[];
  conflicts: ConflictRow[];
  rejects: RejectRow[];
}

export const REC_TYPE =
  'r(id text, kind text, module text, addr text, parent text, data jsonb, deleted boolean, updated_at text, updated_by text, expected bigint)';

/** The rows of a write as one jsonb parameter (read back with jsonb_to_recordset as REC_TYPE). */
export function recordRowsJson(ws: Pick<Write, 'rec' | 'module' | 'expected'>[]): string {
  return JSON.stringify(
    ws.map(({ rec, module, expected }) => ({
      id: rec.id, kind: rec.kind, module, addr: rec.addr, parent: rec.parent, data: rec.data,
      deleted: rec.deleted, updated_at: rec.updatedAt, updated_by: rec.updatedBy, expected,
    })),
  );
}

/**
 * Validation messages can quote the value they refused: keep them short and storable. A plain
 * slice cut '𝕏'×500 inside a surrogate pair, and the lone half failed the whole batch as invalid
 * jsonb on every retry (a poison pill).
 */
export function rejectReason(why: string): string {
  return cleanText(why, 300);
}

export interface SeqClaim {
  dev: string;
  /** The batch's highest seq (0 for an empty batch). */
  maxSeq: number;
  client: PushRequest['client'];
}

/**
 * Takes the devices' row locks, records each batch's highest seq and the client info, and returns
 * the seq each device had applied before: the first statement of every push transaction.
 */
export async function claimSeqs(q: Queryable, kab: string, claims: SeqClaim[]): Promise<Map<string, number>> {
  const rows = await q.query<{ id: string; prev_applied_seq: unknown }>(
    `update devices t set prev_applied_seq = t.last_applied_seq, last_applied_seq = greatest(t.last_applied_seq, b.max_seq),
       last_sync_at = now(), app_version = coalesce(b.app_version, t.app_version), pending = coalesce(b.pending, t.pending),
       config_version = coalesce(b.config_version, t.config_version)
     from jsonb_to_recordset($2::jsonb) as b(dev text, max_seq bigint, app_version text, pending integer, config_version integer)
     where t.kab = $1 and t.id = b.dev returning t.id, t.prev_applied_seq`,
    [kab, JSON.stringify(claims.map(({ dev, maxSeq, client: c = {} }) => ({
      dev, max_seq: maxSeq, app_version: cleanOpt(c.appVersion), pending: clampInt(c.pending), config_version: clampInt(c.configVersion),
    })))],
  );
  return new Map(rows.map((r) => [r.id, num(r.prev_applied_seq)]));
}

/** Returns the new version of every written record, or null when a concurrent insert won (retry). */
export async function writePush(q: Queryable, w: PushWrite): Promise<Map<string, number> | null> {
  const versions = new Map<string, number>();
  if (w.writes.length) {
    // A pull must never move its cursor past a version still being committed. Pushes number
    // their rows under a SHARED per-kabupaten lock held to commit (pushes run side by side); a
    // pull takes the same lock EXCLUSIVE before reading (sync/pull.ts), so it waits until every
    // version handed out before it is committed or rolled back. The lock is a join input, so it
    // is taken before any nextval of the statement.
    const lock = `with l as materialized (select pg_advisory_xact_lock_shared($3) as x)`;
    const inserts = w.writes.filter((x) => !x.existed);
    const updates = w.writes.filter((x) => x.existed);
    if (inserts.length) {
      const got = await q.query<{ id: string; version: unknown }>(
        `${lock}
         insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by)
         select $1, r.id, r.kind, r.module, r.addr, r.parent, r.data, r.deleted, nextval('change_seq'), r.updated_at, r.updated_by
         from l, jsonb_to_recordset($2::jsonb) as ${REC_TYPE}
         on conflict (kab, id) do nothing
         returning id, version`,
        [w.kab, recordRowsJson(inserts), w.lockKey],
      );
      if (got.length !== inserts.length) return null;
      for (const g of got) versions.set(g.id, num(g.version));
    }
    if (updates.length) {
      const got = await q.query<{ id: string; version: unknown }>(
        `${lock}
         update records t set kind = r.kind, module = r.module, addr = r.addr, parent = r.parent, data = r.data,
           deleted = r.deleted, version = nextval('change_seq'), updated_at = r.updated_at, updated_by = r.updated_by,
           server_at = now()
         from l, jsonb_to_recordset($2::jsonb) as ${REC_TYPE}
         where t.kab = $1 and t.id = r.id and t.version = r.expected
         returning t.id, t.version`,
        [w.kab, recordRowsJson(updates), w.lockKey],
      );
      if (got.length !== updates.length) return null;
      for (const g of got) versions.set(g.id, num(g.version));
    }
  }
  if (w.conflicts.length) {
    await q.query(
      `insert into conflicts (kab, record_id, kind, addr, loser, loser_device, loser_seq, base_version, winner_version, winner_device)
       select $1, c.record_id, c.kind, c.addr, c.loser, c.loser_device, c.loser_seq, c.base_version, c.winner_version, c.winner_device
       from jsonb_to_recordset($2::jsonb) as c(record_id text, kind text, addr text, loser jsonb, loser_device text,
         loser_seq bigint, base_version bigint, winner_version bigint, winner_device text)`,
      [w.kab, JSON.stringify(w.conflicts)],
    );
  }
  if (w.rejects.length) {
    await q.query(
      `insert into push_rejections (kab, device_id, seq, record_id, reason)
       select $1, x.device_id, x.seq, x.record_id, x.reason
       from jsonb_to_recordset($2::jsonb) as x(device_id text, seq bigint, record_id text, reason text)
       on conflict do nothing`,
      [w.kab, JSON.stringify(w.rejects)],
    );
  }
  return versions;
}
