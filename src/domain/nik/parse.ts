import type { IsoDate, Sex } from '../types';
import { daysInMonth, todayIso } from '../dates';

// NIK `PPKKCC DDMMYY SSSS` (SPEC §2, domain-tables §5). Errors and warnings are stable codes the
// app's i18n layer turns into words. A disagreement with what the user entered is only a warning:
// real NIKs carry errors, and the user may keep them with a note.

export type NikError = 'nik.length' | 'nik.digits' | 'nik.region' | 'nik.date' | 'nik.future' | 'nik.serial';
export type NikWarning = 'nik.birthDateMismatch' | 'nik.sexMismatch';

export type NikResult =
  | { ok: true; province: string; regency: string; district: string; birthDate: IsoDate; sex: Sex; serial: string; warnings: NikWarning[] }
  | { ok: false; error: NikError };

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Parses and checks a NIK. The two-digit year is the latest year that puts the birth date on or
 * before `today`, unless the entered birth date has the same day, month and two-digit year — then
 * its century is taken (a person born in 1925 is not a warning in 2026).
 */
export function parseNik(
  nik: string,
  check: { birthDate?: IsoDate; sex?: Sex } = {},
  today: IsoDate = todayIso(),
): NikResult {
  if (nik.length !== 16) return { ok: false, error: 'nik.length' };
  if (!/^\d{16}$/.test(nik)) return { ok: false, error: 'nik.digits' };
  const province = nik.slice(0, 2);
  const regency = nik.slice(2, 4);
  const district = nik.slice(4, 6);
  if (province === '00' || regency === '00' || district === '00') return { ok: false, error: 'nik.region' };

  const rawDay = +nik.slice(6, 8);
  const sex: Sex = rawDay > 40 ? 'P' : 'L';
  const day = sex === 'P' ? rawDay - 40 : rawDay;
  const month = +nik.slice(8, 10);
  const yy = +nik.slice(10, 12);
  const serial = nik.slice(12, 16);
  if (month < 1 || month > 12 || day < 1) return { ok: false, error: 'nik.date' };

  const mmdd = `${pad2(month)}-${pad2(day)}`;
  let year: number;
  const entered = check.birthDate;
  if (entered && +entered.slice(0, 4) % 100 === yy && entered.slice(5) === mmdd) year = +entered.slice(0, 4);
  else {
    const ty = +today.slice(0, 4);
    year = ty - ((ty % 100) - yy + 100) % 100;
    if (`${year}-${mmdd}` > today) year -= 100;
  }
  if (day > daysInMonth(year, month)) return { ok: false, error: 'nik.date' };
  const birthDate = `${String(year).padStart(4, '0')}-${mmdd}`;
  if (birthDate > today) return { ok: false, error: 'nik.future' };
  if (serial === '0000') return { ok: false, error: 'nik.serial' };

  const warnings: NikWarning[] = [];
  if (entered && entered !== birthDate) warnings.push('nik.birthDateMismatch');
  if (check.sex && check.sex !== sex) warnings.push('nik.sexMismatch');
  return { ok: true, province, regency, district, birthDate, sex, serial, warnings };
}
