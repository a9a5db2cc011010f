import { useState } from 'react';
import { formatDate, useLang, useT } from '../i18n';
import { Calendar } from './Calendar';
import { isDateValue, parseDateText } from './date-text';
import { useStringsReady } from './useStrings';
import './ui.css';

// The one date field of every form (issue 20 item 7): shows '5 Nov 2026' in the app's language,
// takes day/month/year typed any common way (date-text.ts), and has a calendar drawn by the app.
// Nothing depends on the browser's locale (a native <input type=date> showed '12/03/2026' the
// browser's way). The value is ISO ('2026-11-05') when what was typed is a date, '' when empty,
// and otherwise the text as typed, so a form keeps it (drafts) and refuses to save it
// (`isDateValue`); the field says what is wrong.

export interface DateInputProps {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  /** The form's own message (required, order); shown instead of the field's. */
  error?: string | null;
  hint?: string | null;
  min?: string;
  max?: string;
  disabled?: boolean;
}

/** The phone's own calendar day (not UTC: before 07:00 WIB the UTC day is still yesterday). */
export function localTodayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function DateInput({ label, name, value, onChange, error, hint, min, max, disabled }: DateInputProps) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const words = useStringsReady('records', 'ui.date.bad');
  const [focused, setFocused] = useState(false);
  // What is being typed; null shows the value the app's way ('5 Nov 2026').
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const today = localTodayIso();
  const valid = isDateValue(value);
  // While typing, the text as typed; otherwise the date the app's way, or what was typed if it is no date.
  const shown = text !== null ? text : valid ? formatDate(value, lang) : value;
  const typed = (raw: string) => {
    setText(raw);
    const iso = parseDateText(raw, today);
    onChange(raw.trim() === '' ? '' : iso ?? raw);
  };
  const own = value && !valid && !focused ? t('ui.date.bad') : null;
  const message = error ?? (words ? own : null);
  const reads = focused && text && valid ? t('ui.date.reads', { date: formatDate(value, lang) }) : null;
  const help = hint ?? (words ? t('ui.date.hint') : null);
  return (
    <div className="kd-field">
      <label className="kd-label" htmlFor={`kd-${name}`}>{label}</label>
      <div className="kd-date">
        <input id={`kd-${name}`} name={name} type="text" inputMode="numeric" autoComplete="off" value={shown} disabled={disabled}
          aria-invalid={!!message} placeholder={words ? t('ui.date.hint') : undefined}
          // Focus selects what is there, so typing a new date replaces it (the text is not swapped
          // for another form on focus: the cursor would land behind it).
          onFocus={(e) => { setFocused(true); e.target.select(); }}
          onBlur={() => { setFocused(false); setText(null); }}
          onChange={(e) => typed(e.target.value)} />
        <button type="button" className="kd-date-open" disabled={disabled} aria-expanded={open}
          aria-label={words ? t('ui.date.calendar') : undefined} onClick={() => setOpen(!open)}>
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path fill="currentColor" d="M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2H7zm-2 7h14v11H5V9zm2 2v2h2v-2H7zm4 0v2h2v-2h-2zm4 0v2h2v-2h-2zm-8 4v2h2v-2H7zm4 0v2h2v-2h-2z" /></svg>
        </button>
      </div>
      {reads && !message && <span className="kd-hint">{reads}</span>}
      {!reads && help && !message && <span className="kd-hint">{help}</span>}
      {message && <span className="kd-error" role="alert">{message}</span>}
      {open && (
        <Calendar name={name} value={valid ? value : ''} today={today} min={min} max={max}
          onPick={(iso) => { onChange(iso); setOpen(false); }} onClose={() => setOpen(false)} />
      )}
    </div>
  );
}
