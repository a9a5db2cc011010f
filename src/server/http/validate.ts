import * as v from 'valibot';
import { HttpError } from './body';

/** Schema check with the first problem as '<path>: <message>' (400 invalid). */
export function parseOr400<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const r = v.safeParse(schema, value);
  if (r.success) return r.output;
  const first = r.issues[0];
  const path = first.path?.map((p) => String(p.key)).join('.') || '(body)';
  throw new HttpError(400, 'invalid', `${path}: ${first.message}`.slice(0, 300));
}
