import { useT, type MessageKey } from '../i18n';
import { issueKindLabel } from './labels';
import type { NikFieldCheck } from './useNikCheck';
import { useStringsReady } from './useStrings';
import './ui.css';

// The one NIK (and No. KK) field of every form (issue 13 item 7): the same check everywhere —
// 16 digits (a 17th is refused with its count, never cut off), digits only, the embedded birth
// date and sex against what the form says, and another person in the phone's books with the same
// NIK, named. A warning never blocks by itself: it asks for a note, kept with the record.

export interface NikFieldProps {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  /** The note field, shown when there is something to explain (or a note already). */
  note: string;
  onNoteChange(note: string): void;
  noteName: string;
  nik: NikFieldCheck;
  /** The user tried to save: a missing note is then an error at the field. */
  tried: boolean;
  disabled?: boolean;
}

export function NikField({ label, name, value, onChange, note, onNoteChange, noteName, nik, tried, disabled }: NikFieldProps) {
  const t = useT();
  const words = useStringsReady('records', 'ui.nik.holder');
  const { check, holders, what } = nik;
  const blocking = check.blocking === 'length' ? t(`ui.${what}.length`, { n: check.digits }) : check.blocking === 'digits' ? t('ui.nik.digits') : null;
  const warnings = [
    ...check.warnings.map((w) => t(`ui.nik.${w}` as MessageKey)),
    ...holders.map((h) => t('ui.nik.holder', { name: h.name || '—', where: issueKindLabel(h.kind) })),
  ];
  const needNote = nik.blocks(note) === 'noteNeeded';
  return (
    <>
      <div className="kd-field">
        <label className="kd-label" htmlFor={`kd-${name}`}>{label}</label>
        {/* No maxLength: a 17th digit stays in the field and is refused with a reason. */}
        <input id={`kd-${name}`} name={name} value={value} inputMode="numeric" autoComplete="off" disabled={disabled}
          aria-invalid={!!value && !!blocking} onChange={(e) => onChange(e.target.value)} />
        {words && value && blocking && <span className="kd-error" role="alert">{blocking}</span>}
      </div>
      {words && warnings.map((w) => <p key={w} className="kd-warn" role="status" data-testid={`${name}-warning`}>{w}</p>)}
      {(warnings.length > 0 || note) && (
        <div className="kd-field">
          <label className="kd-label" htmlFor={`kd-${noteName}`}>{words ? t(`ui.${what}.note`) : label}</label>
          <input id={`kd-${noteName}`} name={noteName} value={note} autoComplete="off" disabled={disabled}
            aria-invalid={tried && needNote} onChange={(e) => onNoteChange(e.target.value)} />
          {words && tried && needNote && <span className="kd-error" role="alert">{t(`ui.${what}.noteNeeded`)}</span>}
        </div>
      )}
    </>
  );
}
