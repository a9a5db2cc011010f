import { kabupatenOf, parseAddr, type ModuleName } from '../../domain/records';
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

const PREFIX = /^\d{2}\.\d{2}(\/\d{2}\.\d{2}\.\d{2}\.\d{4}(\/(posyandu|rt):[0-9A-Za-z_-]{1,64}(\/dw:[0-9A-Za-z_-]{1,64})?)?)?$/;

export type ScopeResult = { ok: true; role: Role; scope: Scope } | { ok: false; reason: string };

/** Builds and checks the scope of a new enrolment code. */
export function makeScope(role: string, prefix: string, label?: string, modules?: string[]): ScopeResult {
  if (!(ROLES as readonly string[]).includes(role)) return { ok: false, reason: `role must be one of ${ROLES.join(', ')}` };
  const r = role as Role;
  if (!PREFIX.test(prefix)) return { ok: false, reason: 'scope must be an address like 64.11/64.11.05.2003/rt:001' };
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
    scope: { kabupaten: kabupatenOf(prefix), prefix, modules: [...new Set(mods)], label: label?.trim() || prefix },
  };
}
