import * as v from 'valibot';
import type { ModuleName } from './address';

/**
 * The one shape every synced record has, on the phone and on the server. `data` is checked
 * against the schema of its `kind` (see registry.ts); the envelope itself is checked here.
 */
export interface SyncRecord<D = unknown> {
  /** ULID made on the device that created the record. */
  id: string;
  /** '<module>.<thing>', e.g. 'posyandu.child'. */
  kind: string;
  /** Address path (address.ts): decides scope and shard. */
  addr: string;
  /** Id of the record this one hangs under (a visit's child, a member's household), or null. */
  parent: string | null;
  data: D;
  /** Tombstone: deleted records are kept so the deletion syncs. */
  deleted: boolean;
  /** Server change number of this version; 0 until the server has acknowledged it. */
  version: number;
  /** ISO date-time of the last edit, and who made it (device id; the person is in data where it matters). */
  updatedAt: string;
  updatedBy: string;
}

export interface KindSpec<D = unknown> {
  kind: string;
  module: ModuleName;
  /**
   * 'append': rows that are written once (a weighing, a mutation entry); a correction is a new row
   * or a tombstone, so they never conflict. 'shared': records several phones may edit (a child's
   * profile, a household); an edit carries the version it was based on.
   */
  mode: 'append' | 'shared';
  schema: v.GenericSchema<unknown, D>;
}

export function defineKind<D>(spec: KindSpec<D>): KindSpec<D> {
  return spec;
}

const ID = v.pipe(v.string(), v.regex(/^[0-9A-Za-z_-]{1,64}$/, 'id'));
export const idSchema = ID;

export const envelopeSchema = v.object({
  id: ID,
  kind: v.pipe(v.string(), v.regex(/^[a-z]+\.[a-zA-Z]+$/, 'kind'), v.maxLength(64)),
  addr: v.pipe(v.string(), v.maxLength(200), v.regex(/^[0-9A-Za-z.:_/-]+$/, 'addr')),
  parent: v.nullable(ID),
  data: v.unknown(),
  deleted: v.boolean(),
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedBy: v.pipe(v.string(), v.maxLength(64)),
});
