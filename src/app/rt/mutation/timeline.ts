import type { Register } from '../../../data/rt';
import type { TimelineEntry } from '../../../domain/records/rt-dates';

/** A person's entries in force, as the date-order rules (rt-dates.ts) read them. */
export function timelineOf(reg: Register, personId: string): TimelineEntry[] {
  return reg.effective.filter((e) => e.data.personId === personId).map((e) => ({ id: e.entry.id, type: e.data.type, date: e.data.date }));
}
