import * as v from 'valibot';
import type { KindSpec } from './envelope';
import { posyanduKinds } from './posyandu';
import { rtKinds } from './rt';
import { dasawismaKinds } from './dasawisma';
import { lkdKinds } from './lkd';
import { configKinds } from './config';

/** Every record kind the app and the server know. Unknown kinds are refused by the server. */
export const KINDS: Record<string, KindSpec<any>> = {
  ...posyanduKinds,
  ...rtKinds,
  ...dasawismaKinds,
  ...lkdKinds,
  ...configKinds,
};

export function kindSpec(kind: string): KindSpec<any> | undefined {
  return Object.prototype.hasOwnProperty.call(KINDS, kind) ? KINDS[kind] : undefined;
}

export type DataCheck = { ok: true; data: unknown } | { ok: false; reason: string };

/** Validates a record's data against its kind; `reason` is a short machine-readable text. */
export function checkData(kind: string, data: unknown): DataCheck {
  const spec = kindSpec(kind);
  if (!spec) return { ok: false, reason: `unknown kind ${kind}` };
  const r = v.safeParse(spec.schema, data);
  if (r.success) return { ok: true, data: r.output };
  const first = r.issues[0];
  const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, reason: `${kind}${path ? '.' + path : ''}: ${first.message}` };
}
