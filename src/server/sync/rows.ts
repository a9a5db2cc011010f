import type { SyncRecord } from '../../domain/records';
import { json, num } from '../db/types';

// Mapping between the records table and the wire envelope.

export const RECORD_COLS = 'id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by';

export interface RecordRow {
  id: string;
  kind: string;
  module: string;
  addr: string;
  parent: string | null;
  data: unknown;
  deleted: boolean;
  version: unknown;
  updated_at: string;
  updated_by: string;
}

export function rowToRecord(r: RecordRow): SyncRecord {
  return {
    id: r.id,
    kind: r.kind,
    addr: r.addr,
    parent: r.parent,
    data: json(r.data),
    deleted: r.deleted,
    version: num(r.version),
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

/** Stable 31-bit key per kabupaten for pg_advisory_xact_lock. */
export function kabLockKey(kab: string): number {
  let h = 2166136261;
  for (let i = 0; i < kab.length; i++) h = Math.imul(h ^ kab.charCodeAt(i), 16777619);
  return (h >>> 1) + 1000;
}
