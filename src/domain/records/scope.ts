import type { ModuleName } from './address';

// What an enrolled device is and may touch. Shared by the phone's data layer (the enrolment it
// keeps), the sync protocol (the enrolment answer) and the server (scope checks).

export const ROLES = ['kader', 'ketua-rt', 'dasawisma', 'pkk', 'desa', 'county'] as const;
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
