import type { ReactNode } from 'react';
import { DateInput } from '../../ui/DateInput';

// Native inputs in a plain label: light on cheap phones, the right keyboard via inputmode, and
// stable `name`s the browser tests address.

interface Base {
  label: string;
  name: string;
  error?: string | null;
  hint?: string | null;
}

export function FieldShell({ label, name, error, hint, children }: Base & { children: ReactNode }) {
  return (
    <label className="rt-field" htmlFor={`rt-${name}`}>
      <span className="rt-label">{label}</span>
      {children}
      {hint && !error && <span className="rt-hint">{hint}</span>}
      {error && <span className="rt-error" role="alert">{error}</span>}
    </label>
  );
}

export function TextField(p: Base & { value: string; onChange(v: string): void; inputMode?: 'text' | 'numeric' | 'decimal'; disabled?: boolean; maxLength?: number }) {
  return (
    <FieldShell {...p}>
      <input id={`rt-${p.name}`} name={p.name} value={p.value} inputMode={p.inputMode} disabled={p.disabled} maxLength={p.maxLength}
        autoComplete="off" onChange={(e) => p.onChange(e.target.value)} aria-invalid={!!p.error} />
    </FieldShell>
  );
}

/** Dates the app's way (day/month/year, '5 Nov 2026'), not the browser's: the shared DateInput. */
export function DateField(p: Base & { value: string; onChange(v: string): void; max?: string; min?: string }) {
  return <DateInput {...p} />;
}

export function SelectField(p: Base & { value: string; onChange(v: string): void; options: { value: string; label: string }[]; empty?: string }) {
  return (
    <FieldShell {...p}>
      <select id={`rt-${p.name}`} name={p.name} value={p.value} onChange={(e) => p.onChange(e.target.value)} aria-invalid={!!p.error}>
        {p.empty !== undefined && <option value="">{p.empty}</option>}
        {p.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </FieldShell>
  );
}

export function CheckField(p: { label: string; name: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label className="rt-check">
      <input type="checkbox" name={p.name} checked={p.checked} onChange={(e) => p.onChange(e.target.checked)} />
      <span>{p.label}</span>
    </label>
  );
}
