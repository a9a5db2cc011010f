import type { Month } from '../types';
import { monthOf } from '../dates';
import type { PopulationEvent } from './recap';

/**
 * Months already reported that late entries have changed (domain-tables §4 B3): a correction shows
 * in the month it happened, flagged as a revision. `reportedAt` maps a month to when its recap was
 * sent; an event of that month recorded after it revises the report. Sorted ascending.
 */
export function revisedMonths(events: PopulationEvent[], reportedAt: Record<Month, string>): Month[] {
  const revised = new Set<Month>();
  for (const e of events) {
    if (e.recordedAt === undefined) continue;
    const m = monthOf(e.date);
    const sent = reportedAt[m];
    if (sent !== undefined && e.recordedAt > sent) revised.add(m);
  }
  return [...revised].sort();
}

/** The late events behind a revision of `month`, for showing what changed. */
export function lateEvents(events: PopulationEvent[], month: Month, reportedAt: string): PopulationEvent[] {
  return events.filter((e) => e.recordedAt !== undefined && e.recordedAt > reportedAt && monthOf(e.date) === month);
}
