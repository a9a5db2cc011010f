import type { RecapSubmissionData } from '../records/dasawisma';
import { emptyCounts, RECAP_COLUMNS, type RecapCounts } from './columns';
import { factCountsOf } from './facts';
import type { RecapTable } from './recap';

// What a submitted recap (dasawisma.recap) stores, and how a month's recap picks its year. Shared
// by the phone (src/data/dasawisma) and the county server (src/server/reports/pkk.ts), so both
// count a group the same way.

export type RecapSnapshot = RecapSubmissionData['snapshot'];

/**
 * The year of catatan keluarga a month's recap reads: that year's, or the latest earlier year
 * when the kader has not started the new year yet (January recaps still count the houses).
 */
export function recapYear(years: Iterable<number>, month: string): number | undefined {
  const y = +month.slice(0, 4);
  let best: number | undefined;
  for (const x of years) if (x <= y && (best === undefined || x > best)) best = x;
  return best;
}

/** The table as the coordinator saw it when she submitted it. */
export function toSnapshot(table: RecapTable): RecapSnapshot {
  return {
    rows: table.rows.map((r) => ({ familyId: r.id, label: r.label, counts: { ...r.counts }, ...(r.missing ? { missing: { ...r.missing } } : {}) })),
    totals: { ...table.totals },
    ...(table.missing ? { missing: { ...table.missing } } : {}),
  };
}

/** A column missing from an older snapshot reads as 0, so old submissions still roll up. */
function countsOf(m: Record<string, number>): RecapCounts {
  const c = emptyCounts();
  for (const k of RECAP_COLUMNS) c[k] = m[k] ?? 0;
  return c;
}

/** A submitted table; submissions made before missing facts were kept do not claim "none missing". */
export function fromSnapshot(snap: RecapSnapshot): RecapTable {
  const rows = snap.rows.map((r) => ({ id: r.familyId, label: r.label, counts: countsOf(r.counts), ...(r.missing ? { missing: factCountsOf(r.missing) } : {}) }));
  return { rows, totals: countsOf(snap.totals), ...(snap.missing ? { missing: factCountsOf(snap.missing) } : {}) };
}
