import { describe, expect, it } from 'vitest';
import { format, parseISO } from 'date-fns';
import { id } from 'date-fns/locale/id';
import { enGB } from 'date-fns/locale/en-GB';
import { formatDateIn, formatDateTimeIn, formatMonthIn, formatMonthShortIn, formatNumberIn, formatPercentIn } from '../../../src/domain/format';

// Dates and numbers as the users write them (Indonesian by default, English available).
describe('format', () => {
  it.each([
    ['id', '2026-11-05', '5 Nov 2026'],
    ['id', '2026-08-17', '17 Agt 2026'],
    ['id', '2026-05-01', '1 Mei 2026'],
    ['en', '2026-08-17', '17 Aug 2026'],
  ] as const)('date %s %s → %s', (lang, iso, want) => expect(formatDateIn(lang, iso)).toBe(want));

  it('months and timestamps', () => {
    expect(formatMonthIn('id', '2026-11')).toBe('November 2026');
    expect(formatMonthIn('en', '2026-12')).toBe('December 2026');
    expect(formatDateTimeIn('id', '2026-11-05T14:05:00')).toBe('5 Nov 2026 14:05');
  });

  it.each([
    ['id', 8.7, { digits: 1 }, '8,7'],
    ['en', 8.7, { digits: 1 }, '8.7'],
    ['id', 9, { digits: 1 }, '9,0'],
    ['id', -3.75, {}, '\u22123,75'],
    ['en', -3.75, {}, '\u22123.75'],
    ['id', -0.04, { digits: 1 }, '0,0'],
    ['id', 2026, {}, '2026'],
    ['id', 12345, {}, '12.345'],
    ['en', 12345, {}, '12,345'],
    ['id', 1500, { grouping: 'always' }, '1.500'],
    ['id', 2 / 3, {}, '0,67'],
    ['id', null, {}, ''],
    ['id', NaN, {}, ''],
  ] as const)('number %s %s %o → %s', (lang, n, style, want) => expect(formatNumberIn(lang, n, style)).toBe(want));

  it.each([
    ['id', 0.714, 1, '71,4 %'],
    ['en', 0.714, 1, '71.4%'],
    ['id', 1.5, 1, '150 %'],
    ['id', 2 / 3, 0, '67 %'],
    ['id', null, 1, '–'],
  ] as const)('percent %s %s → %s', (lang, f, d, want) => expect(formatPercentIn(lang, f, d)).toBe(want));
});

// The month names are written in src/domain/format.ts (date-fns' format() was too heavy for the
// first screen); date-fns stays the oracle: every day of four years, both languages, and
// timestamps in the machine's time zone, must read exactly as date-fns writes them.
describe('dates as date-fns writes them', () => {
  const locales = { id, en: enGB } as const;
  const days: string[] = [];
  for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  it.each(['id', 'en'] as const)('%s: every day of 2023–2026, every month, and timestamps', (lang) => {
    const locale = locales[lang];
    for (const d of days) expect(formatDateIn(lang, d), d).toBe(format(parseISO(d), 'd MMM yyyy', { locale }));
    for (const d of days.filter((x) => x.endsWith('-01'))) {
      expect(formatMonthIn(lang, d.slice(0, 7))).toBe(format(parseISO(d), 'LLLL yyyy', { locale }));
      expect(formatMonthShortIn(lang, d.slice(0, 7))).toBe(format(parseISO(d), 'MMM yyyy', { locale }));
    }
    for (const ts of ['2026-11-05T14:05:00', '2026-12-31T23:59:59Z', '2026-01-01T00:00:00+08:00', '2024-02-29T07:03:00.123Z']) {
      expect(formatDateTimeIn(lang, ts), ts).toBe(format(parseISO(ts), 'd MMM yyyy HH:mm', { locale }));
      expect(formatDateIn(lang, ts), ts).toBe(format(parseISO(ts), 'd MMM yyyy', { locale }));
    }
  });
});
