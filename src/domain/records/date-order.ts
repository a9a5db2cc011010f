import * as v from 'valibot';
import type { IsoDate } from '../types';
import type { RecordIssue } from './issues';

// Dates in the order life has them: nobody dies before being born, leaves after dying, or is
// weighed before birth; nothing is recorded for tomorrow. Each rule returns a RecordIssue (words:
// src/app/i18n/issue-words.ts) or null.
//
// Two kinds of rules, enforced in two places:
// - within one record (a B4 departure before its arrival; an entry dated before the birth date it
//   carries): in the record's schema (`laterThan` below), so the phone refuses it before saving
//   and the county endpoint refuses it on push;
// - across records (a departure after the person's death entry; a weighing before the child's
//   birth) and against today: on the phone only, before saving. The server does not enforce these:
//   it may not hold the other record (it arrives in a later push, or lies outside the pushing
//   device's scope), and its clock is not the phone's day. The phone that writes the entry has
//   the person's whole book, so that is where the rule is checked.

/**
 * Schema rule: in a record of `schema`, each field `later` (when present) is not dated before its
 * field `earlier`. The issue is on `later`, with the rule 'order.before' and `earlier` as its arg.
 */
export function ordered<S extends v.GenericSchema<unknown, Record<string, unknown>>>(schema: S, pairs: readonly (readonly [later: string, earlier: string])[]) {
  return v.pipe(
    schema,
    v.rawCheck<v.InferOutput<S>>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const d = dataset.value as Record<string, unknown>;
      for (const [later, earlier] of pairs) {
        const a = d[later];
        const b = d[earlier];
        if (typeof a === 'string' && typeof b === 'string' && a && b && a < b) {
          addIssue({ message: `order.before:${earlier}`, path: [{ type: 'object', origin: 'value', input: d, key: later, value: a }] });
        }
      }
    }),
  );
}

/** A date after today (the phone's own day). */
export function futureDate(kind: string, path: string, date: IsoDate, today: IsoDate): RecordIssue | null {
  return date && date > today ? { kind, path, rule: 'order.future' } : null;
}

/** Field `path` dated before field `otherPath` of the same record. */
export function beforeField(kind: string, path: string, date: IsoDate | undefined, otherPath: string, other: IsoDate | undefined): RecordIssue | null {
  return date && other && date < other ? { kind, path, rule: 'order.before', arg: otherPath, date: other } : null;
}

/** An event of a person dated before their birth. */
export function beforeBirth(kind: string, path: string, date: IsoDate, person: { name?: string; birthDate?: IsoDate }): RecordIssue | null {
  if (!date || !person.birthDate || date >= person.birthDate) return null;
  return { kind, path, rule: 'order.beforeBirth', date: person.birthDate, ...(person.name ? { name: person.name } : {}) };
}

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

/** A weighing (or any visit) of a child: not after today, not before the child's birth. */
export function weighingDateProblem(child: { name?: string; birthDate: IsoDate }, date: IsoDate, today: IsoDate): RecordIssue | null {
  return futureDate('posyandu.visit', 'date', date, today) ?? beforeBirth('posyandu.visit', 'date', date, child);
}
