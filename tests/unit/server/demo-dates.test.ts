import { describe, expect, it } from 'vitest';
import { demoRecords } from '../../../src/server/demo/records';
import { checkData } from '../../../src/domain/records';

// Issue 13 item 15: the demo never dates a record after the day the server seeds it (the seed
// used to write this month's weighings on the 10th: KMS trends and SKDN were wrong on days 1–9).

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Every date-valued field anywhere in a record's data. */
function datesIn(value: unknown): string[] {
  if (typeof value === 'string') return ISO.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(datesIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(datesIn);
  return [];
}

// Every day of a leap year and of the next, at the start and the end of the UTC day.
const days = Array.from({ length: 731 }, (_, i) => new Date(Date.UTC(2028, 0, 1 + i)));
const starts = days.flatMap((d) => [d, new Date(d.getTime() + 86_399_000)]);

describe('demo data dates', () => {
  it('no record is dated after the day the server seeds, on any day of two years', () => {
    for (const now of starts) {
      const today = now.toISOString().slice(0, 10);
      const late = demoRecords(now).flatMap((r) => datesIn(r.data).filter((d) => d > today).map((d) => `${r.id}: ${d}`));
      expect(late, `seeded on ${today}`).toEqual([]);
    }
  });

  it('on the 1st of a month the latest Posyandu day was yesterday; one weighing per child and month; none before birth', () => {
    const recs = demoRecords(new Date(Date.UTC(2028, 2, 1, 6)));
    const visits = recs.filter((r) => r.kind === 'posyandu.visit');
    const dates = [...new Set(visits.map((v) => v.data.date as string))].sort();
    expect(dates.at(-1)).toBe('2028-02-29');
    expect(dates).toEqual(['2027-09-29', '2027-10-29', '2027-11-29', '2027-12-29', '2028-01-29', '2028-02-29']);
    const births = new Map(recs.filter((r) => r.kind === 'posyandu.child').map((c) => [c.id, c.data.birthDate as string]));
    for (const v of visits) expect(v.data.date as string >= births.get(v.data.childId as string)!).toBe(true);
    const perMonth = new Set(visits.map((v) => `${v.data.childId}:${(v.data.date as string).slice(0, 7)}`));
    expect(perMonth.size).toBe(visits.length);
  });

  it('the Posyandu part passes its schemas and names a kader on every weighing', () => {
    const recs = demoRecords(new Date(Date.UTC(2028, 6, 15)));
    for (const r of recs.filter((x) => x.kind.startsWith('posyandu.'))) expect(checkData(r.kind, r.data).ok, r.id).toBe(true);
    for (const v of recs.filter((r) => r.kind === 'posyandu.visit')) expect(v.data.kaderName).toMatch(/^Bu /);
    expect(recs.filter((r) => r.kind === 'posyandu.session')).toHaveLength(12);
  });
});
