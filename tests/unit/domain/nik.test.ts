import { describe, expect, it } from 'vitest';
import { parseNik } from '../../../src/domain/nik';

const TODAY = '2026-03-15';

describe('parseNik: structure', () => {
  it('reads region, date, sex and serial', () => {
    expect(parseNik('6411051203950001', {}, TODAY)).toEqual({
      ok: true, province: '64', regency: '11', district: '05', birthDate: '1995-03-12', sex: 'L', serial: '0001', warnings: [],
    });
  });
  it('reads a woman’s day as day + 40', () => {
    expect(parseNik('6411055203950002', {}, TODAY)).toMatchObject({ ok: true, birthDate: '1995-03-12', sex: 'P' });
  });

  it.each([
    ['641105120395001', 'nik.length'],
    ['64110512039500011', 'nik.length'],
    ['', 'nik.length'],
    ['64110512039500a1', 'nik.digits'],
    ['6411 51203950001', 'nik.digits'],
    ['0011051203950001', 'nik.region'],
    ['6400051203950001', 'nik.region'],
    ['6411001203950001', 'nik.region'],
    ['6411050003950001', 'nik.date'],
    ['6411054003950001', 'nik.date'], // woman, day 0
    ['6411053203950001', 'nik.date'], // day 32
    ['6411057203950001', 'nik.date'], // woman, day 32
    ['6411051213950001', 'nik.date'], // month 13
    ['6411051200950001', 'nik.date'], // month 0
    ['6411053102950001', 'nik.date'], // 31 Feb
    ['6411052902250001', 'nik.date'], // 29 Feb 2025
    ['6411051203950000', 'nik.serial'],
  ])('%s → %s', (nik, error) => expect(parseNik(nik, {}, TODAY)).toEqual({ ok: false, error }));

  it.each([
    ['6411052902240001', '2024-02-29', 'L'],
    ['6411056902240001', '2024-02-29', 'P'],
    ['6411057101990001', '1999-01-31', 'P'],
  ])('leap day and month ends: %s → %s %s', (nik, date, sex) => {
    expect(parseNik(nik, {}, TODAY)).toMatchObject({ ok: true, birthDate: date, sex });
  });
});

describe('parseNik: two-digit year = latest year not after today', () => {
  it.each([
    ['6411051503260001', '2026-03-15'], // today
    ['6411051603260001', '1926-03-16'], // tomorrow would be the future
    ['6411050101260001', '2026-01-01'],
    ['6411050101270001', '1927-01-01'],
    ['6411050101000001', '2000-01-01'],
    ['6411053112990001', '1999-12-31'],
  ])('%s → %s', (nik, date) => expect(parseNik(nik, {}, TODAY)).toMatchObject({ ok: true, birthDate: date }));

  it('depends on the given today', () => {
    expect(parseNik('6411050101300001', {}, '2029-12-31')).toMatchObject({ birthDate: '1930-01-01' });
    expect(parseNik('6411050101300001', {}, '2030-01-01')).toMatchObject({ birthDate: '2030-01-01' });
  });

  it('takes the century of an entered birth date with the same day, month and year digits', () => {
    expect(parseNik('6411050101250001', { birthDate: '1925-01-01' }, TODAY)).toMatchObject({ birthDate: '1925-01-01', warnings: [] });
  });
});

describe('parseNik: disagreement with what was entered is a warning', () => {
  it.each([
    [{ birthDate: '1995-03-12', sex: 'L' as const }, []],
    [{ birthDate: '1995-03-13', sex: 'L' as const }, ['nik.birthDateMismatch']],
    [{ birthDate: '1995-03-12', sex: 'P' as const }, ['nik.sexMismatch']],
    [{ birthDate: '1996-01-01', sex: 'P' as const }, ['nik.birthDateMismatch', 'nik.sexMismatch']],
    [{}, []],
  ])('%o → %o', (check, warnings) => {
    const r = parseNik('6411051203950001', check, TODAY);
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings).toEqual(warnings);
  });
});
