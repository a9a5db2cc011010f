import type { PushResponse } from '../../sync/protocol';
import type { Db } from '../db/types';
import { isDataError } from '../db/errors';
import { isFallBack, writeFast, type FastPush } from './push-fast';

// Group commit for the fast path. Every statement and every commit has a fixed cost (on PGlite,
// which runs one statement at a time, it was about half the time of a 50-record batch), so
// batches that arrive while a write is running are written together by the next statement.
// There is no timer: an idle server writes a batch at once; under load the groups grow by
// themselves, up to maxRows.

export interface PushGroupOptions {
  /** Group statements running at once (PGlite serialises everything: 1). */
  maxInFlight: number;
  /** Records per statement; a single larger batch still goes alone. */
  maxRows?: number;
}

interface Waiting extends FastPush {
  rows: number;
  done(r: PushResponse | null): void;
  fail(e: unknown): void;
}

export class PushGroups {
  private queue: Waiting[] = [];
  private inFlight = 0;
  /** Devices whose batch is being written: a device is in at most one statement at a time. */
  private busy = new Set<string>();
  private readonly maxRows: number;
  private scheduled = false;

  constructor(
    private db: Db,
    private o: PushGroupOptions,
  ) {
    this.maxRows = o.maxRows ?? 1000;
  }

  /** The batch's answer, or null when the general path must decide it. */
  write(p: FastPush): Promise<PushResponse | null> {
    return new Promise((done, fail) => {
      this.queue.push({ ...p, rows: p.req.changes.length, done, fail });
      this.schedule();
    });
  }

  // Not at once: PGlite runs a statement synchronously, blocking the event loop, so a request
  // that started a write at once would always write alone. setImmediate runs after every
  // request that arrived with it has been read and validated, and they go in one statement.
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

  /** Oldest first, one kabupaten (one numbering lock) per statement, each device once. */
  private take(): Waiting[] {
    const group: Waiting[] = [];
    const devices = new Set<string>();
    let rows = 0;
    let kab: string | null = null;
    const rest: Waiting[] = [];
    for (const w of this.queue) {
      const fits =
        !this.busy.has(w.device.id) && !devices.has(w.device.id) && (kab === null || w.device.kab === kab) &&
        (group.length === 0 || rows + w.rows <= this.maxRows);
      if (!fits) {
        rest.push(w);
        continue;
      }
      group.push(w);
      devices.add(w.device.id);
      rows += w.rows;
      kab = w.device.kab;
    }
    this.queue = rest;
    return group;
  }

  private async run(group: Waiting[]): Promise<void> {
    try {
      const out = await writeFast(this.db, group[0].device.kab, group);
      group.forEach((w, i) => w.done(out[i]));
      return;
    } catch (e) {
      if (!isFallBack(e) && !isDataError(e)) return group.forEach((w) => w.fail(e));
    }
    // One batch of the group holds an id that is stored already (or two hold the same id), or a
    // value the database refuses: try each alone, so only that one goes to the general path, which
    // looks the id up, or rejects the refused change alone (sync/push.ts). One device's bad
    // change must never fail another device's batch.
    for (const w of group) {
      try {
        w.done(group.length > 1 ? (await writeFast(this.db, w.device.kab, [w]))[0] : null);
      } catch (e) {
        if (isFallBack(e) || isDataError(e)) w.done(null);
        else w.fail(e);
      }
    }
  }
}
