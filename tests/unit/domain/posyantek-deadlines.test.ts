import { describe, expect, it } from 'vitest';
import {
  monthlyDeadline, monthlyState, nextDue, postReportLine, quarterCalendar, quarterDeadline, quarterKey, quarterOf,
  quarterPeriod, quarterState, parseQuarterKey, countStates, type Quarter,
} from '../../../src/domain/posyantek';

// Pasal 26 ayat (5): by the first week of April, July, October and the end of December.

describe('Posyantek quarterly deadlines (Pasal 26 ayat (5))', () => {
  it.each([
    [1, '2026-04-07', '2026-01-01', '2026-03-31'],
    [2, '2026-07-07', '2026-04-01', '2026-06-30'],
    [3, '2026-10-07', '2026-07-01', '2026-09-30'],
    [4, '2026-12-31', '2026-10-01', '2026-12-31'],
  ] as const)('Q%i is due %s and covers %s – %s', (q, due, from, to) => {
    expect(quarterDeadline(2026, q)).toBe(due);
    expect(quarterPeriod(2026, q)).toMatchObject({ from, to });
  });

  it('leap years: Q1 still ends on the last day of March, February counted', () => {
    expect(quarterPeriod(2028, 1).months).toEqual(['2028-01', '2028-02', '2028-03']);
  });

  it.each([
    // year, quarter, sentOn, today → state
    [2026, 1, '2026-04-07', '2026-05-01', 'on-time'], // the last day of the first week
    [2026, 1, '2026-04-08', '2026-05-01', 'late'], // one day after
    [2026, 1, '2026-03-20', '2026-05-01', 'on-time'], // sent early
    [2026, 1, undefined, '2026-04-07', 'open'], // deadline day, not sent yet
    [2026, 1, undefined, '2026-04-08', 'missing'],
    [2026, 2, undefined, '2026-03-31', 'not-yet'], // the quarter has not begun
    [2026, 2, undefined, '2026-04-01', 'open'],
    [2026, 3, '2026-10-07', '2026-12-01', 'on-time'],
    [2026, 4, '2026-12-31', '2027-01-05', 'on-time'], // end of December, same year
    [2026, 4, '2027-01-01', '2027-01-05', 'late'],
    [2026, 4, undefined, '2027-01-01', 'missing'],
  ] as const)('%i Q%i sent %s, seen on %s: %s', (year, q, sent, today, want) => {
    expect(quarterState(year, q as Quarter, sent, today)).toBe(want);
  });

  it('the year\'s calendar, the next report due, days left or late', () => {
    const cal = quarterCalendar(2026, { '2026-Q1': '2026-04-10' }, '2026-07-09');
    expect(cal.map((r) => r.state)).toEqual(['late', 'missing', 'open', 'not-yet']);
    expect(cal[1].daysLeft).toBe(-2);
    expect(nextDue(cal)).toMatchObject({ quarter: 2, state: 'missing' });
    expect(nextDue(quarterCalendar(2026, {}, '2026-02-01'))).toMatchObject({ quarter: 1, state: 'open', daysLeft: 65 });
    expect(postReportLine(2026, 1, '2026-04-10', '2026-07-09')).toEqual({ state: 'late', sentOn: '2026-04-10', daysLate: 3 });
    expect(postReportLine(2026, 2, undefined, '2026-07-09')).toEqual({ state: 'missing' });
    expect(countStates(cal)).toEqual({ 'on-time': 0, late: 1, open: 1, missing: 1, 'not-yet': 1 });
  });

  it('quarter keys and the quarter of a day', () => {
    expect(quarterKey(2026, 3)).toBe('2026-Q3');
    expect(parseQuarterKey('2026-Q3')).toEqual({ year: 2026, quarter: 3 });
    expect(parseQuarterKey('2026-Q5')).toBeNull();
    expect(quarterOf('2026-09-30')).toEqual({ year: 2026, quarter: 3 });
    expect(quarterOf('2026-10-01')).toEqual({ year: 2026, quarter: 4 });
  });
});

describe('treasurer\'s monthly report (Pasal 25 ayat (3) huruf e): on time by the next month\'s end', () => {
  it.each([
    ['2026-01', '2026-02-28'],
    ['2028-01', '2028-02-29'],
    ['2026-12', '2027-01-31'],
  ])('%s is due %s', (m, due) => expect(monthlyDeadline(m)).toBe(due));

  it.each([
    ['2026-11', '2026-12-31', '2027-01-02', 'on-time'],
    ['2026-11', '2027-01-01', '2027-01-02', 'late'],
    ['2026-11', undefined, '2026-12-15', 'open'],
    ['2026-11', undefined, '2027-01-01', 'missing'],
    ['2026-12', undefined, '2026-11-30', 'not-yet'],
  ] as const)('%s reported %s, seen %s: %s', (m, on, today, want) => expect(monthlyState(m, on, today)).toBe(want));
});
