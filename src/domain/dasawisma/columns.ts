// Columns of the dasawisma group recap (form 4.16a), in the form's order. The same keys are used by
// the roll-ups 4.16b (PKK RT), 4.16c (RW/dusun) and 4.16d (desa), and by the stored submission.

export const RECAP_COLUMNS = [
  'dasawisma', 'households', 'kk',
  'membersL', 'membersP', 'balitaL', 'balitaP',
  'pus', 'wus', 'pregnant', 'breastfeeding', 'elderly', 'illiterate', 'specialNeeds',
  'houseHealthy', 'houseUnhealthy', 'rubbishDump', 'spal', 'latrineSeptic',
  'waterPdam', 'waterWell', 'waterOther', 'stapleRice', 'stapleNonRice',
  'up2k', 'yardUse', 'homeIndustry', 'envHealth',
] as const;

export type RecapColumn = (typeof RECAP_COLUMNS)[number];
export type RecapCounts = Record<RecapColumn, number>;

export function emptyCounts(): RecapCounts {
  return Object.fromEntries(RECAP_COLUMNS.map((c) => [c, 0])) as RecapCounts;
}

export function addCounts(a: RecapCounts, b: RecapCounts): RecapCounts {
  const out = emptyCounts();
  for (const c of RECAP_COLUMNS) out[c] = a[c] + b[c];
  return out;
}
