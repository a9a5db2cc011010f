import type { PushRequest, PushResponse, PushResult } from '../../sync/protocol';
import type { Device } from '../auth/devices';
import { clampInt, num, type Queryable } from '../db/types';
import type { ChangeCheck } from './scope';
import { kabLockKey } from './rows';
import { REC_TYPE, recordRowsJson, rejectReason, type RejectRow, type Write } from './push-write';
import { cleanOpt } from './text-safe';

// The common case of a Posyandu day: batches of new append rows (weighings, entries), perhaps
// with a few changes refused by validation or scope. They need no lookup, so several devices'
// batches are written by ONE autocommit statement (push-group.ts gathers them): claim the seqs on
// each device row, take the numbering lock, store the rejections, insert the rows. One statement
// is one transaction, so every batch commits together with its device's last applied seq.
//
// Per device it is all or nothing: a device row is only updated when every seq of its batch is
// new (else that device takes no part and the general path answers the replay), and the insert
// has no ON CONFLICT, so an id that exists already fails the whole statement (each batch is then
// tried alone, and the one with the stored id goes to the general path, which looks it up).

/** True when every change is new to the server as far as the phone can tell and needs no lookup. */
export function fastEligible(req: PushRequest, checks: ChangeCheck[]): boolean {
  return (
    req.changes.length > 0 &&
    checks.every((c, i) => !c.ok || (c.mode === 'append' && !req.changes[i].record.deleted))
  );
}

/** Errors after which the general path decides: an id already stored (or being stored), a lock clash. */
export const FALL_BACK = new Set(['23505', '40001', '40P01']);
export function isFallBack(e: unknown): boolean {
  return FALL_BACK.has((e as { code?: string }).code ?? '');
}

export interface FastPush {
  device: Device;
  req: PushRequest;
  checks: ChangeCheck[];
}

const SQL = `
with b as (
  select * from jsonb_to_recordset($2::jsonb)
    as b(dev text, first_seq bigint, last_seq bigint, app_version text, pending integer, config_version integer)
),
d as (
  update devices t set last_applied_seq = b.last_seq, last_sync_at = now(),
    app_version = coalesce(b.app_version, t.app_version), pending = coalesce(b.pending, t.pending),
    config_version = coalesce(b.config_version, t.config_version)
  from b where t.kab = $1 and t.id = b.dev and t.last_applied_seq < b.first_seq
  returning t.id
),
l as materialized (select pg_advisory_xact_lock_shared($3) as x where exists (select 1 from d)),
rj as (
  insert into push_rejections (kab, device_id, seq, record_id, reason)
  select $1, x.device_id, x.seq, x.record_id, x.reason
  from d join jsonb_to_recordset($5::jsonb) as x(device_id text, seq bigint, record_id text, reason text) on x.device_id = d.id
  on conflict do nothing
),
ins as (
  insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by)
  select $1, r.id, r.kind, r.module, r.addr, r.parent, r.data, r.deleted, nextval('change_seq'), r.updated_at, r.updated_by
  from l, d join jsonb_to_recordset($4::jsonb) as ${REC_TYPE} on r.updated_by = d.id
  returning id, version
)
select id as dev, null::text as id, null::bigint as version from d
union all
select null, id, version from ins`;

/**
 * Writes the batches of devices of one kabupaten (each device at most once) in one statement.
 * Per batch: its answer, or null when the general path must decide (some seq was taken before,
 * the device row is gone). Throws when the statement fails; see isFallBack.
 */
export async function writeFast(q: Queryable, kab: string, pushes: FastPush[]): Promise<(PushResponse | null)[]> {
  const heads = [];
  const inserts: Pick<Write, 'rec' | 'module' | 'expected'>[] = [];
  const rejects: RejectRow[] = [];
  const answers: PushResult[][] = [];
  for (const { device, req, checks } of pushes) {
    const c = req.client ?? {};
    heads.push({
      dev: device.id, first_seq: req.changes[0].seq, last_seq: req.changes[req.changes.length - 1].seq,
      app_version: cleanOpt(c.appVersion), pending: clampInt(c.pending), config_version: clampInt(c.configVersion),
    });
    const results: PushResult[] = [];
    for (const [i, ch] of req.changes.entries()) {
      const check = checks[i];
      const rec = ch.record;
      if (!check.ok) {
        const reason = rejectReason(check.reason);
        results.push({ seq: ch.seq, recordId: rec.id, status: 'rejected', reason });
        rejects.push({ device_id: device.id, seq: ch.seq, record_id: rec.id, reason });
      } else {
        // updated_by is the authenticated device: it also tells the statement whose row this is.
        inserts.push({ rec: { ...rec, data: check.data, updatedBy: device.id }, module: check.module, expected: 0 });
        results.push({ seq: ch.seq, recordId: rec.id, status: 'applied' });
      }
    }
    answers.push(results);
  }
  const rows = await q.query<{ dev: string | null; id: string | null; version: unknown }>(SQL, [
    kab, JSON.stringify(heads), kabLockKey(kab), recordRowsJson(inserts), JSON.stringify(rejects),
  ]);
  const claimed = new Set<string>();
  const versions = new Map<string, number>();
  for (const r of rows) {
    if (r.dev !== null) claimed.add(r.dev);
    else versions.set(r.id!, num(r.version));
  }
  return pushes.map(({ device, req }, i) => {
    if (!claimed.has(device.id)) return null;
    for (const r of answers[i]) if (r.status === 'applied') r.version = versions.get(r.recordId);
    return { results: answers[i], lastAppliedSeq: req.changes[req.changes.length - 1].seq };
  });
}
