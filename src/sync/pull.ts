import type { KaderDb } from '../data/db';
import { putRemoteRecords } from '../data/remote';
import { kindSpec, type ModuleName } from '../domain/records';
import type { LostEdit, PullResponse } from './protocol';
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
  /** Modules whose records this page changed (open screens of those modules refresh). */
  modules: Set<ModuleName>;
}

/** The modules of `records` (records of an unknown kind count for none). */
export function modulesOf(records: readonly { kind: string }[]): Set<ModuleName> {
  const out = new Set<ModuleName>();
  for (const r of records) {
    const m = kindSpec(r.kind)?.module;
    if (m) out.add(m);
  }
  return out;
}

function validLostEdit(x: unknown): x is LostEdit {
  const l = x as LostEdit;
  return !!l && typeof l.id === 'string' && /^\d{1,20}$/.test(l.id) && typeof l.recordId === 'string' && typeof l.kind === 'string' && !!l.by && typeof l.by.deviceId === 'string';
}

export async function applyPullPage(db: KaderDb, resp: PullResponse): Promise<PageSummary> {
  return db.transaction('rw', [db.records, db.outbox, db.meta, db.notices], async () => {
    const ids = [...new Set(resp.changes.map((r) => r.id))];
    const queued = new Set<string>();
    if (ids.length) {
      // One index read for the page instead of one per record (a first sync pulls thousands).
      const entries = await db.outbox.where('recordId').anyOf(ids).toArray();
      for (const e of entries) queued.add(e.recordId);
    }
    // A page lists each record once (its newest version), so last-wins bulkPut is exact.
    const take = resp.changes.filter((r) => !queued.has(r.id));
    // The Posyandu day's visit columns follow in the same transaction (data/remote.ts).
    await putRemoteRecords(db, take);
    await patchSyncState(db, { cursor: resp.cursor });
    // Peers (e.g. the dasawisma kaders' phones under a PKK coordinator) feed the group status.
    if (resp.peers) await db.meta.put({ key: 'peers', value: resp.peers });
    // Other phones' edits that lost against this phone's version: a notice each, with the cursor.
    if (Array.isArray(resp.lostEdits) && typeof resp.lostCursor === 'string' && /^\d{1,20}$/.test(resp.lostCursor)) {
      const fresh = resp.lostEdits.filter(validLostEdit);
      // A notice the user dismissed stays dismissed if the server ever sends it again.
      const known = new Set((await db.notices.bulkGet(fresh.map((l) => `lost:${l.id}`))).filter((n) => !!n).map((n) => n!.id));
      for (const l of fresh.filter((x) => !known.has(`lost:${x.id}`))) {
        await db.notices.add({
          id: `lost:${l.id}`, type: 'lostEdit', at: typeof l.at === 'string' ? l.at : new Date().toISOString(), recordId: l.recordId, kind: l.kind,
          loser: l.loser ?? null,
          by: { deviceId: l.by.deviceId, role: String(l.by.role ?? ''), label: String(l.by.label ?? ''), deviceName: l.by.deviceName ?? null, kaderName: l.by.kaderName ?? null },
        });
      }
      await patchSyncState(db, { lostCursor: resp.lostCursor });
    }
    return { applied: take.length, keptLocal: resp.changes.length - take.length, modules: modulesOf(take) };
  });
}
