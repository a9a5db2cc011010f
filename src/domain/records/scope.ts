import { covers, type ModuleName } from './address';

// What an enrolled device is and may touch. Shared by the phone's data layer (the enrolment it
// keeps), the sync protocol (the enrolment answer) and the server (scope checks).

export const ROLES = ['kader', 'ketua-rt', 'dasawisma', 'pkk', 'desa', 'posyantek', 'county'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a device may touch: records whose addr lies under `prefix` and whose module is listed.
 * `reads` are modules it may only read under the same prefix (the desa's staff read the RT books
 * of their desa for the LKD rules; an RT head reads the RT's own board): pushing them is refused.
 */
export interface Scope {
  kabupaten: string;
  /** Address path prefix (address.ts). */
  prefix: string;
  modules: ModuleName[];
  /** Read-only modules (set by the server from the role; absent on enrolments made before it existed). */
  reads?: ModuleName[];
  /** Human label, e.g. 'Posyandu Mawar, Desa Prangat Selatan'. */
  label: string;
}

/**
 * Every module a device with this scope pulls: its own and its read-only ones. The server's pull,
 * its visibility checks and any test of "what a phone should hold" use this one answer.
 */
export function visibleModules(scope: Pick<Scope, 'modules' | 'reads'>): ModuleName[] {
  return scope.reads?.length ? [...new Set([...scope.modules, ...scope.reads])] : scope.modules;
}

/**
 * May a device with this scope read a stored record at addr in module? Config lives at the
 * kabupaten address, which every device of the kabupaten reads.
 */
export function canSee(scope: Scope, module: string, addr: string): boolean {
  if (module === 'config') return addr === scope.kabupaten;
  return (visibleModules(scope) as string[]).includes(module) && covers(scope.prefix, addr);
}
