import { parseNik } from '../../domain/nik';
import type { Sex } from '../../domain/types';

// As-you-type checks of NIK and No. KK for the forms (SPEC §2). Only length and digits block
// (the record schema needs 16 digits); everything else is a warning the user may keep with a note,
// because real NIKs carry errors.

export interface IdCheck {
  /** Blocks saving: not 16 digits yet. */
  blocking: 'length' | 'digits' | null;
  /** i18n-ready codes ('nik.birthDateMismatch', 'nik.date', 'kk.region', ...); a note is asked when any. */
  warnings: string[];
}

const EMPTY: IdCheck = { blocking: null, warnings: [] };

export function checkNik(nik: string, entered: { birthDate?: string; sex?: Sex }, today?: string): IdCheck {
  const v = nik.trim();
  if (!v) return EMPTY;
  const r = parseNik(v, { birthDate: entered.birthDate || undefined, sex: entered.sex }, today);
  if (r.ok) return { blocking: null, warnings: r.warnings };
  if (r.error === 'nik.length') return { blocking: 'length', warnings: [] };
  if (r.error === 'nik.digits') return { blocking: 'digits', warnings: [] };
  return { blocking: null, warnings: [r.error] };
}

/** No. KK: 16 digits beginning with the issuing region; one issued outside this kabupaten is worth a look. */
export function checkKk(noKk: string, desaCode: string): IdCheck {
  const v = noKk.trim();
  if (!v) return EMPTY;
  if (!/^\d+$/.test(v)) return { blocking: 'digits', warnings: [] };
  if (v.length !== 16) return { blocking: 'length', warnings: [] };
  const kab = desaCode.split('.').slice(0, 2).join('');
  return { blocking: null, warnings: kab.length === 4 && !v.startsWith(kab) ? ['kk.region'] : [] };
}
