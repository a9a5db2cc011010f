import { describe, expect, it } from 'vitest';
import { checkKk, checkNik, nikBlocks } from '../../../src/domain/nik/input';

// The as-you-type check every NIK field shares (src/app/ui/NikField.tsx): only length and digits
// block; a 17th digit is refused with its count, never cut; the rest warns and asks a note.
const TODAY = '2026-01-01';

describe('checkNik', () => {
  it.each([
    ['', {}, { blocking: null, digits: 0, warnings: [] }],
    ['6411054503900001', { birthDate: '1990-03-05', sex: 'P' as const }, { blocking: null, digits: 16, warnings: [] }],
    ['6411054503900001', { birthDate: '1990-03-05', sex: 'L' as const }, { blocking: null, digits: 16, warnings: ['nik.sexMismatch'] }],
    ['6411050503900001', { birthDate: '1991-03-05', sex: 'L' as const }, { blocking: null, digits: 16, warnings: ['nik.birthDateMismatch'] }],
    ['6411053213900001', { sex: 'L' as const }, { blocking: null, digits: 16, warnings: ['nik.date'] }],
    ['6411051203950000', {}, { blocking: null, digits: 16, warnings: ['nik.serial'] }],
    ['641105', {}, { blocking: 'length', digits: 6, warnings: [] }],
    // The 17th digit: refused (blocks, says 17), not cut to 16.
    ['64110545039000011', {}, { blocking: 'length', digits: 17, warnings: [] }],
    ['64110545039000x1', {}, { blocking: 'digits', digits: 15, warnings: [] }],
    ['6411 0545 0390 0001', {}, { blocking: 'digits', digits: 16, warnings: [] }],
  ])('%s %o → %o', (nik, entered, want) => expect(checkNik(nik, entered, TODAY)).toEqual(want));
});

describe('checkKk', () => {
  it.each([
    ['6411050101260001', { blocking: null, digits: 16, warnings: [] }],
    ['3201050101260001', { blocking: null, digits: 16, warnings: ['kk.region'] }],
    ['3201', { blocking: 'length', digits: 4, warnings: [] }],
    ['64110501012600012', { blocking: 'length', digits: 17, warnings: [] }],
    ['6411-0501', { blocking: 'digits', digits: 8, warnings: [] }],
  ])('%s → %o', (kk, want) => expect(checkKk(kk, '64.11.05.2003')).toEqual(want));
});

describe('nikBlocks', () => {
  const ok = checkNik('6411054503900001', { birthDate: '1990-03-05', sex: 'P' }, TODAY);
  const warn = checkNik('6411054503900001', { sex: 'L' }, TODAY);
  it.each([
    ['a clean NIK', ok, '', 0, null],
    ['a warning without a note', warn, '', 0, 'noteNeeded'],
    ['a warning with a note', warn, 'KTP lama', 0, null],
    ['another person holds it, no note', ok, ' ', 1, 'noteNeeded'],
    ['17 digits', checkNik('64110545039000011', {}, TODAY), 'catatan', 0, 'length'],
  ] as const)('%s', (_name, check, note, extra, want) => expect(nikBlocks(check, note, extra)).toBe(want));
});
