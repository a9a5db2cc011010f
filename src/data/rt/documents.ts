import { completedMonths } from '../../domain/dates';
import type { PersonData } from '../../domain/records/rt';

// Which documents a resident should hold (001 Pasal 24 ayat 2 huruf d: rentan adminduk).
// KTP-el is due at 17 or on marrying (UU 24/2013 Pasal 63); akta and KK are due for everyone.

export const KTP_AGE_MONTHS = 17 * 12;
export const CHILD_AGE_MONTHS = 18 * 12;

export type DocKey = 'kk' | 'akta' | 'ktpEl';

export function ageMonths(p: PersonData, on: string): number {
  return completedMonths(p.birthDate, on);
}

export function needsKtp(p: PersonData, on: string): boolean {
  return ageMonths(p, on) >= KTP_AGE_MONTHS || (p.maritalStatus !== undefined && p.maritalStatus !== 'belum_kawin');
}

/** Documents this person should hold but does not (an unrecorded document counts as missing). */
export function missingDocuments(p: PersonData, on: string): DocKey[] {
  const d = p.documents ?? { kk: false, akta: false, ktpEl: false };
  const out: DocKey[] = [];
  if (!d.kk) out.push('kk');
  if (!d.akta) out.push('akta');
  if (!d.ktpEl && needsKtp(p, on)) out.push('ktpEl');
  return out;
}
