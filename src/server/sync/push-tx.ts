import type { SyncRecord } from '../../domain/records';
import type { PushRequest, PushResponse, PushResult } from '../../sync/protocol';
import type { Device } from '../auth/devices';
import { num, type Db, type Queryable } from '../db/types';
import { isDataError, isRetryable, sqlState } from '../db/errors';
import { canSee, canWrite, type ChangeCheck } from './scope';
import { RECORD_COLS, kabLockKey, rowToRecord, type RecordRow } from './rows';
import { claimSeqs, rejectReason, writePush, type ConflictRow, type RejectRow, type Write } from './push-write';

// The general push transaction (docs/sync-protocol.md, "Push"), for the batches of one or more
// devices of one kabupaten at once: seq <= last applied → the stored answer again; append kinds
// insert once; shared kinds apply when based on the current version or when the current version
// is this device's own; otherwise the server keeps its version (first write wins) and the loser
// goes to `conflicts`. Several batches share the transaction's fixed cost (every statement and
// the commit; on PGlite that was most of a batch's time), in a handful of statements whatever
// their number. The batches of one transaction never share a record id (push-group.ts), so each
// is decided exactly as if it ran alone, in arrival order.

/** One device's push batch, validated (checks[i] belongs to req.changes[i]). */
export interface PushItem {
  device: Device;
  req: PushRequest;
  checks: ChangeCheck[];
}

/** A concurrent transaction inserted or changed a record this one read: run it again. */
export class RetryPush extends Error {}

interface Current {
  rec: SyncRecord;
  module: string;
  /** Written earlier in this transaction; its version is assigned at insert. */
  pending: boolean;
  existed: boolean;
}

interface Answered {
  rejected: Map<string, string>;
  conflicted: Set<string>;
}

const key = (dev: string, seq: number) => `${dev}#${seq}`;
const lastSeqOf = (req: PushRequest) => (req.changes.length ? req.changes[req.changes.length - 1].seq : 0);

/** Runs a push transaction, again when it lost a race (a concurrent insert, a deadlock). */
export async function inTx<T>(db: Db, fn: (q: Queryable) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.tx(fn);
    } catch (e) {
      if (attempt < 3 && (e instanceof RetryPush || isRetryable(e))) continue;
      throw e;
    }
  }
}

/** The batches' answers, in their order. All devices are of kabupaten `kab`, each at most once. */
export async function pushTx(q: Queryable, kab: string, items: PushItem[]): Promise<PushResponse[]> {
  const prev = await claimSeqs(q, kab, items.map(({ device, req }) => ({ dev: device.id, maxSeq: lastSeqOf(req), client: req.client })));
  const ids = [...new Set(items.flatMap((it) => it.req.changes.map((c) => c.record.id)))];
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
  const answered = await storedAnswers(q, kab, items, prev);

  const writes = new Map<string, Write>();
  const conflicts: ConflictRow[] = [];
  const rejects: RejectRow[] = [];
  const out = items.map((it) => decide(it, prev.get(it.device.id) ?? 0, { state, before, answered, writes, conflicts, rejects }));

  const versions = await writePush(q, { kab, lockKey: kabLockKey(kab), writes: [...writes.values()], conflicts, rejects });
  if (versions === null) throw new RetryPush();
  for (const results of out) {
    for (const r of results) {
      if (r.version === undefined && (r.status === 'applied' || r.status === 'duplicate')) {
        const v = versions.get(r.recordId);
        if (v !== undefined) r.version = v;
      }
      if (r.status === 'applied') r.version = versions.get(r.recordId);
    }
  }
  return items.map((it, i) => ({ results: out[i], lastAppliedSeq: Math.max(prev.get(it.device.id) ?? 0, lastSeqOf(it.req)) }));
}

interface Shared {
  state: Map<string, Current>;
  before: Map<string, Current>;
  answered: Answered;
  writes: Map<string, Write>;
  conflicts: ConflictRow[];
  rejects: RejectRow[];
}

/** One batch's answers; its writes, conflicts and rejections join the transaction's. */
function decide({ device, req, checks }: PushItem, lastSeq: number, s: Shared): PushResult[] {
  const results: PushResult[] = [];
  const reject = (seq: number, recordId: string, why: string) => {
    const reason = rejectReason(why);
    results.push({ seq, recordId, status: 'rejected', reason });
    s.rejects.push({ device_id: device.id, seq, record_id: recordId, reason });
  };

  for (const [i, ch] of req.changes.entries()) {
    const rec = ch.record;
    if (ch.seq <= lastSeq) {
      // Taken before (a replayed batch, a lost answer): the same answer again, nothing written.
      const cur = s.before.get(rec.id);
      const visible = cur && canSee(device.scope, cur.module, cur.rec.addr);
      const reason = s.answered.rejected.get(key(device.id, ch.seq));
      if (reason !== undefined) results.push({ seq: ch.seq, recordId: rec.id, status: 'rejected', reason });
      else if (s.answered.conflicted.has(key(device.id, ch.seq)) && visible)
        results.push({ seq: ch.seq, recordId: rec.id, status: 'conflict', version: cur.rec.version, winner: cur.rec });
      else results.push({ seq: ch.seq, recordId: rec.id, status: 'duplicate', ...(visible ? { version: cur.rec.version } : {}) });
      continue;
    }
    const check = checks[i];
    if (!check.ok) {
      reject(ch.seq, rec.id, check.reason);
      continue;
    }
    const cur = s.state.get(rec.id);
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
      s.state.set(rec.id, { rec: next, module: check.module, pending: true, existed: cur?.existed ?? false });
      s.writes.set(rec.id, { rec: next, module: check.module, existed: cur?.existed ?? false, expected: cur?.existed ? s.before.get(rec.id)!.rec.version : 0 });
      results.push({ seq: ch.seq, recordId: rec.id, status: 'applied' });
    } else if (check.mode === 'append' || cur!.pending) {
      results.push({ seq: ch.seq, recordId: rec.id, status: 'duplicate', version: cur!.pending ? undefined : cur!.rec.version });
    } else {
      const winner = cur!.rec;
      s.conflicts.push({
        record_id: rec.id, kind: rec.kind, addr: winner.addr, loser: next, loser_device: device.id,
        loser_seq: ch.seq, base_version: ch.baseVersion, winner_version: winner.version, winner_device: winner.updatedBy,
      });
      results.push({ seq: ch.seq, recordId: rec.id, status: 'conflict', version: winner.version, winner });
    }
  }
  return results;
}

/** What the server answered earlier for seqs it had already taken (replayed batches). */
async function storedAnswers(q: Queryable, kab: string, items: PushItem[], prev: Map<string, number>): Promise<Answered> {
  const ranges = items.flatMap(({ device, req }) => {
    const last = prev.get(device.id) ?? 0;
    const dups = req.changes.filter((c) => c.seq <= last);
    return dups.length ? [{ dev: device.id, lo: dups[0].seq, hi: dups[dups.length - 1].seq }] : [];
  });
  if (!ranges.length) return { rejected: new Map(), conflicted: new Set() };
  const r = JSON.stringify(ranges);
  const rej = await q.query<{ device_id: string; seq: unknown; reason: string }>(
    `select p.device_id, p.seq, p.reason from push_rejections p
     join jsonb_to_recordset($2::jsonb) as r(dev text, lo bigint, hi bigint) on p.device_id = r.dev and p.seq between r.lo and r.hi
     where p.kab = $1`,
    [kab, r],
  );
  const con = await q.query<{ loser_device: string; loser_seq: unknown }>(
    `select c.loser_device, c.loser_seq from conflicts c
     join jsonb_to_recordset($2::jsonb) as r(dev text, lo bigint, hi bigint) on c.loser_device = r.dev and c.loser_seq between r.lo and r.hi
     where c.kab = $1`,
    [kab, r],
  );
  return {
    rejected: new Map(rej.map((x) => [key(x.device_id, num(x.seq)), x.reason])),
    conflicted: new Set(con.map((x) => key(x.loser_device, num(x.loser_seq)))),
  };
}

/**
 * The database refused a value of this batch that validation let through. Failing the batch would
 * fail it on every retry, and the phone's queue would be stuck behind it for ever (a poison pill).
 * So each change goes in its own transaction, in seq order, and only a change the database
 * refuses is rejected, alone; the rest is stored as usual.
 */
export async function isolate(db: Db, item: PushItem): Promise<PushResponse> {
  const { device, req, checks } = item;
  const kab = device.kab;
  const results: PushResult[] = [];
  let last = 0;
  for (const [i, ch] of req.changes.entries()) {
    const one: PushRequest = { changes: [ch], client: req.client };
    let out: PushResponse;
    try {
      [out] = await inTx(db, (q) => pushTx(q, kab, [{ device, req: one, checks: [checks[i]] }]));
    } catch (e) {
      if (!isDataError(e)) throw e;
      // Rejected, and stored, so a replay gets the same answer.
      const refused: ChangeCheck = { ok: false, reason: `invalid: not storable (${sqlState(e)})` };
      [out] = await inTx(db, (q) => pushTx(q, kab, [{ device, req: one, checks: [refused] }]));
    }
    results.push(...out.results);
    last = Math.max(last, out.lastAppliedSeq);
  }
  return { results, lastAppliedSeq: last };
}
