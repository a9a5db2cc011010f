import { describe, expect, it } from 'vitest';
import { excelSerialDate, excelSerialOf, isPlaceholder, looksLikePhone, parseDateCell, parseNumberCell, idDigits } from '../../../src/domain/interop';

describe('cells of real spreadsheets', () => {
  it('reads Excel date serials, Date cells and day-first text', () => {
    expect(excelSerialDate(44927)).toBe('2023-01-01');
    expect(excelSerialDate(46035)).toBe('2026-01-13');
    expect(excelSerialDate(45092)).toBe('2023-06-15');
    expect(excelSerialOf('2026-01-13')).toBe(46035);
    expect(parseDateCell(46035)).toBe('2026-01-13');
    expect(parseDateCell('46035')).toBe('2026-01-13');
    expect(parseDateCell(new Date(Date.UTC(2024, 2, 12)))).toBe('2024-03-12');
    expect(parseDateCell('12/03/2024')).toBe('2024-03-12');
    expect(parseDateCell('05-11-2023')).toBe('2023-11-05');
    expect(parseDateCell('2025-07-20')).toBe('2025-07-20');
    expect(parseDateCell('13 Des 2025')).toBe('2025-12-13');
    expect(parseDateCell('5 Agustus 2024')).toBe('2024-08-05');
    expect(parseDateCell('31/02/2024')).toBeNull();
    expect(parseDateCell('kemarin')).toBeNull();
  });

  it('reads decimal commas and points, and knows placeholders and phone numbers', () => {
    expect(parseNumberCell('8,7')).toBe(8.7);
    expect(parseNumberCell('8.7')).toBe(8.7);
    expect(parseNumberCell('11,4 kg')).toBe(11.4);
    expect(parseNumberCell(9.1)).toBe(9.1);
    expect(parseNumberCell('abc')).toBeNull();
    for (const p of [8888, '8888', '888', '9999', '8.888', '8888888888888888']) expect(isPlaceholder(p)).toBe(true);
    expect(isPlaceholder('88')).toBe(false);
    expect(isPlaceholder(8.8)).toBe(false);
    for (const p of ['081234567890', '0812 3456 7891', '+62 812-3456-7890', '6281234567890']) expect(looksLikePhone(p)).toBe(true);
    expect(looksLikePhone('6411055506230001')).toBe(false);
    expect(idDigits(6411055506230001)).toBe('6411055506230001');
    expect(idDigits("'6411055506230001")).toBe('6411055506230001');
  });
});
