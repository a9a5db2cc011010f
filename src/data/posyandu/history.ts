import type { KaderDb, HistoryEntry } from '../db';
import type { Child, Visit } from './types';

export interface ChangeRow {
  at: string;
  /** the person, when the writer knew it; history rows are this phone's own edits */
  byName?: string;
  recordId: string;
  kind: string;
  /** 'changed': the fields whose value differs; 'deleted': a tombstone (a corrected visit) */
  action: 'changed' | 'deleted';
  fields: string[];
  before: unknown;
}

function changedFields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** Who changed what and when on a child's profile and its visits (corrections tombstone the old row). */
export async function childHistory(db: KaderDb, child: Child, visits: readonly Visit[]): Promise<ChangeRow[]> {
  const ids = [child.id, ...visits.map((v) => v.id), ...visits.flatMap((v) => (v.data.replaces ? [v.data.replaces] : []))];
  const rows: HistoryEntry[] = await db.history.where('recordId').anyOf(ids).toArray();
  return rows
    .map((h) => ({
      at: h.at,
      ...(h.byName ? { byName: h.byName } : {}),
      recordId: h.recordId,
      kind: h.kind,
      action: h.after === null ? ('deleted' as const) : ('changed' as const),
      fields: h.after === null ? [] : changedFields(h.before, h.after),
      before: h.before,
    }))
    .sort((x, y) => (x.at < y.at ? 1 : -1));
}
