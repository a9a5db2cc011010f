import type { FamilyData } from '../records/dasawisma';

// The household facts of the catatan keluarga (4.15 / data warga 4.14.1a) that the recap counts.
// Each is an answer or "not asked yet", never a silent third state: absent in the record means the
// kader has not asked it yet (records made before this rule read that way, nothing is rewritten);
// `false` is an explicit no; for yard use and home industry an empty list is an explicit "none".
// A recap therefore says how many households still miss each fact, so two houses of which one was
// never asked about a healthy house read "1 healthy, 0 not healthy, 1 not asked" — never "1 of 2".

/** Yes/no facts of a household. */
export const HOUSE_FLAGS = ['rubbishDump', 'spal', 'stikerP4k', 'healthyHouse', 'up2k', 'envHealth'] as const;
export type HouseFlag = (typeof HOUSE_FLAGS)[number];

/** Every household fact the recap and the form ask, in the form's order. */
export const HOUSEHOLD_FACTS = ['stapleFood', 'latrine', 'water', ...HOUSE_FLAGS, 'yardUse', 'homeIndustry'] as const;
export type HouseholdFact = (typeof HOUSEHOLD_FACTS)[number];

export type FactCounts = Record<HouseholdFact, number>;

export function emptyFactCounts(): FactCounts {
  return Object.fromEntries(HOUSEHOLD_FACTS.map((f) => [f, 0])) as FactCounts;
}

export function addFactCounts(a: FactCounts, b: FactCounts): FactCounts {
  const out = emptyFactCounts();
  for (const f of HOUSEHOLD_FACTS) out[f] = a[f] + b[f];
  return out;
}

/** The facts of this household not asked yet (absent; `false`, a choice or an empty list is an answer). */
export function unaskedFacts(d: FamilyData): HouseholdFact[] {
  return HOUSEHOLD_FACTS.filter((f) => d[f] === undefined || d[f] === null);
}

/** Per fact, 1 when this household has not been asked it yet. */
export function familyMissing(d: FamilyData): FactCounts {
  const c = emptyFactCounts();
  for (const f of unaskedFacts(d)) c[f] = 1;
  return c;
}

/** A stored count map (a submission's snapshot) as fact counts; a fact absent from it reads 0. */
export function factCountsOf(m: Record<string, number>): FactCounts {
  const c = emptyFactCounts();
  for (const f of HOUSEHOLD_FACTS) c[f] = m[f] ?? 0;
  return c;
}
