import type { SyncRecord } from '../../domain/records';
import type { PushRequest, PushResponse, PushResult } from '../../sync/protocol';
import type { Device } from '../auth/devices';
import { num, type Db, type Queryable } from '../db/types';
import { isDataError, isRetryable, sqlState } from '../db/errors';
import { checkChange, canSee, canWrite, type ChangeCheck } from './scope';
import { RECORD_COLS, kabLockKey, rowToRecord, type RecordRow } from './rows';
import { claimSeqs, rejectReason, writePush, type Write, type ConflictRow, type RejectRow } from './push-write';
import { fastEligible } from './push-fast';
import type { PushGroups } from './push-group';

// Applies one push batch in one transaction (docs/sync-protocol.md, "Push"):
// seq <= last applied → the stored answer again; append kinds insert once; shared kinds apply when
// based on the current version or when the current version is this device's own; otherwise the
// server keeps its version (first write wins) and the loser goes to `conflicts`.

class RetryPush extends Error {}

export async function applyPush(db: Db, groups: PushGroups, device: Device, req: PushRequest): Promise<PushResponse> {
  // Validation does not depend on the database: once per change, shared by both paths. (A
  // replayed change is checked too, for nothing, but replays are rare and this keeps one order.)
  const checks = req.changes.map((ch) => checkChange(device.scope, ch.record));
  if (fastEligible(req, checks)) {
    const done = await groups.write({ device, req, checks });
    if (done) return done;
  }
  try {
    return await inTx(db, (q) => pushTx(q, device, req, checks));
  } catch (e) {
    if (!isDataError(e) || !req.changes.length) throw e;
    return isolate(db, device, req, checks);
  }
}

/** Runs a push transaction, again when it lost a race (a concurrent insert, a deadlock). */
async function inTx(db: Db, fn: (q: Queryable) => Promise<PushResponse>): Promise<PushResponse> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.tx(fn);
    } catch (e) {
      if (attempt < 3 && (e instanceof RetryPush || isRetryable(e))) continue;
      throw e;
    }
  }
}

/**
 * The database refused a value of the batch that validation let through. Failing the batch would
 * fail it on every retry, and the phone's queue would be stuck behind it for ever (a poison pill).
 * So each change goes in its own transaction, in seq order, and only a change the database
 * refuses is rejected, alone; the rest is stored as usual.
 */
async function isolate(db: Db, device: Device, req: PushRequest, checks: ChangeCheck[]): Promise<PushResponse> {
  const results: PushResult[] = [];
  let last = 0;
  for (const [i, ch] of req.changes.entries()) {
    const one: PushRequest = { changes: [ch], client: req.client };
    let out: PushResponse;
    try {
      out = await inTx(db, (q) => pushTx(q, device, one, [checks[i]]));
    } catch (e) {
      if (!isDataError(e)) throw e;
      out = await refuseAlone(db, device, one, e);
    }
    results.push(...out.results);
    last = Math.max(last, out.lastAppliedSeq);
  }
  return { results, lastAppliedSeq: last };
}

/** A one-change batch the database refused: rejected (stored, so a replay gets the same answer). */
function refuseAlone(db: Db, device: Device, one: PushRequest, e: unknown): Promise<PushResponse> {
  const refused: ChangeCheck = { ok: false, reason: `invalid: not storable (${sqlState(e)})` };
  return inTx(db, (q) => pushTx(q, device, one, [refused]));
}

interface Current {
  rec: SyncRecord;
  module: string;
  /** Written earlier in this batch; its version is assigned at insert. */
  pending: boolean;
  existed: boolean;
}

async function pushTx(q: Queryable, device: Device, req: PushRequest, checks: ChangeCheck[]): Promise<PushResponse> {
  const kab = device.kab;
  const maxSeq = req.changes.length ? req.changes[req.changes.length - 1].seq : 0;
  const lastSeq = await claimSeqs(q, kab, device.id, maxSeq, req.client);
  const ids = [...new Set(req.changes.map((c) => c.record.id))];
  const loaded = ids.length
    ? await q.query<RecordRow>(
        // ids match [0-9A-Za-z_-] (envelope schema), so a bare array literal needs no quoting;
        // `= any(text[])` keeps this an index lookup on (kab, id), where a join did a scan.
        `select ${RECORD_COLS} from records where kab = $1 and id = any($2::text[]) for update`,
        [kab, `{${ids.join(',')}}`],
      )
    : [];
  const state = new Map<string, Current>();
  for (const r of loaded) state.set(r.id, { rec: rowToRecord(r), module: r.module, pending: false, existed: true });
  const before = new Map(state);

  const dups = req.changes.filter((c) => c.seq <= lastSeq);
  const answered = dups.length ? await storedAnswers(q, device, dups[0].seq, dups[dups.length - 1].seq) : null;

  const results: PushResult[] = [];
  const writes = new Map<string, Write>();
  const conflicts: ConflictRow[] = [];
  const rejects: RejectRow[] = [];
  const reject = (seq: number, recordId: string, why: string) => {
    const reason = rejectReason(why);
    results.push({ seq, recordId, status: 'rejected', reason });
    rejects.push({ seq, record_id: recordId, reason });
  };

  for (const [i, ch] of req.changes.entries()) {
    const rec = ch.record;
    if (ch.seq <= lastSeq) {
      const cur = before.get(rec.id);
      const visible = cur && canSee(device.scope, cur.module, cur.rec.addr);
      const reason = answered!.rejected.get(ch.seq);
      if (reason !== undefined) results.push({ seq: ch.seq, recordId: rec.id, status: 'rejected', reason });
      else if (answered!.conflicted.has(ch.seq) && visible)
        results.push({ seq: ch.seq, recordId: rec.id, status: 'conflict', version: cur.rec.version, winner: cur.rec });
      else results.push({ seq: ch.seq, recordId: rec.id, status: 'duplicate', ...(visible ? { version: cur.rec.version } : {}) });
      continue;
    }
    const check = checks[i];
    if (!check.ok) {
      reject(ch.seq, rec.id, check.reason);
      continue;
    }
    const cur = state.get(rec.id);
    // Overwriting needs write permission on the stored record: an id of a record this device may
    // only read (the RT books on a desa phone) is as foreign as one it cannot see.
    if (cur && !canWrite(device.scope, cur.module, cur.rec.addr)) {
      reject(ch.seq, rec.id, 'scope');
      continue;
    }
    if (cur && cur.rec.kind !== rec.kind) {
      reject(ch.seq, rec.id, 'invalid: id already used by another kind');
      continue;
    }
    const next: SyncRecord = { ...rec, data: check.data, updatedBy: device.id };
    let apply: boolean;
    if (!cur) apply = true;
    else if (check.mode === 'append') apply = rec.deleted && !cur.rec.deleted;
    else apply = ch.baseVersion === cur.rec.version || cur.rec.updatedBy === device.id;

    if (apply) {
      state.set(rec.id, { rec: next, module: check.module, pending: true, existed: cur?.existed ?? false });
      writes.set(rec.id, { rec: next, module: check.module, existed: cur?.existed ?? false, expected: cur?.existed ? before.get(rec.id)!.rec.version : 0 });
      results.push({ seq: ch.seq, recordId: rec.id, status: 'applied' });
    } else if (check.mode === 'append' || cur!.pending) {
      results.push({ seq: ch.seq, recordId: rec.id, status: 'duplicate', version: cur!.pending ? undefined : cur!.rec.version });
    } else {
      const winner = cur!.rec;
      conflicts.push({
        record_id: rec.id, kind: rec.kind, addr: winner.addr, loser: next, loser_device: device.id,
        loser_seq: ch.seq, base_version: ch.baseVersion, winner_version: winner.version, winner_device: winner.updatedBy,
      });
      results.push({ seq: ch.seq, recordId: rec.id, status: 'conflict', version: winner.version, winner });
    }
  }

  const versions = await writePush(q, {
    kab, deviceId: device.id, lockKey: kabLockKey(kab), writes: [...writes.values()], conflicts, rejects,
  });
  if (versions === null) throw new RetryPush();
  for (const r of results) {
    if (r.version === undefined && (r.status === 'applied' || r.status === 'duplicate')) {
      const v = versions.get(r.recordId);
      if (v !== undefined) r.version = v;
    }
    if (r.status === 'applied') r.version = versions.get(r.recordId);
  }
  return { results, lastAppliedSeq: Math.max(lastSeq, maxSeq) };
}

/** What the server answered earlier for seqs it had already taken (a replayed batch). */
async function storedAnswers(q: Queryable, device: Device, from: number, to: number) {
  const rej = await q.query<{ seq: unknown; reason: string }>(
    'select seq, reason from push_rejections where kab = $1 and device_id = $2 and seq between $3 and $4',
    [device.kab, device.id, from, to],
  );
  const con = await q.query<{ loser_seq: unknown }>(
    'select loser_seq from conflicts where kab = $1 and loser_device = $2 and loser_seq between $3 and $4',
    [device.kab, device.id, from, to],
  );
  return {
    rejected: new Map(rej.map((r) => [num(r.seq), r.reason])),
    conflicted: new Set(con.map((r) => num(r.loser_seq))),
  };
}
