import { kindSpec, type SyncRecord } from '../../domain/records';
import { MAX_LOST_EDITS, type LostEdit } from '../../sync/protocol';
import type { Device } from '../auth/devices';
import { iso, json, num, type Queryable } from '../db/types';
import { canSee } from './scope';

// "Another phone's edit lost against yours": the conflicts in which this device's version was
// the one the server kept, after the conflict number the phone last heard of. The loser already
// sees both versions on its own phone; this is for the winner, so the two kaders can talk. The
// other phone's version is included only where the caller may see it (scope.ts canSee).

interface Row {
  id: unknown;
  record_id: string;
  kind: string;
  loser: unknown;
  loser_device: string;
  created_at: unknown;
  role: string | null;
  label: string | null;
  device_name: string | null;
  kader_name: string | null;
}

export async function lostEditsOf(q: Queryable, device: Device, after: string): Promise<{ lostEdits: LostEdit[]; lostCursor: string }> {
  const rows = await q.query<Row>(
    `select c.id, c.record_id, c.kind, c.loser, c.loser_device, c.created_at, d.role, d.label, d.device_name, d.kader_name
     from conflicts c left join devices d on d.kab = c.kab and d.id = c.loser_device
     where c.kab = $1 and c.winner_device = $2 and c.id > $3 and c.loser_device <> $2
     order by c.id limit ${MAX_LOST_EDITS}`,
    [device.kab, device.id, after],
  );
  const lostEdits = rows.map((r): LostEdit => {
    const loser = json<SyncRecord>(r.loser);
    const module = kindSpec(r.kind)?.module;
    const visible = !!module && !!loser && typeof loser.addr === 'string' && canSee(device.scope, module, loser.addr);
    return {
      id: String(num(r.id)),
      recordId: r.record_id,
      kind: r.kind,
      at: iso(r.created_at) ?? new Date(0).toISOString(),
      loser: visible ? loser : null,
      by: { deviceId: r.loser_device, role: r.role ?? '', label: r.label ?? '', deviceName: r.device_name, kaderName: r.kader_name },
    };
  });
  return { lostEdits, lostCursor: lostEdits.length ? lostEdits[lostEdits.length - 1].id : after };
}
