import type { KaderDb, OutboxEntry } from '../data/db';
import type { SyncRecord } from '../domain/records';
import type { PushChange, PushResponse, PushResult } from './protocol';
import { getSyncState, patchSyncState } from './sync-state';
import { cutText } from '../domain/text';

// Applying the server's answer to one push batch. An outbox entry leaves the queue only here, and
// only when the server said something final about it (applied, duplicate, conflict, rejected).

export async function nextBatch(db: KaderDb, size: number, maxSeq: number): Promise<OutboxEntry[]> {
  return db.outbox.where(':id').belowOrEqual(maxSeq).limit(size).toArray();
}

export function toChanges(entries: OutboxEntry[]): PushChange[] {
  return entries.map((e) => ({ seq: e.seq!, baseVersion: e.baseVersion, record: e.record }));
}

export interface PushSummary {
  applied: number;
  duplicate: number;
  conflicts: number;
  rejected: number;
  /** Entries the answer said nothing (trustworthy) about: they stay queued. */
  unanswered: number;
  /** A duplicate the server cannot have seen from this database: the phone was restored from a backup. */
  suspectRestore: boolean;
  /** Records whose local copy another device's version (a conflict's winner) replaced. */
  replaced: SyncRecord[];
}

function sameContent(a: SyncRecord, b: SyncRecord): boolean {
  return a.deleted === b.deleted && a.kind === b.kind && JSON.stringify(a.data) === JSON.stringify(b.data);
}

export function validPushResponse(x: unknown): x is PushResponse {
  const r = x as PushResponse;
  return !!r && Array.isArray(r.results) && typeof r.lastAppliedSeq === 'number';
}

/**
 * @param trustDuplicates false when the server's lastAppliedSeq shows it knows seqs this database
 *   never sent: its 'duplicate' then refers to another (pre-backup) change, so the entry must stay.
 */
export async function applyPushResults(
  db: KaderDb,
  entries: OutboxEntry[],
  resp: PushResponse,
  opts: { trustDuplicates: boolean; now?: Date },
): Promise<PushSummary> {
  const at = (opts.now ?? new Date()).toISOString();
  const bySeq = new Map<number, PushResult>();
  for (const r of resp.results) if (r && typeof r.seq === 'number') bySeq.set(r.seq, r);
  const sum: PushSummary = { applied: 0, duplicate: 0, conflicts: 0, rejected: 0, unanswered: 0, suspectRestore: false, replaced: [] };

  return db.transaction('rw', [db.records, db.outbox, db.conflicts, db.rejections, db.meta], async () => {
    // Per record, what the last acknowledged entry of this batch means for the local copy.
    const outcome = new Map<string, { version?: number; winner?: SyncRecord }>();
    const sorted = [...entries].sort((a, b) => a.seq! - b.seq!);
    const done: number[] = [];
    for (const e of sorted) {
      const r = bySeq.get(e.seq!);
      if (!r || r.recordId !== e.recordId) {
        if (r && r.status === 'duplicate') sum.suspectRestore = true;
        sum.unanswered++;
        continue;
      }
      if (r.status === 'applied' || r.status === 'duplicate') {
        if (r.status === 'duplicate' && !opts.trustDuplicates) {
          sum.unanswered++;
          continue;
        }
        sum[r.status]++;
        outcome.set(e.recordId, { version: r.version });
      } else if (r.status === 'conflict' && r.winner) {
        sum.conflicts++;
        if (!sameContent(e.record, r.winner)) {
          await db.conflicts.put({
            id: `${e.recordId}:${e.seq}:${e.createdAt}`,
            recordId: e.recordId,
            kind: e.record.kind,
            losing: e.record,
            winning: r.winner,
            at,
            resolved: false,
            ...(e.byName ? { losingByName: e.byName } : {}),
          });
        }
        outcome.set(e.recordId, { winner: r.winner });
      } else if (r.status === 'rejected' || r.status === 'conflict') {
        // A conflict without a winner cannot be shown side by side; keep it as a rejection with words.
        sum.rejected++;
        await db.rejections.put({
          id: `${e.recordId}:${e.seq}:${e.createdAt}`,
          recordId: e.recordId,
          kind: e.record.kind,
          reason: cutText(String(r.reason ?? (r.status === 'conflict' ? 'conflict' : 'unknown')), 300),
          record: e.record,
          at,
        });
      } else {
        sum.unanswered++;
        continue;
      }
      done.push(e.seq!);
    }
    await db.outbox.bulkDelete(done);

    // A newer local edit still queued wins locally; the server will decide about it on its push.
    const ids = [...outcome.keys()];
    const stillQueued = new Set(ids.length ? (await db.outbox.where('recordId').anyOf(ids).toArray()).map((e) => e.recordId) : []);
    const settle = ids.filter((id) => !stillQueued.has(id));
    const locals = await db.records.bulkGet(settle);
    const puts: SyncRecord[] = [];
    settle.forEach((id, i) => {
      const o = outcome.get(id)!;
      if (o.winner) {
        puts.push(o.winner);
        sum.replaced.push(o.winner);
      }
      else if (locals[i] && typeof o.version === 'number' && o.version > 0) puts.push({ ...locals[i]!, version: o.version });
    });
    if (puts.length) await db.records.bulkPut(puts);

    const st = await getSyncState(db);
    const maxSent = sorted.reduce((m, e) => Math.max(m, e.seq!), 0);
    await patchSyncState(db, { ackedSeq: Math.max(st.ackedSeq, resp.lastAppliedSeq), seqHigh: Math.max(st.seqHigh, maxSent) });
    return sum;
  });
}

/** Moves one change the server cannot take even alone (too large, malformed) out of the queue. */
export async function rejectLocally(db: KaderDb, e: OutboxEntry, reason: string, now = new Date()): Promise<void> {
  await db.transaction('rw', [db.outbox, db.rejections], async () => {
    await db.rejections.put({
      id: `${e.recordId}:${e.seq}:${e.createdAt}`,
      recordId: e.recordId,
      kind: e.record.kind,
      reason,
      record: e.record,
      at: now.toISOString(),
    });
    await db.outbox.delete(e.seq!);
  });
}
