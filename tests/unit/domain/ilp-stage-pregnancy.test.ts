import { describe, expect, it } from 'vitest';
import {
  ageStage, ancStatus, dangerSignsPresent, gestationOn, growthReferenceFor, hplFromHpht, isKek, lifeStage,
  NIFAS_DANGER_SIGNS, PREGNANCY_DANGER_SIGNS, zScore, zScoreSchoolAge, loadWhoTables, loadSchoolAgeTables, ageMonthsOn,
} from '../../../src/domain';

describe('life stage (ILP bands) at every boundary', () => {
  const cases: [string, string, string | null][] = [
    ['2026-03-01', '2026-02-28', null],
    ['2026-03-01', '2026-03-01', 'bayi'],
    ['2025-03-01', '2026-02-28', 'bayi'],
    ['2025-03-01', '2026-03-01', 'balita'],
    ['2021-03-01', '2026-02-28', 'balita'],
    ['2021-03-01', '2026-03-01', 'prasekolah'],
    ['2020-03-01', '2026-02-28', 'prasekolah'],
    ['2020-03-01', '2026-03-01', 'sekolahRemaja'],
    ['2008-03-01', '2026-02-28', 'sekolahRemaja'],
    ['2008-03-01', '2026-03-01', 'dewasa'],
    ['1966-03-01', '2026-02-28', 'dewasa'],
    ['1966-03-01', '2026-03-01', 'lansia'],
    // born 29 Feb: the birthday falls on 28 Feb in other years (completedMonths' convention)
    ['2008-02-29', '2026-02-28', 'dewasa'],
    ['2008-02-29', '2026-02-27', 'sekolahRemaja'],
  ];
  it.each(cases)('born %s, on %s → %s', (birth, on, stage) => {
    expect(ageStage(birth, on)).toBe(stage);
  });

  it('adds hamil from HPHT until delivery, nifas for 42 days after (delivery day included), nothing after a miscarriage', () => {
    const w = { birthDate: '2000-05-05', sex: 'P' as const };
    const preg = { hpht: '2026-01-10' };
    expect(lifeStage({ ...w, pregnancy: preg }, '2026-01-09')?.maternal).toBeUndefined();
    expect(lifeStage({ ...w, pregnancy: preg }, '2026-01-10')).toMatchObject({ stage: 'dewasa', maternal: 'hamil' });
    const delivered = { hpht: '2026-01-10', deliveredOn: '2026-10-15' };
    expect(lifeStage({ ...w, pregnancy: delivered }, '2026-10-14')?.maternal).toBe('hamil');
    expect(lifeStage({ ...w, pregnancy: delivered }, '2026-10-15')?.maternal).toBe('nifas');
    expect(lifeStage({ ...w, pregnancy: delivered }, '2026-11-26')?.maternal).toBe('nifas'); // day 42
    expect(lifeStage({ ...w, pregnancy: delivered }, '2026-11-27')?.maternal).toBeUndefined(); // day 43
    expect(lifeStage({ ...w, pregnancy: { hpht: '2026-01-10', endedOn: '2026-03-01' } }, '2026-03-02')?.maternal).toBeUndefined();
    expect(lifeStage({ ...w, pregnancy: { hpht: '2026-01-10', endedOn: '2026-03-01' } }, '2026-02-28')?.maternal).toBe('hamil');
    // a pregnant remaja keeps her age stage
    expect(lifeStage({ birthDate: '2009-06-01', sex: 'P', pregnancy: preg }, '2026-02-01')).toMatchObject({ stage: 'sekolahRemaja', maternal: 'hamil' });
    // a man's record never carries a maternal stage
    expect(lifeStage({ birthDate: '2000-05-05', sex: 'L', pregnancy: preg }, '2026-02-01')?.maternal).toBeUndefined();
  });

  it('hands a child from WHO 2006 to WHO 2007 exactly where the two stop and start scoring', async () => {
    await Promise.all([loadWhoTables(), loadSchoolAgeTables()]);
    // 2021-01-01 → 2026-01-01 is 1826 days = 59.99 months: WHO 2006 still scores, 2007 not yet.
    for (const [birth, on] of [['2021-01-01', '2026-01-01'], ['2021-01-01', '2026-01-02'], ['2020-01-01', '2025-01-01']]) {
      const ref = growthReferenceFor(birth, on);
      const days = (Date.parse(on) - Date.parse(birth)) / 86_400_000;
      const z06 = zScore({ indicator: 'lhfa', sex: 'L', ageDays: days, lengthCm: 110 });
      const z07 = zScoreSchoolAge({ indicator: 'hfa', sex: 'L', ageMonths: ageMonthsOn(birth, on), heightCm: 110 });
      expect(ref === 'who2006' ? z06 : z07, `${birth} ${on}`).not.toBeNull();
      expect(ref === 'who2006' ? z07 : z06, `${birth} ${on}`).toBeNull();
    }
    expect(growthReferenceFor('2008-03-01', '2026-02-28')).toBe('who2007');
    expect(growthReferenceFor('2008-03-01', '2026-03-01')).toBe('adultBmi');
    expect(growthReferenceFor('2026-03-01', '2026-02-01')).toBeNull();
  });
});

describe('pregnancy: HPL (Naegele), gestational age, trimester', () => {
  const hpl: [string, string][] = [
    ['2026-01-01', '2026-10-08'],
    ['2026-03-25', '2027-01-01'], // +7 days crosses into April, then 9 months
    ['2026-05-24', '2027-02-28'], // 31 May + 9 months: February has no 31st → its last day
    ['2027-05-24', '2028-02-29'], // leap year
    ['2026-12-28', '2027-10-04'],
  ];
  it.each(hpl)('HPHT %s → HPL %s', (hpht, expected) => {
    expect(hplFromHpht(hpht)).toBe(expected);
  });

  it('counts completed weeks and puts the trimester edges at 12 and 24 completed weeks', () => {
    expect(gestationOn('2026-01-01', '2025-12-31')).toBeNull();
    expect(gestationOn('2026-01-01', '2026-01-01')).toEqual({ days: 0, weeks: 0, extraDays: 0, trimester: 1 });
    expect(gestationOn('2026-01-01', '2026-03-31')).toEqual({ days: 89, weeks: 12, extraDays: 5, trimester: 1 }); // 12w5d
    expect(gestationOn('2026-01-01', '2026-04-02')).toMatchObject({ weeks: 13, extraDays: 0, trimester: 2 });
    expect(gestationOn('2026-01-01', '2026-06-24')).toMatchObject({ weeks: 24, extraDays: 6, trimester: 2 });
    expect(gestationOn('2026-01-01', '2026-06-25')).toMatchObject({ weeks: 25, extraDays: 0, trimester: 3 });
  });
});

describe('ANC K1–K6 (1 + 2 + 3 visits, doctor in trimesters 1 and 3)', () => {
  const hpht = '2026-01-01';
  it('is due when the current trimester lacks its minimum and names earlier missed trimesters', () => {
    expect(ancStatus(hpht, [], '2026-02-01')).toMatchObject({ count: 0, due: true, missedTrimesters: [], k1Early: false, doctorMissing: [1] });
    const k1 = [{ date: '2026-02-10', byDoctor: true }];
    expect(ancStatus(hpht, k1, '2026-03-01')).toMatchObject({ count: 1, due: false, k1Early: true, doctorMissing: [] });
    // trimester 2 with one visit of two: still due
    const t2 = [...k1, { date: '2026-04-20' }];
    expect(ancStatus(hpht, t2, '2026-05-01')).toMatchObject({ count: 2, byTrimester: { 1: 1, 2: 1, 3: 0 }, due: true });
    // trimester 3 reached with trimester 2 short: missed
    expect(ancStatus(hpht, t2, '2026-07-01')).toMatchObject({ due: true, missedTrimesters: [2], doctorMissing: [3] });
    // a first visit only in trimester 2: K1 is late, trimester 1 missed once trimester 2 runs
    expect(ancStatus(hpht, [{ date: '2026-04-20' }], '2026-04-21')).toMatchObject({ k1Early: false, missedTrimesters: [1], doctorMissing: [1] });
  });

  it('is complete with 1 + 2 + 3 and counts only visits between HPHT and the date', () => {
    const visits = [
      { date: '2026-02-10', byDoctor: true }, { date: '2026-04-20' }, { date: '2026-06-01' },
      { date: '2026-07-10' }, { date: '2026-08-20', byDoctor: true }, { date: '2026-09-25' },
      { date: '2025-12-01' }, { date: '2026-11-01' },
    ];
    const s = ancStatus(hpht, visits, '2026-10-01')!;
    expect(s).toMatchObject({ count: 6, byTrimester: { 1: 1, 2: 2, 3: 3 }, complete: true, due: false, missedTrimesters: [], doctorMissing: [] });
    expect(ancStatus(hpht, visits, '2025-12-31')).toBeNull();
  });
});

describe('KEK and danger signs', () => {
  it('KEK is LiLA strictly below 23.5 cm', () => {
    expect(isKek(23.4)).toBe(true);
    expect(isKek(23.49)).toBe(true);
    expect(isKek(23.5)).toBe(false);
    expect(isKek(30)).toBe(false);
  });

  it('lists the Buku KIA danger signs and keeps only known ticked codes', () => {
    expect(PREGNANCY_DANGER_SIGNS.signs).toHaveLength(6);
    expect(NIFAS_DANGER_SIGNS.signs).toHaveLength(6);
    expect(dangerSignsPresent(['bleeding', 'nonsense', 'highFever'], PREGNANCY_DANGER_SIGNS)).toEqual(['highFever', 'bleeding']);
    expect(dangerSignsPresent(['highFever'], NIFAS_DANGER_SIGNS)).toEqual([]);
    expect(dangerSignsPresent([], NIFAS_DANGER_SIGNS)).toEqual([]);
  });
});
