import * as v from 'valibot';
import type { KindSpec } from './envelope';
import { posyanduKinds } from './posyandu';
import { rtKinds } from './rt';
import { dasawismaKinds } from './dasawisma';
import { lkdKinds } from './lkd';
import { posyantekKinds } from './posyantek';
import { configKinds } from './config';
import { ilpKinds } from './ilp';
import { formatIssue, issueOf, type RecordIssue } from './issues';

/** Every record kind the app and the server know. Unknown kinds are refused by the server. */
export const KINDS: Record<string, KindSpec<any>> = {
  ...posyanduKinds,
  ...ilpKinds,
  ...rtKinds,
  ...dasawismaKinds,
  ...lkdKinds,
  ...posyantekKinds,
  ...configKinds,
};

export function kindSpec(kind: string): KindSpec<any> | undefined {
  return Object.prototype.hasOwnProperty.call(KINDS, kind) ? KINDS[kind] : undefined;
}

export type DataCheck = { ok: true; data: unknown } | { ok: false; reason: string; issue: RecordIssue };

/**
 * Validates a record's data against its kind. A refusal carries the first problem as data
 * (`issue`: kind, field, rule), and the same as a short machine text (`reason`, formatIssue) for
 * the server's answers and logs; the app words the issue (src/app/i18n/issue-words.ts).
 */
export function checkData(kind: string, data: unknown): DataCheck {
  const spec = kindSpec(kind);
  if (!spec) {
    const issue: RecordIssue = { kind: 'record', path: '', rule: 'unknown' };
    return { ok: false, reason: `unknown kind ${kind}`, issue };
  }
  const r = v.safeParse(spec.schema, data);
  if (r.success) return { ok: true, data: r.output };
  const issue = issueOf(kind, spec.schema, r.issues[0]);
  return { ok: false, reason: formatIssue(issue), issue };
}
