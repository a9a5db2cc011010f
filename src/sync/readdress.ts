import type { KaderDb, OutboxEntry } from '../data/db';
import { covers, kindSpec, LOCAL_PREFIX, type SyncRecord } from '../domain/records';
import type { Scope } from './protocol';

// At enrolment, records made before it (addr 'local/…', or a unit id the phone made up) move into
// the enrolled scope so they sync. Records the server already acknowledged (version > 0) stay where
// they are: they belong to their unit on the server, even if this phone now works for another one.

interface Segs {
  posyandu?: string;
  rt?: string;
  group?: string;
  lkd?: string;
  posyantek?: string;
}

function unitSegments(addr: string): Segs {
  const out: Segs = {};
  for (const seg of addr.split('/')) {
    const i = seg.indexOf(':');
    if (i < 0) continue;
    const k = seg.slice(0, i);
    const v = seg.slice(i + 1);
    if (k === 'posyandu') out.posyandu = v;
    else if (k === 'rt') out.rt = v;
    else if (k === 'dw') out.group = v;
    else if (k === 'lkd') out.lkd = v;
    else if (k === 'posyantek') out.posyantek = v;
  }
  return out;
}

/** Where a record made before enrolment lives inside `scopePrefix`; null when it cannot be placed. */
export function readdress(addr: string, scopePrefix: string): string | null {
  const scope = unitSegments(scopePrefix);
  const local = unitSegments(addr);
  if (scope.posyandu !== undefined || scope.group !== undefined || scope.posyantek !== undefined) return scopePrefix;
  if (scope.rt !== undefined) return local.group !== undefined ? `${scopePrefix}/dw:${local.group}` : scopePrefix;
  // A desa scope (PKK coordinator, desa staff) keeps the phone's own unit segments, and a village
  // institution's segment under them (an RT's board stays the board of that RT).
  if (scopePrefix.split('/').length === 2) {
    // A Posyantekdes made before enrolment stays the desa's post.
    if (local.posyantek !== undefined) return `${scopePrefix}/posyantek:${local.posyantek}`;
    const lkd = local.lkd !== undefined ? `/lkd:${local.lkd}` : '';
    if (local.posyandu !== undefined) return `${scopePrefix}/posyandu:${local.posyandu}${lkd}`;
    if (local.rt !== undefined) {
      return `${scopePrefix}/rt:${local.rt}${local.group !== undefined ? `/dw:${local.group}` : lkd}`;
    }
    return `${scopePrefix}${lkd}`;
  }
  return null;
}

/** The unit record kind whose id the scope fixes, and that id (a Posyandu or a dasawisma group). */
export function scopeUnit(scopePrefix: string): { kind: string; id: string } | null {
  const s = unitSegments(scopePrefix);
  if (s.group !== undefined) return { kind: 'dasawisma.group', id: s.group };
  if (s.posyandu !== undefined) return { kind: 'posyandu.unit', id: s.posyandu };
  return null;
}

export function needsReaddress(rec: SyncRecord, scope: Scope): boolean {
  const module = kindSpec(rec.kind)?.module;
  if (!module || !scope.modules.includes(module)) return false;
  if (rec.addr === LOCAL_PREFIX || rec.addr.startsWith(LOCAL_PREFIX + '/')) return true;
  return rec.version === 0 && !covers(scope.prefix, rec.addr);
}

export interface ReaddressResult {
  moved: number;
  /** Local unit record id → the scope's unit id. */
  merged: Record<string, string>;
  /** Ids (before moving) of the records moved. */
  movedIds: string[];
  /** Names of the local units merged into the scope's unit, as the user typed them. */
  mergedNames: string[];
}

/**
 * Moves pre-enrolment records (and their outbox entries) into the scope, in one transaction.
 * `by` (the new device id) becomes their author, so the phone knows them as its own later.
 *
 * The newest local unit record (Posyandu, dasawisma group) moves to the scope's address with the
 * scope's unit id; children pointing at it follow. When the county's own unit record at that
 * address is (or, after the next pull, will be) on the phone, merge-units.ts folds the local one
 * into it before it is ever sent.
 */
export async function readdressLocalRecords(db: KaderDb, scope: Scope, by?: string, now = new Date()): Promise<ReaddressResult> {
  const unit = scopeUnit(scope.prefix);
  return db.transaction('rw', [db.records, db.outbox], async () => {
    const all = await db.records.toArray();
    const moving = all.filter((r) => needsReaddress(r, scope) && readdress(r.addr, scope.prefix) !== null);
    if (moving.length === 0) return { moved: 0, merged: {}, movedIds: [], mergedNames: [] };

    const idMap = new Map<string, string>();
    let localUnit: SyncRecord | undefined;
    if (unit) {
      const localUnits = moving.filter((r) => r.kind === unit.kind && r.id !== unit.id);
      localUnits.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      localUnit = localUnits[0];
      if (localUnit) idMap.set(localUnit.id, unit.id);
    }
    const mapId = (id: string) => idMap.get(id) ?? id;
    const mapParent = (p: string | null) => (p === null ? null : mapId(p));
    const existingTarget = unit && idMap.size ? await db.records.get(unit.id) : undefined;
    const targetVersion = existingTarget?.version ?? 0;
    const at = now.toISOString();

    const movedIds = new Set(moving.map((r) => r.id));
    for (const r of moving) {
      const next: SyncRecord = {
        ...r,
        id: mapId(r.id),
        addr: readdress(r.addr, scope.prefix)!,
        parent: mapParent(r.parent),
        version: idMap.has(r.id) ? targetVersion : r.version,
        updatedBy: by ?? r.updatedBy,
      };
      if (next.id !== r.id) await db.records.delete(r.id);
      await db.records.put(next);
    }
    // Children of a merged unit point at its new id, wherever they live.
    if (idMap.size) {
      for (const r of all) {
        if (!movedIds.has(r.id) && r.parent !== null && idMap.has(r.parent)) {
          await db.records.update(r.id, { parent: mapParent(r.parent) });
        }
      }
    }

    const entries = await db.outbox.toArray();
    const queued = new Set<string>();
    for (const e of entries) {
      if (!movedIds.has(e.recordId) && !(e.record.parent && idMap.has(e.record.parent))) continue;
      const rec = e.record;
      const moved = movedIds.has(e.recordId);
      const next: OutboxEntry = {
        ...e,
        recordId: mapId(e.recordId),
        baseVersion: idMap.has(e.recordId) ? targetVersion : e.baseVersion,
        record: {
          ...rec,
          id: mapId(rec.id),
          addr: moved ? (readdress(rec.addr, scope.prefix) ?? rec.addr) : rec.addr,
          parent: mapParent(rec.parent),
          version: idMap.has(e.recordId) ? targetVersion : rec.version,
          updatedBy: moved ? (by ?? rec.updatedBy) : rec.updatedBy,
        },
      };
      await db.outbox.put(next);
      queued.add(next.recordId);
    }
    // A moved record without a queued change (e.g. once rejected) is queued so it reaches the server.
    for (const r of moving) {
      const id = mapId(r.id);
      if (queued.has(id)) continue;
      const rec = await db.records.get(id);
      if (rec) await db.outbox.add({ recordId: id, record: rec, baseVersion: rec.version, createdAt: at });
    }
    const name = (r: SyncRecord | undefined) => String((r?.data as { name?: unknown } | null)?.name ?? '').trim();
    return {
      moved: moving.length,
      merged: Object.fromEntries(idMap),
      movedIds: [...movedIds],
      mergedNames: localUnit && name(localUnit) ? [name(localUnit)] : [],
    };
  });
}
