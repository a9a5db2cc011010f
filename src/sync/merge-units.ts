import type { KaderDb } from '../data/db';
import { parseAddr, type SyncRecord } from '../domain/records';
import type { Scope } from './protocol';

// One Posyandu (RT, dasawisma group) has one unit record. A kader who filled in the Posyandu form
// before the county's copy of her Posyandu reached the phone made a second one, at the enrolled
// address (readdress.ts, or data/posyandu/units.ts on an enrolled phone). Once the county's own
// record of that unit is on the phone (pulled: version > 0), the phone's never-sent one is folded
// into it before it is ever sent, so the county never gets a duplicate Posyandu: the county's
// stays, and the kader's version is kept as a conflict with both side by side on the Sinkron tab
// ("Pakai versi HP ini" saves it as an edit of the county's record). Records pointing at the
// local unit follow the county's id. Nothing the kader typed is dropped.

export interface MergeResult {
  /** Names of the phone's unit records folded into the county's, as typed. */
  merged: string[];
}

const nameOf = (r: SyncRecord) => {
  const d = (r.data ?? {}) as { name?: unknown; rtNo?: unknown };
  return String(d.name ?? (d.rtNo !== undefined ? `RT ${d.rtNo}` : '')).trim();
};

/** The kind of the record that describes the unit a scope is (null for a desa or county scope). */
export function unitKindOf(scopePrefix: string): string | null {
  const a = parseAddr(scopePrefix);
  if (a.group !== undefined) return 'dasawisma.group';
  if (a.posyandu !== undefined) return 'posyandu.unit';
  if (a.rt !== undefined) return 'rt.unit';
  return null;
}

export async function mergeLocalUnits(db: KaderDb, scope: Scope, now = new Date()): Promise<MergeResult> {
  const kind = unitKindOf(scope.prefix);
  if (!kind) return { merged: [] };
  return db.transaction('rw', [db.records, db.outbox, db.conflicts], async () => {
    const here = (await db.records.where('[kind+addr]').equals([kind, scope.prefix]).toArray()).filter((r) => !r.deleted);
    const county = here.filter((r) => r.version > 0).sort((a, b) => b.version - a.version)[0];
    if (!county) return { merged: [] };
    const locals = here.filter((r) => r.version === 0 && r.id !== county.id);
    const at = now.toISOString();
    for (const local of locals) {
      const mine: SyncRecord = { ...local, id: county.id, version: county.version };
      if (JSON.stringify(mine.data) !== JSON.stringify(county.data)) {
        await db.conflicts.put({ id: `${county.id}:merged:${local.id}`, recordId: county.id, kind, losing: mine, winning: county, at, resolved: false });
      }
      await db.records.delete(local.id);
      await db.outbox.where('recordId').equals(local.id).delete();
      // Rare path (a merge happens once per phone at most): a scan is fine.
      const children = await db.records.filter((r) => r.parent === local.id).toArray();
      for (const c of children) await db.records.update(c.id, { parent: county.id });
      const queued = await db.outbox.filter((e) => e.record?.parent === local.id).toArray();
      for (const e of queued) await db.outbox.put({ ...e, record: { ...e.record, parent: county.id } });
    }
    return { merged: locals.map(nameOf).filter(Boolean) };
  });
}
