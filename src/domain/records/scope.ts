import type { ModuleName } from './address';

// What an enrolled device is and may touch. Shared by the phone's data layer (the enrolment it
// keeps), the sync protocol (the enrolment answer) and the server (scope checks).

export const ROLES = ['kader', 'ketua-rt', 'dasawisma', 'pkk', 'county'] as const;
export type Role = (typeof ROLES)[number];

/** What a device may touch: records whose addr lies under `prefix` and whose module is listed. */
export interface Scope {
  kabupaten: string;
  /** Address path prefix (address.ts). */
  prefix: string;
  modules: ModuleName[];
  /** Human label, e.g. 'Posyandu Mawar, Desa Prangat Selatan'. */
  label: string;
}
