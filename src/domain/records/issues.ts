import type * as v from 'valibot';

// Why a record's data was refused, as data: which kind, which field, which rule. The server and
// the sync protocol carry it as a short machine text (`formatIssue`: 'posyandu.child.birthDate:
// date'); the app turns it into a sentence in the user's language (src/app/i18n/issue-words.ts).
// Valibot's own messages ("Invalid type: Expected number but received NaN") never leave here.

/** The rules a field can break; words for each are in the app's i18n ('issue.<rule>'). */
export const ISSUE_RULES = [
  /** Missing although required. */
  'required',
  /** Wrong kind of value where the field is a number / text / yes-no / list / group of fields. */
  'number', 'text', 'yesNo', 'list', 'group',
  /** Not one of the choices. */
  'choice',
  /** Text longer than `arg` characters; a list with more than `arg` entries; fewer than `arg`. */
  'tooLong', 'tooMany', 'tooFew',
  /** Below `arg` / above `arg`; not a whole number. */
  'min', 'max', 'integer',
  /** Not a calendar date / date-time / month. */
  'date', 'dateTime', 'month',
  /** Format rules of one kind of field. */
  'nik', 'desaCode', 'rtNo', 'ref',
  /** A rule of the record as a whole that names no field (e.g. the KBM table's bands). */
  'consistent',
  /** Points to something the books do not have (an unknown household or person). */
  'unknown',
  /** Nobody chosen where at least one person is needed. */
  'nobody',
  /** A written-once row that cannot be edited; an entry already cancelled. */
  'appendOnly', 'cancelled',
  /** A second row where only one may be (one weighing per child per day: correct the first). */
  'once',
  /** Date order (date-order.ts): after today; before the date of field `arg`; before the birth; after the death; before a later event. */
  'order.future', 'order.before', 'order.beforeBirth', 'order.afterDeath', 'order.beforeEvent',
] as const;

export type IssueRule = (typeof ISSUE_RULES)[number];

export interface RecordIssue {
  /** Record kind ('rt.person'); 'record' when the kind itself is unknown. */
  kind: string;
  /** Field path inside data, list positions left out ('kaders.name'); '' for the record as a whole. */
  path: string;
  rule: IssueRule;
  /** The rule's number or the other field's path (tooLong 120, min 0, order.before arrivalDate). */
  arg?: string;
  /** For the words only, never sent: the other date, and whose it is (order rules across records). */
  date?: string;
  name?: string;
}

const isRule = (s: string): s is IssueRule => (ISSUE_RULES as readonly string[]).includes(s);

/** The machine text of an issue: '<kind>.<path>: <rule>[ <arg>]' (names and dates are left out). */
export function formatIssue(i: RecordIssue): string {
  return `${i.kind}${i.path ? '.' + i.path : ''}: ${i.rule}${i.arg !== undefined ? ' ' + i.arg : ''}`;
}

/**
 * Reads formatIssue's text back (from a server rejection, or an older phone's error); null when
 * it is something else, e.g. an older server's valibot message, which the app words generically.
 */
export function parseIssue(text: string): RecordIssue | null {
  const m = /^([a-z]+\.[a-zA-Z]+)((?:\.[a-zA-Z0-9_]+)*): ([a-zA-Z.]+)(?: ([\w.-]+))?$/.exec(text.trim());
  if (!m || !isRule(m[3])) return null;
  return { kind: m[1], path: m[2].replace(/^\./, ''), rule: m[3], ...(m[4] !== undefined ? { arg: m[4] } : {}) };
}

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  value?: AnySchema;
  wrapped?: AnySchema;
};

/** The schema inside optional/nullable wrappers. */
function unwrap(s: AnySchema | undefined): AnySchema | undefined {
  let cur = s;
  while (cur?.wrapped) cur = cur.wrapped;
  return cur;
}

/**
 * The field path of a valibot issue, walking the schema beside it: object keys are kept, list
 * positions and free keys of a record map are left out ('snapshot.rows.counts'), so every
 * row of a list shares one field name.
 */
function fieldPath(root: AnySchema, issue: v.BaseIssue<unknown>): { path: string; leaf: AnySchema | undefined } {
  const keys: string[] = [];
  let cur = unwrap(root);
  for (const item of issue.path ?? []) {
    if (!cur) break;
    if (cur.type === 'object' && cur.entries) {
      const key = String(item.key);
      keys.push(key);
      cur = unwrap(cur.entries[key]);
    } else if (cur.type === 'array') cur = unwrap(cur.item);
    else if (cur.type === 'record') cur = unwrap(cur.value);
    else cur = undefined;
  }
  return { path: keys.join('.'), leaf: cur };
}

const TYPE_RULES: Record<string, IssueRule> = {
  number: 'number', string: 'text', boolean: 'yesNo', array: 'list', object: 'group', record: 'group', picklist: 'choice',
};
const REGEX_RULES: Record<string, IssueRule> = { month: 'month', nik: 'nik', desaCode: 'desaCode', rtNo: 'rtNo', id: 'ref', date: 'date' };

/** A valibot issue of `kind`'s schema as a RecordIssue. */
export function issueOf(kind: string, schema: v.GenericSchema, issue: v.BaseIssue<unknown>): RecordIssue {
  const { path, leaf } = fieldPath(schema as AnySchema, issue);
  const at = (rule: IssueRule, arg?: unknown): RecordIssue => ({ kind, path, rule, ...(arg !== undefined ? { arg: String(arg) } : {}) });
  if (issue.kind === 'schema') {
    // A missing key of an object ('Invalid key') or an absent value where one is required.
    if (issue.input === undefined) return at('required');
    return at(TYPE_RULES[issue.type] ?? (leaf ? TYPE_RULES[leaf.type] : undefined) ?? 'group');
  }
  const requirement = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'max_length': return at(Array.isArray(issue.input) ? 'tooMany' : 'tooLong', requirement);
    case 'min_length': return Array.isArray(issue.input) ? at('tooFew', requirement) : at('required');
    case 'min_value': return at('min', requirement);
    case 'max_value': return at('max', requirement);
    case 'integer': return at('integer');
    case 'iso_date': return at('date');
    case 'iso_timestamp': return at('dateTime');
    case 'regex': return at(REGEX_RULES[issue.message] ?? 'text');
    case 'check':
    case 'raw_check':
    case 'partial_check': {
      // Record-wide rules name their rule in the message: 'order.before:arrivalDate'.
      const [rule, arg] = issue.message.split(':');
      return isRule(rule) ? at(rule, arg) : at('consistent');
    }
    default: return at('consistent');
  }
}
