import type { KaderDb } from '../data/db';
import type { PullResponse } from './protocol';
import { patchSyncState } from './sync-state';

// Applying one page of other devices' changes. The cursor moves in the same transaction as the
// records, so a crash between the two can neither skip nor half-apply a page.

export function validPullResponse(x: unknown): x is PullResponse {
  const r = x as PullResponse;
  return (
    !!r &&
    Array.isArray(r.changes) &&
    typeof r.cursor === 'string' &&
    /^\d{1,20}$/.test(r.cursor) &&
    typeof r.hasMore === 'boolean' &&
    typeof r.lastAppliedSeq === 'number'
  );
}

export interface PageSummary {
  applied: number;
  /** Records with a local edit still queued: that edit goes to the server, which decides. */
  keptLocal: number;
}

export async function applyPullPage(db: KaderDb, resp: PullResponse): Promise<PageSummary> {
  return db.transaction('rw', [db.records, db.outbox, db.meta], async () => {
    let applied = 0;
    let keptLocal = 0;
    for (const rec of resp.changes) {
      if ((await db.outbox.where('recordId').equals(rec.id).count()) > 0) {
        keptLocal++;
        continue;
      }
      await db.records.put(rec);
      applied++;
    }
    await patchSyncState(db, { cursor: resp.cursor });
    return { applied, keptLocal };
  });
}
