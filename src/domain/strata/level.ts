import { resolveStrataProfile, type StrataIndicators, type StrataLevel, type StrataProfile, type StrataProfileId, type StrataRequirement } from './profiles';

export interface MissingRequirement {
  indicator: keyof StrataIndicators;
  have: number | boolean;
  need: number | boolean;
  /** '>' means strictly more than `need` (local profile), '>=' at least `need` */
  op: StrataRequirement['op'];
}

export interface StrataResult {
  level: StrataLevel;
  next: null | { level: string; missing: MissingRequirement[] };
}

export function meets(ind: StrataIndicators, r: StrataRequirement): boolean {
  if (r.op === 'is') return ind.additionalProgram === r.value;
  const have = ind[r.indicator];
  return r.op === '>=' ? have >= r.value : have > r.value;
}

/**
 * Strata of a Posyandu: the highest level of the profile whose every requirement holds, and every
 * unmet requirement of the level above it.
 */
export function posyanduStrata(ind: StrataIndicators, profile: StrataProfileId | StrataProfile = 'nasional'): StrataResult {
  const p = resolveStrataProfile(profile);
  let reached = -1;
  p.levels.forEach((l, i) => {
    if (l.requires.every((r) => meets(ind, r))) reached = i;
  });
  const level: StrataLevel = reached < 0 ? 'pratama' : p.levels[reached].level;
  const up = p.levels[reached + 1];
  if (!up) return { level, next: null };
  const missing = up.requires
    .filter((r) => !meets(ind, r))
    .map((r) => ({ indicator: r.indicator, have: ind[r.indicator], need: r.value, op: r.op }));
  return { level, next: { level: up.level, missing } };
}
