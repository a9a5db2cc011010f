import type { IsoDate } from '../types';
import type { RecordIssue } from './issues';
import { weighingDateProblem, type WeighedChild } from '../kms/weighing-date';

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
//
// Imported by path (not through the records barrel, which the first screen loads): only the
// form pages need these. The schema rule is in order-schema.ts; the RT book's rules in rt-dates.ts.

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

/**
 * The weighing-date rule of the Posyandu (kms/weighing-date.ts: after today, before the birth,
 * after a recorded death) as an issue the app words, with the child's name and the other date.
 */
export function weighingIssue(child: WeighedChild & { name?: string }, date: IsoDate, today: IsoDate): RecordIssue | null {
  const problem = weighingDateProblem(child, date, today);
  const at = { kind: 'posyandu.visit', path: 'date', ...(child.name ? { name: child.name } : {}) };
  if (problem === 'future') return { kind: at.kind, path: at.path, rule: 'order.future' };
  if (problem === 'beforeBirth') return { ...at, rule: 'order.beforeBirth', date: child.birthDate };
  if (problem === 'afterDeath') return { ...at, rule: 'order.afterDeath', ...(child.leftDate ? { date: child.leftDate } : {}) };
  return null;
}
