import type { KaderDb } from '../data/db';
import type { Enrolment } from '../data/device';
import type { ModuleName } from '../domain/records';
import { modulesOf } from './pull';
import { needsReaddress, readdress, readdressLocalRecords } from './readdress';
import { mergeLocalUnits } from './merge-units';

// Nothing a user typed is lost to a refusal. A record this phone made (never accepted by the
// server) that the server refused as outside the phone's scope, but that belongs to a module of
// the scope, was made for the wrong place: typically a kader who filled the Posyandu form before
// the enrolled Posyandu had arrived, so the form made a Posyandu of its own. Such records are moved
// into the scope (readdress.ts: the local unit merges into the enrolled one, its children follow)
// and queued again; their rejections go, and a notice tells the user in words what happened.

export interface RepairResult {
  /** Records moved into the scope and queued again. */
  moved: number;
  /** Rejections taken back (their records are on their way again). */
  cleared: number;
  modules: Set<ModuleName>;
}

export async function repairScopeRejections(db: KaderDb, e: Enrolment, now = new Date()): Promise<RepairResult> {
  const none: RepairResult = { moved: 0, cleared: 0, modules: new Set() };
  const refused = (await db.rejections.toArray()).filter((r) => r.reason === 'scope');
  if (!refused.length) return none;
  const locals = await db.records.bulkGet(refused.map((r) => r.recordId));
  const fixable = locals.filter((r) => !!r && needsReaddress(r, e.scope) && readdress(r.addr, e.scope.prefix) !== null);
  if (!fixable.length) return none;

  const res = await readdressLocalRecords(db, e.scope, e.deviceId, now);
  if (!res.moved) return none;
  const merged = await mergeLocalUnits(db, e.scope, now);
  const movedIds = new Set(res.movedIds);
  const cleared = refused.filter((r) => movedIds.has(r.recordId));
  await db.rejections.bulkDelete(cleared.map((r) => r.id));
  await noteMoved(db, e, res.moved, merged.merged, now);
  return { moved: res.moved, cleared: cleared.length, modules: modulesOf(fixable as { kind: string }[]) };
}

/** Folds never-sent local unit records into the county's (merge-units.ts) and says so. */
export async function mergeUnitsAndNote(db: KaderDb, e: Enrolment, now = new Date()): Promise<boolean> {
  const { merged } = await mergeLocalUnits(db, e.scope, now);
  if (merged.length) await noteMoved(db, e, 0, merged, now);
  return merged.length > 0;
}

/** The notice on the Sinkron tab: what moved where, in words (app/sync/NoticesList.tsx). */
async function noteMoved(db: KaderDb, e: Enrolment, count: number, mergedUnits: string[], now: Date): Promise<void> {
  await db.notices.put({ id: `moved:${now.toISOString()}:${count}`, type: 'moved', at: now.toISOString(), count, scopeLabel: e.scope.label, mergedUnits });
}
