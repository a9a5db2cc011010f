import type { Sex } from '../types';
import { parseNik, type NikError, type NikWarning } from './parse';

// As-you-type checks of a NIK or No. KK field, the same on every form that takes one (SPEC §2).
// Only a wrong length or a non-digit blocks saving (the record schema needs 16 digits); a 17th
// digit is refused with its count, never cut off. Everything else is a warning the user may keep
// with a note, because real NIKs carry errors.

export type IdWarning = NikError | NikWarning | 'kk.region';

export interface IdCheck {
  /** Blocks saving: not 16 digits. */
  blocking: 'length' | 'digits' | null;
  /** Digits typed so far (the length message says how many). */
  digits: number;
  /** i18n-ready codes ('nik.birthDateMismatch', 'nik.date', 'kk.region', ...); a note is asked when any. */
  warnings: IdWarning[];
}

const EMPTY: IdCheck = { blocking: null, digits: 0, warnings: [] };

/** A NIK field as typed, against the birth date and sex entered on the same form. */
export function checkNik(nik: string, entered: { birthDate?: string; sex?: Sex }, today?: string): IdCheck {
  const v = nik.trim();
  if (!v) return EMPTY;
  const digits = v.replace(/\D/g, '').length;
  if (!/^\d+$/.test(v)) return { blocking: 'digits', digits, warnings: [] };
  const r = parseNik(v, { birthDate: entered.birthDate || undefined, sex: entered.sex }, today);
  if (r.ok) return { blocking: null, digits, warnings: r.warnings };
  if (r.error === 'nik.length') return { blocking: 'length', digits, warnings: [] };
  return { blocking: null, digits, warnings: [r.error] };
}

/** No. KK: 16 digits beginning with the issuing region; one issued outside this kabupaten is worth a look. */
export function checkKk(noKk: string, desaCode: string): IdCheck {
  const v = noKk.trim();
  if (!v) return EMPTY;
  const digits = v.replace(/\D/g, '').length;
  if (!/^\d+$/.test(v)) return { blocking: 'digits', digits, warnings: [] };
  if (v.length !== 16) return { blocking: 'length', digits, warnings: [] };
  const kab = desaCode.split('.').slice(0, 2).join('');
  return { blocking: null, digits, warnings: kab.length === 4 && !v.startsWith(kab) ? ['kk.region'] : [] };
}

/** What stops a form with a NIK field from saving: its problem code, or null. */
export function nikBlocks(check: IdCheck, note: string, extraWarnings = 0): 'length' | 'digits' | 'noteNeeded' | null {
  if (check.blocking) return check.blocking;
  return check.warnings.length + extraWarnings > 0 && !note.trim() ? 'noteNeeded' : null;
}
