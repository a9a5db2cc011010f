import type { IsoDate } from '../types';
import type { RecordIssue } from './issues';
import { beforeBirth, beforeField, futureDate } from './date-order';

// Date order of the RT books (B2 buku mutasi, B4 nonpermanen): the phone's rules before a save
// (date-order.ts says why the server does not check them). Imported by path by the RT forms.

export type BookEventType = 'lahir' | 'mati' | 'datang' | 'pindah';

/** An entry of a person's buku mutasi as the order rules read it. */
export interface TimelineEntry {
  id: string;
  type: BookEventType;
  date: IsoDate;
}

/**
 * A new (or corrected: `replaces`) entry of one person's buku mutasi, against the person and the
 * entries in force: not after today, not before the birth, nothing on or after a death, and a
 * death not dated before an entry already in the books.
 */
export function personEventProblem(
  person: { name: string; birthDate: IsoDate },
  inForce: readonly TimelineEntry[],
  ev: { type: BookEventType; date: IsoDate; replaces?: string },
  today: IsoDate,
): RecordIssue | null {
  const kind = 'rt.mutation';
  const own = futureDate(kind, 'date', ev.date, today) ?? beforeBirth(kind, 'date', ev.date, person);
  if (own) return own;
  const others = inForce.filter((e) => e.id !== ev.replaces);
  const death = others.find((e) => e.type === 'mati');
  if (death && ev.type !== 'mati' && ev.date >= death.date) {
    return { kind, path: 'date', rule: 'order.afterDeath', date: death.date, name: person.name };
  }
  if (ev.type === 'mati') {
    const later = others.filter((e) => e.date > ev.date).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    if (later) return { kind, path: 'date', rule: 'order.beforeEvent', arg: later.type, date: later.date, name: person.name };
  }
  return null;
}

/** B4: arrival not after today nor before the birth; departure not before the arrival nor after today. */
export function tempStayProblem(d: { arrivalDate: IsoDate; departureDate?: IsoDate; birthDate?: IsoDate; name?: string }, today: IsoDate): RecordIssue | null {
  const kind = 'rt.temp';
  return futureDate(kind, 'arrivalDate', d.arrivalDate, today)
    ?? beforeBirth(kind, 'arrivalDate', d.arrivalDate, d)
    ?? beforeField(kind, 'departureDate', d.departureDate, 'arrivalDate', d.arrivalDate)
    ?? (d.departureDate ? futureDate(kind, 'departureDate', d.departureDate, today) : null);
}
