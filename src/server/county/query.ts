import type { IncomingMessage } from 'node:http';
import * as v from 'valibot';
import { parseOr400 } from '../http/validate';

// Query-string parameters of the county endpoints, validated like bodies (400 with a reason).

export const monthParam = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM'));
export const yearParam = v.pipe(
  v.string(),
  v.regex(/^\d{4}$/, 'year must be YYYY'),
  v.transform(Number),
  v.number(),
  v.minValue(2000),
  v.maxValue(2100),
);
export const dateParam = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date must be YYYY-MM-DD'),
  v.check((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), 'no such date'),
);
export const formatParam = v.optional(v.picklist(['json', 'csv']), 'json');

export function queryOf(req: IncomingMessage): Record<string, string> {
  const u = new URL(req.url ?? '/', 'http://x');
  const out: Record<string, string> = {};
  for (const [k, val] of u.searchParams) out[k] = val;
  return out;
}

export function parseQuery<S extends v.GenericSchema>(schema: S, req: IncomingMessage): v.InferOutput<S> {
  return parseOr400(schema, queryOf(req));
}

/** The last December that has passed by the report month (the village heads' yearly report). */
export function lastDecember(month: string): number {
  return month.endsWith('-12') ? +month.slice(0, 4) : +month.slice(0, 4) - 1;
}

/** This month on the county office's calendar (server local time). */
export function thisMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** Today on the county office's calendar (server local time). */
export function today(now = new Date()): string {
  return `${thisMonth(now)}-${String(now.getDate()).padStart(2, '0')}`;
}
