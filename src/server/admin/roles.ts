import { addrProblem, kabupatenOf, parseAddr, type ModuleName } from '../../domain/records';
import { cleanText } from '../../domain/text';
import { ROLES, type Role, type Scope } from '../../sync/protocol';

// What each role may touch by default. County staff create codes with these; a code may narrow
// the modules but a role never gets a module outside its own list.
export const ROLE_MODULES: Record<Role, ModuleName[]> = {
  kader: ['posyandu'],
  'ketua-rt': ['rt'],
  dasawisma: ['dasawisma'],
  pkk: ['dasawisma'],
  // Desa staff / the LKD secretary: the boards of every institution of the desa, and its
  // Posyantekdes (the kepala desa sets its board and receives its reports, Perbup Paser 2/2022).
  desa: ['lkd', 'posyantek'],
  // A Posyantek's own phone (a Posyantekdes, or a Posyantek Antar Desa at the kecamatan).
  posyantek: ['posyantek'],
  county: ['posyandu', 'rt', 'dasawisma', 'lkd', 'posyantek', 'config'],
};

/**
 * What a role may read but not write, under its own prefix. A policy of the role, not of a code:
 * the server applies it to every device of the role (auth/devices.ts), also to those enrolled
 * before it existed, and no code can widen it.
 * - desa: the RT books of its own desa, read-only, so the LKD rules take age and residence from
 *   them (nothing typed twice). They stay inside the desa: the prefix is the desa's address.
 * - ketua-rt: its own RT's board ('<rt>/lkd:rt'), written by the desa.
 */
export const ROLE_READS: Record<Role, ModuleName[]> = {
  kader: [],
  'ketua-rt': ['lkd'],
  dasawisma: [],
  pkk: [],
  desa: ['rt'],
  posyantek: [],
  county: [],
};

/** The scope as the server enforces it: the role's read-only modules added. */
export function withRoleReads(role: Role, scope: Scope): Scope {
  const reads = ROLE_READS[role]?.filter((m) => !scope.modules.includes(m)) ?? [];
  const { reads: _old, ...rest } = scope;
  return reads.length ? { ...rest, reads } : rest;
}

/**
 * Why a code cannot be made, as a code the county screen words in the officer's language (the CLI
 * prints `message`). Kept stable: the app's strings are keyed by it.
 */
export const CODE_REFUSALS = [
  'bad-role', 'bad-scope', 'scope-role-mismatch', 'bad-modules', 'scope-outside-kabupaten', 'bad-code', 'bad-uses', 'code-exists',
] as const;
export type CodeRefusal = (typeof CODE_REFUSALS)[number];

export type Refused = { ok: false; reason: CodeRefusal; message: string };
export type ScopeResult = { ok: true; role: Role; scope: Scope } | Refused;

export const refuse = (reason: CodeRefusal, message: string): Refused => ({ ok: false, reason, message });

/** Builds and checks the scope of a new enrolment code. */
export function makeScope(role: string, prefix: string, label?: string, modules?: string[]): ScopeResult {
  if (!(ROLES as readonly string[]).includes(role)) return refuse('bad-role', `role must be one of ${ROLES.join(', ')}`);
  const r = role as Role;
  const wrong = addrProblem(prefix);
  if (wrong) return refuse('bad-scope', `scope must be an address like 64.11/64.11.05.2003/rt:001 (${wrong})`);
  const p = parseAddr(prefix);
  const depthOk: Record<Role, boolean> = {
    kader: !!p.posyandu,
    'ketua-rt': !!p.rt && !p.group,
    dasawisma: !!p.group,
    pkk: !!p.desa && !p.posyandu && !p.group,
    desa: !!p.desa && !p.rt && !p.posyandu && !p.lkd && !p.posyantek,
    posyantek: !!p.posyantek,
    county: !p.desa && !p.kecamatan,
  };
  if (!depthOk[r]) return refuse('scope-role-mismatch', `scope ${prefix} does not fit role ${r}`);
  const mods = (modules?.length ? modules : ROLE_MODULES[r]) as ModuleName[];
  const bad = mods.filter((m) => !ROLE_MODULES[r].includes(m));
  if (bad.length) return refuse('bad-modules', `role ${r} may not have modules ${bad.join(', ')}`);
  return {
    ok: true,
    role: r,
    scope: withRoleReads(r, { kabupaten: kabupatenOf(prefix), prefix, modules: [...new Set(mods)], label: cleanText(label ?? '', 120).trim() || prefix }),
  };
}
