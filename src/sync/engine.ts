import type { KaderDb } from '../data/db';
import type { ModuleName } from '../domain/records';
import { loadActiveConfig } from '../data/config';
import { API, MAX_PULL_LIMIT, type EnrollResponse, type PullRequest, type PushRequest, type PushResponse, type PullResponse } from './protocol';
import { getEnrolment, getProfile, setEnrolment, type Enrolment } from '../data/device';
import { joinUrl, postJson, SyncError, type FetchLike, type SyncErrorKind } from './http';
import { applyPushResults, nextBatch, rejectLocally, toChanges, validPushResponse } from './push';
import { applyPullPage, modulesOf, validPullResponse } from './pull';
import { compareServerSeq, renumberPending, requeueOwnRecords } from './restore';
import { readdressLocalRecords } from './readdress';
import { mergeUnitsAndNote, repairScopeRejections } from './repair';
import { DEFAULT_BATCH, getSyncState, patchSyncState, resetSyncState } from './sync-state';
import { cutText } from '../domain/text';
import { signedIn } from '../data/security/session';
import { wipeLocalData } from '../data/wipe';

// The client sync engine: enrolment, then push the outbox and pull the scope until both sides
// agree. It runs the same in the browser and in Node (tests, chaos simulation): everything it
// needs (database, fetch, clock) comes in through the options.

export interface EngineOptions {
  db: KaderDb;
  fetch: FetchLike;
  /** Overrides the server URL stored with the enrolment ('' = same origin). */
  serverUrl?: string;
  timeoutMs?: number;
  /** Largest push batch (the server allows MAX_PUSH_CHANGES). */
  maxBatch?: number;
  pullLimit?: number;
  appVersion?: string;
  now?: () => Date;
}

export type SyncPhase = 'check' | 'push' | 'pull';

export interface SyncProgress {
  phase: SyncPhase;
  pushed: number;
  /** Changes waiting when the push started. */
  toPush: number;
  pulled: number;
}

export interface SyncCounts {
  pushed: number;
  pulled: number;
  conflicts: number;
  rejected: number;
  /** The server lost changes (restored from a backup) and this phone sent them again. */
  resent: number;
}

export type SyncOutcome =
  | ({ ok: true; at: string } & SyncCounts)
  | ({ ok: false; error: SyncErrorKind; reason: string; retryable: boolean } & SyncCounts);

/**
 * Records of these modules changed on this phone by sync (pulled, re-addressed at enrolment,
 * replaced by a conflict's winner): screens showing them read again.
 */
export type DataChangeListener = (modules: ModuleName[]) => void;

export interface EnrollResult extends EnrollResponse {
  /** Records made before enrolment that moved into the scope. */
  moved: number;
}

const ROUNDS = 4;

export class SyncEngine {
  private listeners = new Set<(p: SyncProgress) => void>();
  private dataListeners = new Set<DataChangeListener>();
  /** Modules changed during the sync running now; announced when it ends. */
  private changed = new Set<ModuleName>();
  private readonly timeoutMs: number;
  private readonly maxBatch: number;
  private readonly pullLimit: number;

  constructor(private readonly opts: EngineOptions) {
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.maxBatch = Math.min(opts.maxBatch ?? DEFAULT_BATCH, 500);
    // Big pages: on a 2G/3G link every request costs a round trip (see tests/bench/first-sync.bench.ts).
    this.pullLimit = opts.pullLimit ?? MAX_PULL_LIMIT;
  }

  get db(): KaderDb {
    return this.opts.db;
  }

  onProgress(fn: (p: SyncProgress) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(p: SyncProgress) {
    for (const fn of this.listeners) fn(p);
  }

  /** Called after enrolment and at the end of every sync that changed records on this phone. */
  onDataChanged(fn: DataChangeListener): () => void {
    this.dataListeners.add(fn);
    return () => this.dataListeners.delete(fn);
  }

  private announce(modules: Iterable<ModuleName>) {
    const list = [...new Set(modules)];
    if (!list.length) return;
    for (const fn of this.dataListeners) {
      try {
        fn(list);
      } catch {
        // A screen's refresh failing must not fail the sync.
      }
    }
  }

  private now(): Date {
    return this.opts.now?.() ?? new Date();
  }

  /** Enrols this phone with a code from the county and moves pre-enrolment records into its scope. */
  async enroll(code: string, o: { serverUrl?: string; deviceName?: string } = {}): Promise<EnrollResult> {
    const serverUrl = o.serverUrl ?? this.opts.serverUrl ?? '';
    const resp = await postJson<EnrollResponse>({
      fetch: this.opts.fetch,
      url: joinUrl(serverUrl, API.enroll),
      body: { code: code.trim(), deviceName: o.deviceName ?? (await this.names()).deviceName, appVersion: this.opts.appVersion },
      timeoutMs: this.timeoutMs,
    });
    if (!resp || typeof resp.token !== 'string' || typeof resp.deviceId !== 'string' || !resp.scope?.prefix) {
      throw new SyncError('protocol', 'enroll response');
    }
    const db = this.opts.db;
    const e: Enrolment = {
      deviceId: resp.deviceId,
      token: resp.token,
      role: resp.role,
      scope: resp.scope,
      serverUrl,
      enrolledAt: this.now().toISOString(),
    };
    await db.transaction('rw', [db.meta], async () => {
      await setEnrolment(db, e);
      // A new device id starts at seq 0 on the server and a new scope is pulled from the start.
      await resetSyncState(db);
    });
    const { moved } = await readdressLocalRecords(db, resp.scope, resp.deviceId);
    // Every module of the new scope: what the phone may show changed even if no record moved.
    this.announce(resp.scope.modules);
    return { ...resp, moved };
  }

  async pendingCount(): Promise<number> {
    return this.opts.db.outbox.count();
  }

  /**
   * One full sync: push every change queued when it started, then pull until the server has no
   * more. ok:true only when the server acknowledged every pushed change and the pull finished.
   */
  async syncOnce(): Promise<SyncOutcome> {
    const counts: SyncCounts = { pushed: 0, pulled: 0, conflicts: 0, rejected: 0, resent: 0 };
    this.changed.clear();
    try {
      const e = await getEnrolment(this.opts.db);
      if (!e) throw new SyncError('notEnrolled');
      for (let round = 0; round < ROUNDS; round++) {
        if ((await getSyncState(this.opts.db)).cursor === '0') {
          // Nothing pulled yet (a new enrolment): learn the county's records before sending ours,
          // so a Posyandu the kader filled in before it arrived is folded into the county's.
          if (!(await this.pullAll(e, counts))) continue;
        }
        // Before anything is sent: a local unit for the enrolled one never reaches the server as a second unit.
        await this.foldUnits(e);
        await this.check(e, counts);
        await this.pushAll(e, counts);
        // Refused as out of scope but made for this scope: moved in and sent again at once.
        const fixed = await repairScopeRejections(this.opts.db, e, this.now());
        if (fixed.moved) {
          counts.rejected = Math.max(0, counts.rejected - fixed.cleared);
          for (const m of fixed.modules) this.changed.add(m);
          await this.pushAll(e, counts);
        }
        if (await this.pullAll(e, counts)) {
          await this.foldUnits(e);
          const at = this.now().toISOString();
          await patchSyncState(this.opts.db, { lastSuccessAt: at });
          return { ok: true, at, ...counts };
        }
        // The pull found the server behind or ahead of this phone; the queue was fixed: go again.
      }
      throw new SyncError('protocol', 'server keeps changing its sequence');
    } catch (err) {
      // The county revoked this phone (not merely an unknown token): final push, then wipe.
      if (err instanceof SyncError && err.kind === 'revoked' && err.reason === 'revoked') return await this.retire(counts);
      const se = err instanceof SyncError ? err : new SyncError('protocol', cutText(String((err as Error)?.message ?? err), 200));
      if (!(err instanceof SyncError)) {
        // Storage errors (quota, blocked) are not network problems; rethrow so the screen says so.
        if ((err as { name?: string })?.name && (err as { name: string }).name !== 'Error') throw err;
      }
      return { ok: false, error: se.kind, reason: se.reason, retryable: se.retryable, ...counts };
    } finally {
      // Also after a failed sync: the pages applied before the failure are on the phone.
      this.announce(this.changed);
      this.changed.clear();
    }
  }

  /**
   * A revoked phone: push whatever is still queued (the server takes a revoked device's pushes for
   * FINAL_PUSH_DAYS, server/auth/devices.ts), then wipe the database — only when the outbox is
   * empty. Anything the server did not take stays on the phone and the outcome says so.
   */
  private async retire(counts: SyncCounts): Promise<SyncOutcome> {
    const db = this.opts.db;
    const e = await getEnrolment(db);
    try {
      if (e) {
        await this.check(e, counts);
        await this.pushAll(e, counts);
      }
    } catch {
      // Not accepted (offline now, or the final-push window closed): nothing is wiped.
    }
    const left = await db.outbox.count();
    if (left > 0) return { ok: false, error: 'revoked', reason: 'revoked', retryable: false, ...counts };
    await wipeLocalData(db);
    return { ok: false, error: 'revoked', reason: 'wiped', retryable: false, ...counts };
  }

  /** When the county's unit record is on the phone, a never-sent local one is folded into it. */
  private async foldUnits(e: Enrolment): Promise<void> {
    if (await mergeUnitsAndNote(this.opts.db, e, this.now())) {
      for (const m of e.scope.modules) this.changed.add(m);
    }
  }

  /** The kader's and the phone's names from Settings, for the county and the other phones. */
  private async names(): Promise<{ deviceName?: string; kaderName?: string }> {
    const p = await getProfile(this.opts.db);
    // The person signed in with her PIN (issue 17) is the kader the county and other phones see.
    const kaderName = signedIn()?.name ?? p.kaderName;
    return { ...(p.deviceName ? { deviceName: cutText(p.deviceName, 80) } : {}), ...(kaderName ? { kaderName: cutText(kaderName, 80) } : {}) };
  }

  private post<T>(e: Enrolment, path: string, body: unknown): Promise<T> {
    return postJson<T>({
      fetch: this.opts.fetch,
      url: joinUrl(this.opts.serverUrl ?? e.serverUrl, path),
      body,
      token: e.token,
      timeoutMs: this.timeoutMs,
    });
  }

  /** Asks the server which seq of ours it holds before sending anything that could be mistaken. */
  private async check(e: Enrolment, counts: SyncCounts): Promise<void> {
    if ((await this.opts.db.outbox.count()) === 0) return;
    this.emit({ phase: 'check', pushed: 0, toPush: 0, pulled: 0 });
    const resp = await this.post<PushResponse>(e, API.push, { changes: [] } satisfies PushRequest);
    if (!validPushResponse(resp)) throw new SyncError('protocol', 'push response');
    await this.reconcileSeq(e, resp.lastAppliedSeq, counts);
  }

  /** @returns true when the queue or cursor had to be changed. */
  private async reconcileSeq(e: Enrolment, serverLast: number, counts: SyncCounts): Promise<boolean> {
    const db = this.opts.db;
    const verdict = await compareServerSeq(db, serverLast);
    if (verdict === 'serverLost') {
      counts.resent += await requeueOwnRecords(db, e.deviceId, serverLast, this.now());
      return true;
    }
    if (verdict === 'phoneRestored') {
      await renumberPending(db, serverLast);
      return true;
    }
    return false;
  }

  private async pushAll(e: Enrolment, counts: SyncCounts): Promise<void> {
    const db = this.opts.db;
    const last = await db.outbox.orderBy(':id').last();
    if (!last) return;
    // Only what was queued when the push began: a kader typing during sync cannot keep it running.
    let maxSeq = last.seq!;
    const toPush = await db.outbox.count();
    let size = Math.min(this.maxBatch, (await getSyncState(db)).batchSize || this.maxBatch);
    let pushed = 0;
    let stuck = 0;
    this.emit({ phase: 'push', pushed, toPush, pulled: 0 });
    for (;;) {
      const entries = await nextBatch(db, size, maxSeq);
      if (entries.length === 0) {
        // A size the server refused (413) is kept for this sync; the next one tries twice as much.
        if (size < this.maxBatch) await patchSyncState(db, { batchSize: Math.min(this.maxBatch, size * 2) });
        return;
      }
      const st = await getSyncState(db);
      const sentHigh = Math.max(st.seqHigh, entries[entries.length - 1].seq!);
      await patchSyncState(db, { seqHigh: sentHigh });
      let resp: PushResponse;
      try {
        resp = await this.post<PushResponse>(e, API.push, {
          changes: toChanges(entries),
          client: { pending: toPush - pushed, appVersion: this.opts.appVersion, configVersion: (await loadActiveConfig(db)).version },
        } satisfies PushRequest);
      } catch (err) {
        if (err instanceof SyncError && (err.kind === 'tooLarge' || err.kind === 'badRequest')) {
          if (entries.length > 1) {
            size = Math.max(1, Math.floor(entries.length / 2));
            await patchSyncState(db, { batchSize: size });
            continue;
          }
          // This one change cannot be sent at all; it must not block the changes behind it.
          await rejectLocally(db, entries[0], err.kind === 'tooLarge' ? 'too-large' : `bad-request: ${err.reason}`, this.now());
          counts.rejected++;
          continue;
        }
        throw err;
      }
      if (!validPushResponse(resp)) throw new SyncError('protocol', 'push response');
      // The server holds seqs of ours this database never sent: the phone was restored from a backup
      // and its 'duplicate' answers are about other, lost changes. Keep those entries and renumber.
      const restored = resp.lastAppliedSeq > Math.max(sentHigh, st.ackedSeq);
      const sum = await applyPushResults(db, entries, resp, { trustDuplicates: !restored, now: this.now() });
      for (const m of modulesOf(sum.replaced)) this.changed.add(m);
      const acked = sum.applied + sum.duplicate + sum.conflicts + sum.rejected;
      pushed += acked;
      counts.pushed += sum.applied + sum.duplicate;
      counts.conflicts += sum.conflicts;
      counts.rejected += sum.rejected;
      this.emit({ phase: 'push', pushed, toPush, pulled: 0 });
      if (restored || sum.suspectRestore) {
        await renumberPending(db, resp.lastAppliedSeq);
        const top = await db.outbox.orderBy(':id').last();
        maxSeq = top?.seq ?? maxSeq;
      }
      if (sum.unanswered > 0 && !restored && !sum.suspectRestore) {
        if (++stuck >= 3) throw new SyncError('protocol', 'changes not acknowledged');
      } else stuck = 0;
    }
  }

  /**
   * Pulls page after page. The next page is requested as soon as a page arrives, while that page
   * is written to IndexedDB, so on a slow link the writing hides behind the next round trip. Only
   * one request is ever in flight, and the cursor still moves only with a page's records.
   * @returns false when the server's seq showed a backup on either side (the caller goes again).
   */
  private async pullAll(e: Enrolment, counts: SyncCounts): Promise<boolean> {
    const db = this.opts.db;
    // What the county sees of this phone: read between pages, never while a page is being
    // written (a read would queue behind that write and hold the next request back).
    const names = await this.names();
    const clientInfo = async () => ({ pending: await db.outbox.count(), configVersion: (await loadActiveConfig(db)).version, ...names });
    // Other phones' edits that lost against ours, after the last one this phone heard of.
    const lostAfter = (await getSyncState(db)).lostCursor;
    let client = await clientInfo();
    const request = (cursor: string): Promise<PullResponse> => {
      const body: PullRequest = { cursor, limit: this.pullLimit, client, lostAfter };
      const p = this.post<PullResponse>(e, API.pull, body);
      // Awaited in the loop; until then a failure must not count as an unhandled rejection.
      p.catch(() => {});
      return p;
    };
    let cursor = (await getSyncState(db)).cursor;
    let inFlight = request(cursor);
    for (let pages = 0; ; pages++) {
      const resp = await inFlight;
      if (!validPullResponse(resp)) throw new SyncError('protocol', 'pull response');
      if (await this.reconcileSeq(e, resp.lastAppliedSeq, counts)) return false;
      if (resp.hasMore) {
        if (resp.cursor === cursor && resp.changes.length === 0) throw new SyncError('protocol', 'pull cursor did not move');
        if (pages > 100_000) throw new SyncError('protocol', 'too many pages');
        inFlight = request(resp.cursor);
      }
      const page = await applyPullPage(db, resp);
      for (const m of page.modules) this.changed.add(m);
      counts.pulled += page.applied;
      this.emit({ phase: 'pull', pushed: counts.pushed, toPush: 0, pulled: counts.pulled });
      if (!resp.hasMore) return true;
      cursor = resp.cursor;
      client = await clientInfo();
    }
  }
}
