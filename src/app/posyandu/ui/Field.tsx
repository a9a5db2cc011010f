import type { ReactNode } from 'react';

// Native inputs in a plain label: fast on cheap phones, the right keyboard via inputmode, and
// reachable by tab order so a weighing can be typed without touching the screen twice.

interface Base {
  label: string;
  name: string;
  error?: string | null;
  hint?: string;
}

export function FieldShell({ label, name, error, hint, children }: Base & { children: ReactNode }) {
  return (
    <label className="pd-field" htmlFor={`f-${name}`}>
      <span className="pd-label">{label}</span>
      {children}
      {hint && !error && <span className="pd-hint">{hint}</span>}
      {error && <span className="pd-error" role="alert">{error}</span>}
    </label>
  );
}

export function TextField(p: Base & { value: string; onChange(v: string): void; inputMode?: 'text' | 'numeric' | 'decimal'; autoFocus?: boolean; placeholder?: string }) {
  return (
    <FieldShell {...p}>
      <input id={`f-${p.name}`} name={p.name} value={p.value} inputMode={p.inputMode} autoFocus={p.autoFocus}
        placeholder={p.placeholder} onChange={(e) => p.onChange(e.target.value)} aria-invalid={!!p.error} />
    </FieldShell>
  );
}

/** Decimal with 0.1 steps; keeps the typed text (a comma is read as a decimal point). */
export function DecimalField(p: Base & { value: string; onChange(v: string): void; autoFocus?: boolean }) {
  return (
    <FieldShell {...p}>
      <input id={`f-${p.name}`} name={p.name} type="text" inputMode="decimal" autoComplete="off" value={p.value}
        autoFocus={p.autoFocus} onChange={(e) => p.onChange(e.target.value)} aria-invalid={!!p.error} />
    </FieldShell>
  );
}

export function DateField(p: Base & { value: string; onChange(v: string): void; max?: string }) {
  return (
    <FieldShell {...p}>
      <input id={`f-${p.name}`} name={p.name} type="date" value={p.value} max={p.max} onChange={(e) => p.onChange(e.target.value)} aria-invalid={!!p.error} />
    </FieldShell>
  );
}

export function CheckField({ label, name, checked, onChange }: { label: string; name: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label className="pd-check">
      <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

export function SelectField(p: Base & { value: string; onChange(v: string): void; options: { value: string; label: string }[] }) {
  return (
    <FieldShell {...p}>
      <select id={`f-${p.name}`} name={p.name} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </FieldShell>
  );
}

/** '12,3' or '12.3' → 12.3 rounded to 0.1; '' → undefined; garbage → NaN (shown as an error). */
export function parseDecimal(s: string): number | undefined {
  const t = s.trim().replace(',', '.');
  if (!t) return undefined;
  if (!/^\d+(\.\d*)?$/.test(t)) return NaN;
  return Math.round(parseFloat(t) * 10) / 10;
}
