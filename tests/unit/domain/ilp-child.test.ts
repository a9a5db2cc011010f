import { describe, expect, it } from 'vitest';
import {
  balitaLilaClass, immunisationsDue, IMMUNISATION_KIA_2023, isVitaminAMonth, kpspAgeMonths, kpspDue, kpspFormFor, kpspResult,
  VITAMIN_A_NIFAS, VITAMIN_A_PERMENKES_21_2015, vitaminAColour, vitaminADue, type VitaminATable,
} from '../../../src/domain';

describe('KPSP (SDIDTK)', () => {
  it('rounds the age up a month from 16 days past the monthly anniversary', () => {
    const cases: [string, string, number][] = [
      ['2026-01-10', '2026-04-25', 3], // 3 months 15 days
      ['2026-01-10', '2026-04-26', 4], // 3 months 16 days
      ['2026-01-31', '2026-04-30', 3], // anniversary on the 30th of April (no 31st)
      ['2026-01-31', '2026-05-15', 3], // 3 months 15 days after 30 Apr
      ['2026-01-31', '2026-05-16', 4],
    ];
    for (const [b, on, m] of cases) expect(kpspAgeMonths(b, on), `${b} ${on}`).toBe(m);
    expect(kpspAgeMonths('2026-01-10', '2026-01-09')).toBeNull();
  });

  it('uses the youngest form not above the age, none before 3 or after 72 months', () => {
    const cases: [string, string, number | null][] = [
      ['2026-01-01', '2026-03-15', null], // 2 months 14 days
      ['2026-01-01', '2026-03-17', 3], // 2 months 16 days rounds to 3
      ['2025-01-01', '2025-08-01', 6], // 7 months → form 6
      ['2023-01-01', '2025-06-01', 24], // 29 months → form 24
      ['2023-01-01', '2025-07-01', 30],
      ['2020-01-01', '2026-01-10', 72], // 72 months 9 days
      ['2020-01-01', '2026-01-20', null], // 72 months 19 days rounds to 73
    ];
    for (const [b, on, form] of cases) expect(kpspFormFor(b, on), `${b} ${on}`).toBe(form);
  });

  it('is due when the current form has not been done', () => {
    expect(kpspDue('2025-01-01', '2025-08-01', [])).toBe(6);
    expect(kpspDue('2025-01-01', '2025-08-01', [3, 6])).toBeNull();
    expect(kpspDue('2025-01-01', '2025-10-01', [3, 6])).toBe(9);
  });

  it('classes the number of "Ya" answers: 9–10 sesuai, 7–8 meragukan, ≤ 6 penyimpangan', () => {
    const expected = ['penyimpangan', 'penyimpangan', 'penyimpangan', 'penyimpangan', 'penyimpangan', 'penyimpangan', 'penyimpangan', 'meragukan', 'meragukan', 'sesuai', 'sesuai'];
    for (let yes = 0; yes <= 10; yes++) expect(kpspResult(yes), String(yes)).toBe(expected[yes]);
  });
});

describe('immunisation minimum intervals (extension of the Buku KIA schedule)', () => {
  const basic4 = ['HB0', 'BCG', 'POLIO1', 'POLIO2', 'POLIO3', 'POLIO4', 'DPT1', 'DPT2', 'DPT3', 'PCV1', 'PCV2', 'ROTA1', 'ROTA2', 'ROTA3', 'IPV1'];

  it('holds a dose until 4 weeks after the previous dose of its series, when its date is known', () => {
    const birth = '2026-01-05';
    const given = new Set(['HB0', 'BCG', 'POLIO1', 'DPT1', 'POLIO2', 'PCV1', 'ROTA1']);
    const givenOn = new Map([['DPT1', '2026-04-01'], ['POLIO2', '2026-04-01'], ['PCV1', '2026-04-01'], ['ROTA1', '2026-04-01']]);
    // 3 months old on 2026-04-20, but DPT1 etc. were given 19 days before
    expect(immunisationsDue(birth, '2026-04-20', given, { givenOn })).toEqual([]);
    expect(immunisationsDue(birth, '2026-04-28', given, { givenOn })).toEqual([]); // day 27
    expect(immunisationsDue(birth, '2026-04-29', given, { givenOn })).toEqual(['DPT2', 'POLIO3', 'PCV2', 'ROTA2']); // day 28
    // without dates (copied from the book) nothing is held back, as before
    expect(immunisationsDue(birth, '2026-04-20', given)).toEqual(['DPT2', 'POLIO3', 'PCV2', 'ROTA2']);
  });

  it('holds DPT-HB-Hib lanjutan 12 months after dose 3 and MR lanjutan 6 months after MR 1', () => {
    const birth = '2024-06-01';
    const given = new Set([...basic4, 'MR1', 'IPV2', 'PCV3']);
    const givenOn = new Map([['DPT3', '2025-06-10'], ['MR1', '2025-09-01']]);
    // 18 months on 2025-12-01: DPT4 waits for 2026-06-10, MR2 for 2026-03-02 (182 days)
    expect(immunisationsDue(birth, '2025-12-01', given, { givenOn })).toEqual([]);
    expect(immunisationsDue(birth, '2026-03-01', given, { givenOn })).toEqual([]);
    expect(immunisationsDue(birth, '2026-03-02', given, { givenOn })).toEqual(['MR2']);
    expect(immunisationsDue(birth, '2026-06-09', given, { givenOn })).toEqual(['MR2']);
    expect(immunisationsDue(birth, '2026-06-10', given, { givenOn })).toEqual(['DPT4', 'MR2']);
  });

  it('is version 2 of the schedule, with its source naming the intervals', () => {
    expect(IMMUNISATION_KIA_2023.version).toBe(2);
    expect(IMMUNISATION_KIA_2023.source).toMatch(/Permenkes 12\/2017/);
  });
});

describe('vitamin A as a versioned table', () => {
  it('gives blue at 6–11 and red at 12–59 completed months, at every edge', () => {
    const cases: [number, string | null][] = [[5, null], [6, 'biru'], [11, 'biru'], [12, 'merah'], [59, 'merah'], [60, null]];
    for (const [m, c] of cases) expect(vitaminAColour(m), String(m)).toBe(c);
  });

  it('a county’s corrected table changes the rounds and bands', () => {
    const local: VitaminATable = { ...VITAMIN_A_PERMENKES_21_2015, id: 'local', version: 2, months: [2, 8, 9] };
    expect(isVitaminAMonth('2026-09-03')).toBe(false);
    expect(isVitaminAMonth('2026-09-03', local)).toBe(true);
    expect(vitaminADue('2025-01-01', '2026-09-03', new Set(), local)).toBe('merah');
    expect(vitaminADue('2025-01-01', '2026-09-03', new Set())).toBeNull();
    expect(VITAMIN_A_NIFAS).toMatchObject({ colour: 'merah', count: 2 });
  });
});

describe('LiLA of a balita (6–59 months)', () => {
  it('is gizi buruk below 11.5 cm and gizi kurang below 12.5 cm, only at 6–59 months', () => {
    const cases: [number, number, string | null][] = [
      [11.49, 24, 'severe'], [11.5, 24, 'moderate'], [12.49, 24, 'moderate'], [12.5, 24, 'normal'],
      [11, 5, null], [11, 6, 'severe'], [11, 59, 'severe'], [11, 60, null], [0, 24, null],
    ];
    for (const [cm, m, c] of cases) expect(balitaLilaClass(cm, m), `${cm} cm at ${m}`).toBe(c);
  });
});
