import * as v from 'valibot';
import { cutText, isStorableText } from '../../domain/text';
import { HttpError } from './body';

/**
 * Schema check with the first problem as '<path>: <message>' (400 invalid). Text PostgreSQL cannot
 * store (NUL, lone surrogates) is refused the same way, wherever it is in the body, so no endpoint
 * can turn a hostile string into a database error. `text: 'keep'` is for the sync protocol's
 * bodies only: their record data is refused per change (sync/scope.ts), never the whole batch,
 * and their client info (device name, app version) is cleaned where it is written.
 */
export function parseOr400<S extends v.GenericSchema>(schema: S, value: unknown, o: { text?: 'refuse' | 'keep' } = {}): v.InferOutput<S> {
  const r = v.safeParse(schema, value);
  if (!r.success) {
    const first = r.issues[0];
    const path = first.path?.map((p) => String(p.key)).join('.') || '(body)';
    throw new HttpError(400, 'invalid', cutText(`${path}: ${first.message}`, 300));
  }
  if (o.text !== 'keep') {
    const bad = unstorablePath(r.output);
    if (bad !== null) throw new HttpError(400, 'invalid', cutText(`${bad || '(body)'}: text with NUL or broken unicode`, 300));
  }
  return r.output;
}

/** Path of the first string or key that cannot be stored, or null. Iterative: no stack to blow. */
function unstorablePath(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']];
  const join = (path: string, k: string) => (path ? `${path}.${k}` : k);
  while (stack.length) {
    const [x, path] = stack.pop()!;
    if (typeof x === 'string') {
      if (!isStorableText(x)) return path;
    } else if (x && typeof x === 'object') {
      for (const [k, y] of Object.entries(x)) {
        if (!isStorableText(k)) return path;
        stack.push([y, join(path, k)]);
      }
    }
  }
  return null;
}
