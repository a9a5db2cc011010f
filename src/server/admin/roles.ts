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
  county: ['posyandu', 'rt', 'dasawisma', 'config'],
};

export type ScopeResult = { ok: true; role: Role; scope: Scope } | { ok: false; reason: string };

/** Builds and checks the scope of a new enrolment code. */
export function makeScope(role: string, prefix: string, label?: string, modules?: string[]): ScopeResult {
  if (!(ROLES as readonly string[]).includes(role)) return { ok: false, reason: `role must be one of ${ROLES.join(', ')}` };
  const r = role as Role;
  const wrong = addrProblem(prefix);
  if (wrong) return { ok: false, reason: `scope must be an address like 64.11/64.11.05.2003/rt:001 (${wrong})` };
  const p = parseAddr(prefix);
  const depthOk: Record<Role, boolean> = {
    kader: !!p.posyandu,
    'ketua-rt': !!p.rt && !p.group,
    dasawisma: !!p.group,
    pkk: !!p.desa && !p.posyandu && !p.group,
    county: !p.desa,
  };
  if (!depthOk[r]) return { ok: false, reason: `scope ${prefix} does not fit role ${r}` };
  const mods = (modules?.length ? modules : ROLE_MODULES[r]) as ModuleName[];
  const bad = mods.filter((m) => !ROLE_MODULES[r].includes(m));
  if (bad.length) return { ok: false, reason: `role ${r} may not have modules ${bad.join(', ')}` };
  return {
    ok: true,
    role: r,
    scope: { kabupaten: kabupatenOf(prefix), prefix, modules: [...new Set(mods)], label: cleanText(label ?? '', 120).trim() || prefix },
  };
}
