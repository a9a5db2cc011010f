// Strata rules as data (SPEC §3.4): a county picks a profile and can sync a corrected version.
// Each level lists every requirement in full (no inheritance), so a profile reads like the rule it copies.

export interface StrataIndicators {
  /** Posyandu days held with weighing in the period */
  sessions: number;
  /** average kaders present per counted session */
  avgKaders: number;
  /** the following are ratios in 0..1 */
  ds: number;
  kia: number;
  kb: number;
  immunization: number;
  additionalProgram: boolean;
  danaSehat: number;
}

export type StrataLevel = 'pratama' | 'madya' | 'purnama' | 'mandiri';
export type StrataProfileId = 'nasional' | 'prangat-selatan-2025';

export type StrataRequirement =
  | { indicator: Exclude<keyof StrataIndicators, 'additionalProgram'>; op: '>=' | '>'; value: number }
  | { indicator: 'additionalProgram'; op: 'is'; value: true };

export interface StrataProfile {
  id: string;
  version: number;
  source: string;
  /** levels above pratama, lowest first; a level missing here is never assigned */
  levels: { level: Exclude<StrataLevel, 'pratama'>; requires: StrataRequirement[] }[];
}

const ge = (indicator: Exclude<keyof StrataIndicators, 'additionalProgram'>, value: number): StrataRequirement => ({ indicator, op: '>=', value });
const gt = (indicator: Exclude<keyof StrataIndicators, 'additionalProgram'>, value: number): StrataRequirement => ({ indicator, op: '>', value });
const program: StrataRequirement = { indicator: 'additionalProgram', op: 'is', value: true };

const natMadya = [ge('sessions', 8), ge('avgKaders', 5)];
const natPurnama = [...natMadya, ge('ds', 0.5), ge('kia', 0.5), ge('kb', 0.5), ge('immunization', 0.5), program];

export const STRATA_NASIONAL: StrataProfile = {
  id: 'nasional',
  version: 1,
  source: 'Telaah Kemandirian Posyandu, Kemenkes 2011 (domain-tables §3)',
  levels: [
    { level: 'madya', requires: natMadya },
    { level: 'purnama', requires: natPurnama },
    { level: 'mandiri', requires: [...natPurnama, ge('danaSehat', 0.5)] },
  ],
};

// Pasal 83 read literally for its thresholds. Its upper bounds ("coverage still < 50 %" for Madya,
// "dana sehat < 50 %" for Purnama) describe the level rather than gate it: otherwise a Posyandu
// with coverage over 50 % but no additional programme would fall to Pratama. Mandiri is "tidak
// terpakai", so it is absent and never assigned.
const psMadya = [gt('sessions', 8), ge('avgKaders', 5)];
export const STRATA_PRANGAT_SELATAN_2025: StrataProfile = {
  id: 'prangat-selatan-2025',
  version: 1,
  source: 'Perdes Prangat Selatan 2/2025, Pasal 83',
  levels: [
    { level: 'madya', requires: psMadya },
    {
      level: 'purnama',
      requires: [...psMadya, gt('ds', 0.5), gt('kia', 0.5), gt('kb', 0.5), gt('immunization', 0.5), program, gt('danaSehat', 0)],
    },
  ],
};

export const STRATA_PROFILES: Record<StrataProfileId, StrataProfile> = {
  nasional: STRATA_NASIONAL,
  'prangat-selatan-2025': STRATA_PRANGAT_SELATAN_2025,
};

export function resolveStrataProfile(p: StrataProfileId | StrataProfile = 'nasional'): StrataProfile {
  if (typeof p !== 'string') return p;
  const found = STRATA_PROFILES[p];
  if (!found) throw new Error('strata.unknownProfile');
  return found;
}
