import { addrProblem, checkData, covers, kindSpec, type ModuleName, type SyncRecord } from '../../domain/records';
import { canSee, visibleModules } from '../../domain/records/scope';
import type { Scope } from '../../sync/protocol';
import { isStorableJson } from './text-safe';

// The one place that decides what a device may write and read. Push and pull both use it, so a
// record a device cannot see is also one it can never write. The converse holds for every module
// but a role's read-only ones (Scope.reads, admin/roles.ts ROLE_READS): those it sees and may not
// write, so writing checks `modules` alone (checkChange, canWrite) and reading adds `reads` (canSee,
// scopeSql).

export type ChangeCheck =
  | { ok: true; module: ModuleName; mode: 'append' | 'shared'; data: unknown }
  | { ok: false; reason: string };

export function checkChange(scope: Scope, rec: SyncRecord): ChangeCheck {
  const spec = kindSpec(rec.kind);
  if (!spec) return { ok: false, reason: 'unknown-kind' };
  // Canonical first: '<own prefix>/..' starts with the prefix but names another place.
  const bad = addrProblem(rec.addr);
  if (bad) return { ok: false, reason: `invalid: addr: ${bad}` };
  if (!scope.modules.includes(spec.module) || !covers(scope.prefix, rec.addr)) return { ok: false, reason: 'scope' };
  // Config lives at the kabupaten address so that every device of the kabupaten pulls it.
  if (spec.module === 'config' && rec.addr !== scope.kabupaten) return { ok: false, reason: 'invalid: config addr must be the kabupaten code' };
  const c = checkData(rec.kind, rec.data);
  if (!c.ok) return { ok: false, reason: `invalid: ${c.reason}` };
  if (!isStorableJson(c.data)) return { ok: false, reason: 'invalid: text with NUL or broken unicode' };
  return { ok: true, module: spec.module, mode: spec.mode, data: c.data };
}

/** May a device with this scope read a stored record at addr in module? The rule is the domain's. */
export { canSee };

/** May it overwrite a stored record at addr in module (its read-only modules excluded)? */
export function canWrite(scope: Scope, module: string, addr: string): boolean {
  if (module === 'config') return scope.modules.includes('config') && addr === scope.kabupaten;
  return (scope.modules as string[]).includes(module) && covers(scope.prefix, addr);
}

/**
 * SQL predicate for canSee, starting at parameter $first. The prefix goes through LIKE with its
 * wildcards escaped ('_' is legal in ids), which the (kab, addr text_pattern_ops) index serves.
 */
export function scopeSql(scope: Scope, first: number): { sql: string; params: unknown[] } {
  const mods = visibleModules(scope).filter((m) => m !== 'config');
  const params: unknown[] = [scope.prefix, likePrefix(scope.prefix), scope.kabupaten];
  const modParams = mods.map((m, i) => {
    params.push(m);
    return `$${first + 3 + i}`;
  });
  const inScope = modParams.length
    ? `((addr = $${first} or addr like $${first + 1}) and module in (${modParams.join(', ')}))`
    : 'false';
  return { sql: `(${inScope} or (module = 'config' and addr = $${first + 2}))`, params };
}

function likePrefix(prefix: string): string {
  return prefix.replace(/[\\%_]/g, '\\$&') + '/%';
}
