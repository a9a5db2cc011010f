import { describe, expect, it } from 'vitest';
import { dateEntryText, parseDateText } from '../../../src/app/ui/date-text';

// Issue 20 item 7: dates are typed and read day/month/year, the app's way, not the browser's.
const TODAY = '2026-03-15';

describe('parseDateText', () => {
  it.each([
    ['5/11/2025', '2025-11-05'],
    ['05/11/2025', '2025-11-05'],
    ['5-11-2025', '2025-11-05'],
    ['5.11.2025', '2025-11-05'],
    ['5 11 2025', '2025-11-05'],
    ['05112025', '2025-11-05'],
    ['5/11/25', '2025-11-05'],
    ['1/1/85', '1985-01-01'],
    ['1/1/27', '2027-01-01'],
    ['1/1/28', '1928-01-01'],
    ['5 Nov 2025', '2025-11-05'],
    ['5 nov. 2025', '2025-11-05'],
    ['17 Agustus 1945', '1945-08-17'],
    ['17 agt 1945', '1945-08-17'],
    ['3 Mei 2020', '2020-05-03'],
    ['3 May 2020', '2020-05-03'],
    ['25 Des 2024', '2024-12-25'],
    ['2025-11-05', '2025-11-05'],
    ['  5/11/2025 ', '2025-11-05'],
    ['29/2/2024', '2024-02-29'],
  ])('%s → %s', (text, iso) => expect(parseDateText(text, TODAY)).toBe(iso));

  it.each([
    [''], ['kemarin'], ['31/2/2025'], ['29/2/2025'], ['5/13/2025'], ['0/1/2025'], ['11/5'], ['2025-02-30'], ['5 Foo 2025'], ['12/03/2026x'],
  ])('%s is not a date', (text) => expect(parseDateText(text, TODAY)).toBeNull());

  it('reads day first, whatever the browser would say (12/03 is 12 March)', () => {
    expect(parseDateText('12/03/2026', TODAY)).toBe('2026-03-12');
  });

  it('dateEntryText is what parseDateText reads back', () => {
    expect(dateEntryText('2026-03-12')).toBe('12/03/2026');
    expect(parseDateText(dateEntryText('1950-01-31'), TODAY)).toBe('1950-01-31');
  });
});
