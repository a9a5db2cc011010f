import type { Db } from '../db/types';
import { iso, json, num } from '../db/types';
import type { Role, Scope } from '../../sync/protocol';

// Enrolled devices as county staff see them: who syncs, when last, how much is waiting.

export interface DeviceInfo {
  id: string;
  role: Role;
  scope: Scope;
  label: string;
  deviceName: string | null;
  appVersion: string | null;
  pending: number | null;
  configVersion: number | null;
  lastAppliedSeq: number;
  lastPullCursor: number;
  lastSyncAt: string | null;
  enrolledAt: string | null;
  revokedAt: string | null;
}

export async function listDevices(db: Db, kab?: string): Promise<DeviceInfo[]> {
  const rows = await db.query<Record<string, unknown>>(
    `select id, role, scope, label, device_name, app_version, pending, config_version, last_applied_seq,
       last_pull_cursor, last_sync_at, enrolled_at, revoked_at
     from devices where ($1::text is null or kab = $1) order by enrolled_at, id`,
    [kab ?? null],
  );
  return rows.map((r) => ({
    id: String(r.id),
    role: r.role as Role,
    scope: json<Scope>(r.scope),
    label: String(r.label),
    deviceName: (r.device_name as string | null) ?? null,
    appVersion: (r.app_version as string | null) ?? null,
    pending: r.pending === null ? null : num(r.pending),
    configVersion: r.config_version === null ? null : num(r.config_version),
    lastAppliedSeq: num(r.last_applied_seq),
    lastPullCursor: num(r.last_pull_cursor),
    lastSyncAt: iso(r.last_sync_at),
    enrolledAt: iso(r.enrolled_at),
    revokedAt: iso(r.revoked_at),
  }));
}

/** Revokes a device: its token stops working (within seconds, see auth/devices.ts). */
export async function revokeDevice(db: Db, id: string): Promise<boolean> {
  const rows = await db.query('update devices set revoked_at = now() where id = $1 and revoked_at is null returning id', [id]);
  return rows.length > 0;
}
