import type { PushResponse } from '../../sync/protocol';
import type { Db } from '../db/types';
import { isDataError } from '../db/errors';
import { fastEligible, isFallBack, writeFast } from './push-fast';
import { inTx, isolate, pushTx, RetryPush, type PushItem } from './push-tx';

// Group commit: every statement and every commit has a fixed cost (on PGlite, which runs one
// statement at a time and blocks the event loop while it does, it was most of a 50-record
// batch's time), so the batches that arrive while a write runs are written together by the next
// one: ONE autocommit statement when they are all new append rows (push-fast.ts), else ONE
// general transaction (push-tx.ts). There is no timer: an idle server writes a batch at once;
// under load the groups grow by themselves, up to maxRows, and every waiting batch is in one of
// the next groups (oldest first), so none waits behind many rounds of others.
//
// A group holds one kabupaten (one numbering lock), each device at most once, and no record id
// twice: each batch is then decided exactly as if it ran alone, in arrival order.

export interface PushGroupOptions {
  /** Group writes running at once (PGlite serialises everything: 1). */
  maxInFlight: number;
  /** Records per group; a single larger batch still goes alone. */
  maxRows?: number;
}

interface Waiting extends PushItem {
  rows: number;
  ids: string[];
  fast: boolean;
  done(r: PushResponse): void;
  fail(e: unknown): void;
}

export class PushGroups {
  private queue: Waiting[] = [];
  private inFlight = 0;
  /** Devices whose batch is being written: a device is in at most one write at a time. */
  private busy = new Set<string>();
  private readonly maxRows: number;
  private scheduled = false;

  constructor(
    private db: Db,
    private o: PushGroupOptions,
  ) {
    this.maxRows = o.maxRows ?? 1000;
  }

  /** The batch's answer, once written (or refused) with the group it joined. */
  submit(p: PushItem): Promise<PushResponse> {
    return new Promise((done, fail) => {
      this.queue.push({
        ...p, rows: p.req.changes.length, ids: p.req.changes.map((c) => c.record.id), fast: fastEligible(p.req, p.checks), done, fail,
      });
      this.schedule();
    });
  }

  // Not at once: PGlite runs a statement synchronously, blocking the event loop, so a request
  // that started a write at once would always write alone. setImmediate runs after every
  // request that arrived with it has been read and validated, and they go in one group.
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.o.maxInFlight) {
      const group = this.take();
      if (!group.length) return;
      this.inFlight++;
      for (const w of group) this.busy.add(w.device.id);
      void this.run(group).finally(() => {
        this.inFlight--;
        for (const w of group) this.busy.delete(w.device.id);
        this.schedule();
      });
    }
  }

  /** Oldest first, one kabupaten per group, each device once, no record id twice. */
  private take(): Waiting[] {
    const group: Waiting[] = [];
    const devices = new Set<string>();
    const ids = new Set<string>();
    let rows = 0;
    let kab: string | null = null;
    const rest: Waiting[] = [];
    for (const w of this.queue) {
      const fits =
        !this.busy.has(w.device.id) && !devices.has(w.device.id) && (kab === null || w.device.kab === kab) &&
        (group.length === 0 || rows + w.rows <= this.maxRows) && !w.ids.some((id) => ids.has(id));
      if (!fits) {
        rest.push(w);
        continue;
      }
      group.push(w);
      devices.add(w.device.id);
      for (const id of w.ids) ids.add(id);
      rows += w.rows;
      kab = w.device.kab;
    }
    this.queue = rest;
    return group;
  }

  private async run(group: Waiting[]): Promise<void> {
    let left = group;
    if (group.every((w) => w.fast)) {
      try {
        const out = await writeFast(this.db, group[0].device.kab, group);
        left = [];
        group.forEach((w, i) => {
          const r = out[i];
          if (r) w.done(r);
          else left.push(w); // a seq taken before (a replay): the general transaction answers it
        });
      } catch (e) {
        // An id stored already (or two batches sharing one), a lock clash, a value the database
        // refuses: the general transaction looks the ids up, and isolates a refused value.
        if (!isFallBack(e) && !isDataError(e)) return group.forEach((w) => w.fail(e));
      }
    }
    if (left.length) await this.general(left);
  }

  /** The general transaction for the group; one batch's failure never fails the others. */
  private async general(group: Waiting[]): Promise<void> {
    try {
      const out = await inTx(this.db, (q) => pushTx(q, group[0].device.kab, group));
      group.forEach((w, i) => w.done(out[i]));
      return;
    } catch (e) {
      const mine = isDataError(e) || e instanceof RetryPush || isFallBack(e);
      if (!mine) return group.forEach((w) => w.fail(e));
      if (group.length > 1) {
        for (const w of group) await this.general([w]);
        return;
      }
      const [w] = group;
      if (!isDataError(e) || !w.req.changes.length) return w.fail(e);
      await isolate(this.db, w).then(w.done, w.fail);
    }
  }
}
