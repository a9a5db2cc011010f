import { describe, expect, it } from 'vitest';
import * as domain from '../../../src/domain';
import {
  ADL_BARTHEL_KEMENKES, adlResult, lifeStage, referralReasons, skilasDomains, type AdlScores, type VisitFindings,
} from '../../../src/domain';

const full: AdlScores = { feeding: 2, bathing: 1, grooming: 1, dressing: 2, bowels: 2, bladder: 2, toilet: 2, transfer: 3, mobility: 3, stairs: 2 };

describe('ADL (Barthel 0–20)', () => {
  it('totals a complete form and classes it at every edge', () => {
    expect(Object.values(ADL_BARTHEL_KEMENKES.items).reduce((a, b) => a + b, 0)).toBe(20);
    expect(adlResult(full)).toEqual({ total: 20, class: 'mandiri' });
    // lower items one point at a time to walk the total down through every class edge
    const order: (keyof AdlScores)[] = ['transfer', 'transfer', 'transfer', 'mobility', 'mobility', 'mobility', 'stairs', 'stairs', 'feeding', 'feeding', 'dressing', 'dressing', 'bowels', 'bowels', 'bladder', 'bladder', 'toilet', 'toilet', 'bathing', 'grooming'];
    const expected: Record<number, string> = { 19: 'ringan', 12: 'ringan', 11: 'sedang', 9: 'sedang', 8: 'berat', 5: 'berat', 4: 'total', 0: 'total' };
    const s: Record<string, number> = { ...full };
    for (let total = 19; total >= 0; total--) {
      s[order[19 - total]]--;
      const r = adlResult(s as AdlScores)!;
      expect(r.total).toBe(total);
      if (expected[total]) expect(r.class, String(total)).toBe(expected[total]);
    }
  });

  it('gives no class for a missing, fractional or out-of-range item', () => {
    const { stairs: _omit, ...partial } = full;
    expect(adlResult(partial)).toBeNull();
    expect(adlResult({ ...full, bathing: 2 })).toBeNull();
    expect(adlResult({ ...full, feeding: -1 })).toBeNull();
    expect(adlResult({ ...full, feeding: 1.5 })).toBeNull();
  });
});

describe('SKILAS', () => {
  it('names each domain with a ticked finding once, in table order', () => {
    expect(skilasDomains([])).toEqual([]);
    expect(skilasDomains(['lilaBelow21', 'weightLoss3kg', 'whisperTestFailed', 'unknown'])).toEqual(['nutrition', 'hearing']);
    expect(skilasDomains(['littleInterest', 'recallOrOrientationFailed', 'chairRiseFailed', 'fingerCountFailed'])).toEqual(['cognition', 'mobility', 'vision', 'depression']);
  });
});

describe('referral reasons', () => {
  const adult = lifeStage({ birthDate: '1980-01-01', sex: 'L' }, '2026-03-01')!;
  const pregnant = lifeStage({ birthDate: '1998-01-01', sex: 'P', pregnancy: { hpht: '2026-01-01' } }, '2026-03-01')!;
  const woman = lifeStage({ birthDate: '1998-01-01', sex: 'P' }, '2026-03-01')!;
  const teen = lifeStage({ birthDate: '2012-01-01', sex: 'L' }, '2026-03-01')!; // 14 years
  const child = lifeStage({ birthDate: '2016-01-01', sex: 'L' }, '2026-03-01')!; // 10 years
  const balita = lifeStage({ birthDate: '2024-01-01', sex: 'P' }, '2026-03-01')!;
  const lansia = lifeStage({ birthDate: '1950-01-01', sex: 'P' }, '2026-03-01')!;
  const cases: [string, VisitFindings, string[]][] = [
    ['nothing found', { stage: adult, sex: 'L' }, []],
    ['BGM and 2T from the KMS', { stage: balita, sex: 'P', bgm: true, twoT: true }, ['bgm', '2t']],
    ['KEK in pregnancy', { stage: pregnant, sex: 'P', lilaCm: 23.4 }, ['kek']],
    ['LiLA 23.5 in pregnancy is not KEK', { stage: pregnant, sex: 'P', lilaCm: 23.5 }, []],
    ['low LiLA in a woman not pregnant: no referral (counselling)', { stage: woman, sex: 'P', lilaCm: 22 }, []],
    ['LiLA < 11.5 cm in a balita', { stage: balita, sex: 'P', lilaCm: 11.4 }, ['lilaBalita']],
    ['LiLA 12 cm in a balita (gizi kurang): no referral', { stage: balita, sex: 'P', lilaCm: 12 }, []],
    ['adult hypertension, two readings averaged', { stage: adult, sex: 'L', bp: [{ systolic: 150, diastolic: 85 }, { systolic: 132, diastolic: 80 }] }, ['hypertension']],
    ['a high first reading alone is not hypertension when the average is not', { stage: adult, sex: 'L', bp: [{ systolic: 145, diastolic: 85 }, { systolic: 130, diastolic: 80 }] }, []],
    ['adult average 139.5/82: not yet', { stage: adult, sex: 'L', bp: [{ systolic: 138, diastolic: 82 }, { systolic: 141, diastolic: 82 }] }, []],
    ['hypertension in pregnancy', { stage: pregnant, sex: 'P', bp: [{ systolic: 140, diastolic: 90 }] }, ['hypertension']],
    ['teen 130/80 is AAP stage 1', { stage: teen, sex: 'L', bp: [{ systolic: 130, diastolic: 80 }] }, ['hypertension']],
    ['child under 13: no class without percentile tables', { stage: child, sex: 'L', bp: [{ systolic: 150, diastolic: 95 }] }, []],
    ['high random glucose', { stage: adult, sex: 'L', glucose: { mgdl: 200, kind: 'sewaktu' } }, ['highGlucose']],
    ['fasting 125 is not referred', { stage: adult, sex: 'L', glucose: { mgdl: 125, kind: 'puasa' } }, []],
    ['anaemia in pregnancy uses the pregnant cut-off', { stage: pregnant, sex: 'P', hbGdl: 10.9 }, ['anaemia']],
    ['Hb 11.5 in pregnancy: none', { stage: pregnant, sex: 'P', hbGdl: 11.5 }, []],
    ['Hb 11.5 in a woman not pregnant: anaemia', { stage: woman, sex: 'P', hbGdl: 11.5 }, ['anaemia']],
    ['a danger sign', { stage: pregnant, sex: 'P', dangerSigns: ['bleeding'] }, ['dangerSign']],
    ['KPSP penyimpangan', { stage: balita, sex: 'P', kpsp: 'penyimpangan' }, ['kpspDeviation']],
    ['KPSP meragukan: re-test, no referral', { stage: balita, sex: 'P', kpsp: 'meragukan' }, []],
    ['a SKILAS finding', { stage: lansia, sex: 'P', skilas: ['chairRiseFailed'] }, ['skilas']],
    ['everything at once, in order', {
      stage: pregnant, sex: 'P', lilaCm: 22, bp: [{ systolic: 160, diastolic: 100 }], glucose: { mgdl: 250, kind: 'sewaktu' },
      hbGdl: 9, dangerSigns: ['highFever'],
    }, ['kek', 'hypertension', 'highGlucose', 'anaemia', 'dangerSign']],
  ];
  it.each(cases)('%s', (_label, findings, expected) => {
    expect(referralReasons(findings)).toEqual(expected);
  });
});

describe('every ILP table is versioned data with its source', () => {
  const tables = Object.entries(domain).filter(
    ([, v]) => typeof v === 'object' && v !== null && 'id' in v && 'version' in v && 'source' in v,
  ) as [string, { id: string; version: number; source: string; bands?: unknown; groups?: unknown; kinds?: unknown }][];
  type B = { code: string; below?: number; atMost?: number };
  const isBands = (x: unknown): x is B[] => Array.isArray(x) && x.every((b) => typeof b === 'object' && b !== null && 'code' in b);
  /** every band list of a table: its own, or one per group/kind (anaemia, glucose) */
  const bandLists = (t: (typeof tables)[number][1]): B[][] =>
    [t.bands, ...Object.values((t.groups ?? t.kinds ?? {}) as Record<string, unknown>)].filter(isBands);

  it('has an id, a whole version and a source naming where the numbers come from', () => {
    expect(tables.length).toBeGreaterThanOrEqual(25);
    const ids = new Set<string>();
    for (const [name, t] of tables) {
      expect(t.id, name).toMatch(/^[a-z0-9-]+$/);
      expect(Number.isInteger(t.version) && t.version >= 1, name).toBe(true);
      expect(t.source.length, name).toBeGreaterThan(30);
      expect(ids.has(t.id), `${name}: duplicate id ${t.id}`).toBe(false);
      ids.add(t.id);
    }
  });

  it('closes its bands in ascending order, only the last one open', () => {
    let lists = 0;
    for (const [name, t] of tables) for (const bands of bandLists(t)) {
      lists++;
      const bounds = bands.map((b) => b.below ?? b.atMost);
      expect(bounds[bounds.length - 1], name).toBeUndefined();
      const closed = bounds.slice(0, -1);
      expect(closed.every((b) => typeof b === 'number'), name).toBe(true);
      for (let i = 1; i < closed.length; i++) expect(closed[i]! > closed[i - 1]!, `${name} band ${i}`).toBe(true);
    }
    // school-age 3, KPSP 1, anaemia 6 groups, adult BMI 2, LiLA balita 1, glucose 2 × 2, ADL 1
    expect(lists).toBe(18);
  });

  it('starts the life stages at birth and orders them', () => {
    const from = domain.ILP_STAGES_2023.bands.map((b) => b.fromMonths);
    expect(from[0]).toBe(0);
    for (let i = 1; i < from.length; i++) expect(from[i]).toBeGreaterThan(from[i - 1]);
  });
});
