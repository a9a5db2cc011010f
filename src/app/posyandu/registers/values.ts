import { parseDecimal } from '../ui/Field';
import type { FieldDef } from './fields';

export type FormValues = Record<string, string | boolean>;

/** Record data → form strings. */
export function toValues(fields: FieldDef[], data: Record<string, unknown> = {}): FormValues {
  const out: FormValues = {};
  for (const f of fields) {
    const v = data[f.key];
    if (f.type === 'bool') out[f.key] = v === true;
    else if (f.type === 'select') out[f.key] = (v as string | undefined) ?? f.options?.[0] ?? '';
    else out[f.key] = v === undefined || v === null ? '' : String(v);
  }
  return out;
}

/** Form strings → record data; empty optional fields are left out. Returns the keys that are wrong. */
export function fromValues(fields: FieldDef[], values: FormValues): { data: Record<string, unknown>; errors: string[] } {
  const data: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const f of fields) {
    const raw = values[f.key];
    if (f.type === 'bool') { data[f.key] = raw === true; continue; }
    const s = String(raw ?? '').trim();
    if (!s) { if (f.required) errors.push(f.key); continue; }
    if (f.type === 'int') {
      const n = Number(s.replace(/\./g, ''));
      if (!Number.isInteger(n) || n < 0) errors.push(f.key); else data[f.key] = n;
    } else if (f.type === 'decimal') {
      const n = parseDecimal(s);
      if (n === undefined || Number.isNaN(n)) errors.push(f.key); else data[f.key] = n;
    } else data[f.key] = s;
  }
  return { data, errors };
}
