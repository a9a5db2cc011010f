import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays, addMonths, addMonthsToDate, dateOfDayNumber, dayNumber, isValidIsoDate, isValidMonth, lastDayOf, monthFromIndex, monthIndex, monthRange, monthStartDay,
} from '../../../src/domain/dates';

describe('calendar helpers', () => {
  it('dayNumber agrees with Date.UTC and round-trips (property, years 1900–2200)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2200, 11, 31) / 864e5 }), (n) => {
        const iso = new Date(n * 864e5).toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(n);
        expect(dateOfDayNumber(n)).toBe(iso);
        expect(monthStartDay(monthIndex(iso))).toBe(dayNumber(`${iso.slice(0, 7)}-01`));
      }),
    );
  });

  it.each([
    ['2024-02-29', true], ['2025-02-29', false], ['2025-04-31', false], ['2025-13-01', false], ['2025-1-01', false], ['1900-02-29', false], ['2000-02-29', true],
  ])('isValidIsoDate(%s) = %s', (d, ok) => expect(isValidIsoDate(d)).toBe(ok));

  it.each([['2025-01', true], ['2025-12', true], ['2025-00', false], ['2025-13', false], ['25-01', false]])('isValidMonth(%s) = %s', (m, ok) => {
    expect(isValidMonth(m)).toBe(ok);
  });

  it('does month arithmetic across years', () => {
    expect(addMonths('2024-11', 3)).toBe('2025-02');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(monthFromIndex(monthIndex('2025-07'))).toBe('2025-07');
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthRange('2025-02', '2025-01')).toEqual([]);
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025-02')).toBe('2025-02-28');
  });
});

describe('addDays and addMonthsToDate (the one copy of each for the whole domain)', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-01', 0, '2026-01-01'],
  ])('addDays(%s, %i) = %s', (d, n, want) => expect(addDays(d, n)).toBe(want));
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-01-15', 6, '2026-07-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-10', -12, '2025-05-10'],
  ])('addMonthsToDate(%s, %i) = %s', (d, n, want) => expect(addMonthsToDate(d, n)).toBe(want));
});
