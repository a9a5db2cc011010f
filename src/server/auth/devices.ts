import type { Role, Scope } from '../../sync/protocol';
import { json, type Queryable } from '../db/types';
import { kabOfToken, sha256 } from './secrets';
import { withRoleReads } from '../admin/roles';

export interface Device {
  id: string;
  kab: string;
  role: Role;
  scope: Scope;
  label: string;
}

/**
 * A revoked device is refused (401, reason 'revoked': the phone tells it from an unknown token),
 * but for FINAL_PUSH_DAYS after its revocation it may still push (api/handlers.ts): what a kader
 * recorded and had not sent is not lost with the phone (issue 17). It can never pull again.
 */
export type AuthResult = { ok: true; device: Device } | { ok: false; reason: string; revoked?: { device: Device; at: Date } };

export const FINAL_PUSH_DAYS = 30;

// Token lookups are cached for a few seconds so a burst of pushes does not hit the database for
// each request. A revocation in this process clears the cache at once; one made by the admin CLI
// (another process) takes effect within TOKEN_CACHE_MS.
export const TOKEN_CACHE_MS = 5_000;
const MAX_CACHE = 20_000;

export class DeviceAuth {
  private cache = new Map<string, { at: number; result: AuthResult }>();

  constructor(private db: Queryable) {}

  async check(authorization: string | undefined): Promise<AuthResult> {
    // The scheme is case-insensitive (RFC 9110 §11.1): some HTTP stacks send "bearer".
    const m = /^bearer +([A-Za-z0-9_-]{16,128})$/i.exec(authorization ?? '');
    if (!m) return { ok: false, reason: authorization ? 'malformed-token' : 'missing-token' };
    const hash = sha256(m[1]);
    const now = Date.now();
    const hit = this.cache.get(hash);
    if (hit && now - hit.at < TOKEN_CACHE_MS) return hit.result;
    const rows = await this.lookup(m[1], hash);
    const result: AuthResult = !rows[0]
      ? { ok: false, reason: 'unknown-token' }
      : rows[0].revoked_at
        ? { ok: false, reason: 'revoked', revoked: { device: rowToDevice(rows[0]), at: new Date(rows[0].revoked_at as string | Date) } }
        : { ok: true, device: rowToDevice(rows[0]) };
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(hash, { at: now, result });
    return result;
  }

  /**
   * By kabupaten and hash: one shard on a distributed database. Tokens issued before they named
   * their kabupaten (or one whose random part happens to begin like that) are found by hash alone.
   */
  private async lookup(token: string, hash: string): Promise<DeviceRow[]> {
    const cols = 'select id, kab, role, scope, label, revoked_at from devices';
    const kab = kabOfToken(token);
    const rows = kab ? await this.db.query<DeviceRow>(`${cols} where kab = $1 and token_hash = $2`, [kab, hash]) : [];
    return rows.length ? rows : this.db.query<DeviceRow>(`${cols} where token_hash = $1`, [hash]);
  }

  forget(): void {
    this.cache.clear();
  }
}

interface DeviceRow {
  id: string;
  kab: string;
  role: Role;
  scope: unknown;
  label: string;
  revoked_at: unknown;
}

function rowToDevice(r: DeviceRow): Device {
  return { id: r.id, kab: r.kab, role: r.role, scope: withRoleReads(r.role, json<Scope>(r.scope)), label: r.label };
}
