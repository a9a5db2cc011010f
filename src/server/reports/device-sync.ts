import type { Queryable } from '../db/types';
import { iso, json } from '../db/types';
import type { Scope } from '../../sync/protocol';

// When a unit last synced: the latest sync of any working (not revoked) phone whose scope holds
// the unit and the module, county devices left out (they see everything and say nothing about a
// Posyandu's phone).

export const NO_SYNC_DAYS = 45;

export interface SyncIndex {
  /** scope prefix → latest sync time (ISO) of the phones with that prefix and module */
  byPrefix: Map<string, string | null>;
}

export async function loadSyncIndex(q: Queryable, kab: string, module: string): Promise<SyncIndex> {
  const rows = await q.query<{ scope: unknown; last_sync_at: unknown }>(
    "select scope, last_sync_at from devices where kab = $1 and revoked_at is null and role <> 'county'",
    [kab],
  );
  const byPrefix = new Map<string, string | null>();
  for (const r of rows) {
    const s = json<Scope>(r.scope);
    if (!s.modules.includes(module as Scope['modules'][number])) continue;
    const at = iso(r.last_sync_at);
    const had = byPrefix.get(s.prefix);
    if (had === undefined || (at !== null && (had === null || at > had))) byPrefix.set(s.prefix, at);
  }
  return { byPrefix };
}

/**
 * Latest sync of the phones covering addr (the unit itself or an area above it).
 * undefined: no phone enrolled for it; null: enrolled but never synced.
 */
export function lastSyncOf(idx: SyncIndex, addr: string): string | null | undefined {
  let best: string | null | undefined;
  for (let a = addr; a.includes('/'); a = a.slice(0, a.lastIndexOf('/'))) {
    const at = idx.byPrefix.get(a);
    if (at === undefined) continue;
    if (best === undefined || (at !== null && (best === null || at > best))) best = at;
  }
  return best;
}

/** Not synced for NO_SYNC_DAYS days (or never, or no phone at all). */
export function staleSync(lastSync: string | null | undefined, now: Date): boolean {
  if (!lastSync) return true;
  return now.getTime() - Date.parse(lastSync) > NO_SYNC_DAYS * 86_400_000;
}
