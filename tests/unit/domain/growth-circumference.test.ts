import { beforeAll, describe, expect, it } from 'vitest';
import {
  assessGrowth, growthCategory, isImplausible, loadWhoTables, sdLine, whoTables, zScore, type Measurement,
} from '../../../src/domain/growth';
import type { Sex } from '../../../src/domain/types';
import { readWhoFixture } from './helpers/csv';

// Head circumference-for-age (plain LMS) and arm circumference-for-age (restricted rule, from day
// 91), checked against WHO's own expanded tables and the z-scores WHO's igrowup printed for its
// demo survey (fixtures/who/README.md).

const SD_COLUMNS = ['SD4neg', 'SD3neg', 'SD2neg', 'SD1neg', 'SD0', 'SD1', 'SD2', 'SD3', 'SD4'];
const sdOf = (col: string) => (col === 'SD0' ? 0 : col.endsWith('neg') ? -Number(col[2]) : Number(col[2]));
const sexOf = (s: string): Sex => (s === '1' ? 'L' : 'P');

beforeAll(async () => {
  await loadWhoTables();
});

type Circ = 'hcfa' | 'acfa';
const measure = (indicator: Circ, sex: Sex, ageDays: number, cm: number): Measurement =>
  indicator === 'hcfa' ? { indicator, sex, ageDays, headCm: cm } : { indicator, sex, ageDays, armCm: cm };

/** Our value on SD line k; ±4 for arm by WHO's linear extension (restricted rule), plain for head. */
function ourSdLine(indicator: Circ, sex: Sex, day: number, k: number): number {
  const t = whoTables()[indicator][sex];
  const i = day - t.first;
  const at = (j: number) => sdLine(j, t.L[i], t.M[i], t.S[i]);
  if (indicator === 'hcfa' || Math.abs(k) < 4) return at(k);
  return k > 0 ? at(3) + (at(3) - at(2)) : at(-3) - (at(-2) - at(-3));
}

describe.each(['hcfa', 'acfa'] as const)('WHO expanded table %s', (indicator) => {
  const all = readWhoFixture(`sd_expanded_${indicator}_daily.csv`);
  const rows = all.filter((r) => +r.age_days <= 1826);

  it('covers every day the standard scores, for both sexes', () => {
    const first = indicator === 'acfa' ? 91 : 0;
    expect(rows.length).toBe(2 * (1826 - first + 1));
    expect(whoTables()[indicator].L.first).toBe(first);
    expect(whoTables()[indicator].P.count).toBe(1826 - first + 1);
  });

  it('reproduces every printed SD line to its 3 printed decimals', () => {
    for (const row of rows) {
      for (const col of SD_COLUMNS) {
        const ours = ourSdLine(indicator, sexOf(row.sex), +row.age_days, sdOf(col));
        expect(Math.abs(ours - Number(row[col])), `${JSON.stringify(row)} ${col}`).toBeLessThanOrEqual(0.0005 + 1e-9);
      }
    }
  }, 60_000);

  it('gives the printed SD (±0.003) for every value on every SD line, ±4 included', () => {
    let worst = 0;
    for (const row of rows) {
      for (const col of SD_COLUMNS) {
        const z = zScore(measure(indicator, sexOf(row.sex), +row.age_days, Number(row[col])));
        expect(z, `${JSON.stringify(row)} ${col}`).not.toBeNull();
        const err = Math.abs(z! - sdOf(col));
        expect(err, `${JSON.stringify(row)} ${col}`).toBeLessThanOrEqual(0.003);
        worst = Math.max(worst, err);
      }
    }
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThan(0.002);
  }, 60_000);

  it('gives no z-score from 60 months (day 1827) on', () => {
    const late = all.filter((r) => +r.age_days > 1826);
    expect(late.length).toBe(60);
    for (const row of late) expect(zScore(measure(indicator, sexOf(row.sex), +row.age_days, Number(row.SD0)))).toBeNull();
  });
});

describe('WHO igrowup demo survey (igrowup’s own _ZHC, _ZAC and flags)', () => {
  const rows = readWhoFixture('igrowup_demo_survey_z_st.csv');
  const cases = [
    ['hcfa', 'HEAD', '_ZHC', '_FHC'],
    ['acfa', 'MUAC', '_ZAC', '_FAC'],
  ] as const;

  it.each(cases)('reproduces %s from %s for every child under 60 months', (indicator, col, zCol, fCol) => {
    expect(rows.length).toBe(498);
    let compared = 0;
    let worst = 0;
    for (const r of rows) {
      if (r[col] === '') continue;
      // igrowup's own whole-day age: anthro rounds months × 30.4375 half up to the same day.
      const ageDays = Number(r._agedays);
      expect(Math.floor(Number(r.agemons) * 30.4375 + 0.5), `child ${r.id}`).toBe(ageDays);
      const z = zScore(measure(indicator, sexOf(r.GENDER), Number(r.agemons) * 30.4375, Number(r[col])));
      if (ageDays > 1826) {
        // igrowup (older than anthro 0.9.3) still scored 60–61 months; anthro, which we follow, does not.
        expect(z, `child ${r.id}`).toBeNull();
        continue;
      }
      if (r[zCol] === '') {
        // igrowup gives no arm z before day 91; neither do we.
        expect(indicator === 'acfa' && ageDays < 91, `child ${r.id} at day ${ageDays}`).toBe(true);
        expect(z, `child ${r.id}`).toBeNull();
        continue;
      }
      expect(z, `child ${r.id}`).not.toBeNull();
      const diff = Math.abs(z! - Number(r[zCol]));
      expect(diff, `child ${r.id}: ours ${z}, igrowup ${r[zCol]}`).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(isImplausible(indicator, z!), `flag of child ${r.id}`).toBe(r[fCol] === '1');
      worst = Math.max(worst, diff);
      compared++;
    }
    expect(compared).toBe(indicator === 'hcfa' ? 94 : 442);
    expect(worst).toBeGreaterThan(0);
  });

  it('includes arm z-scores beyond ±3, where the restricted rule differs from plain LMS', () => {
    const t = whoTables().acfa;
    const beyond = rows.filter((r) => r._ZAC !== '' && Math.abs(Number(r._ZAC)) > 3 && Number(r._agedays) <= 1826);
    expect(beyond.length).toBeGreaterThan(0);
    for (const r of beyond) {
      const tab = t[sexOf(r.GENDER)];
      const i = Number(r._agedays) - tab.first;
      const plain = ((Number(r.MUAC) / tab.M[i]) ** tab.L[i] - 1) / (tab.L[i] * tab.S[i]);
      expect(Math.abs(plain - Number(r._ZAC)), `child ${r.id}`).toBeGreaterThan(0.005);
    }
  });
});

describe('head and arm circumference rules', () => {
  it('follow anthro’s null rules: no age, ≤ 0 or missing measure, negative age, 60 months', () => {
    expect(zScore({ indicator: 'hcfa', sex: 'L', headCm: 40 })).toBeNull();
    expect(zScore({ indicator: 'hcfa', sex: 'L', ageDays: 100, headCm: 0 })).toBeNull();
    expect(zScore({ indicator: 'acfa', sex: 'P', ageDays: 100, armCm: -1 })).toBeNull();
    expect(zScore({ indicator: 'acfa', sex: 'P', ageDays: 100 })).toBeNull();
    expect(zScore({ indicator: 'acfa', sex: 'P', ageDays: 100, armCm: Number.NaN })).toBeNull();
    expect(zScore({ indicator: 'hcfa', sex: 'P', ageDays: -1, headCm: 40 })).toBeNull();
    expect(zScore({ indicator: 'hcfa', sex: 'L', ageDays: 60 * 30.4375, headCm: 50 })).toBeNull();
    expect(zScore({ indicator: 'hcfa', sex: 'L', ageDays: 60 * 30.4375 - 0.01, headCm: 50 })).not.toBeNull();
  });

  it('score the arm from day 91 (a fractional 90.5 rounds half up to 91), the head from day 0', () => {
    expect(zScore({ indicator: 'acfa', sex: 'L', ageDays: 90, armCm: 13 })).toBeNull();
    expect(zScore({ indicator: 'acfa', sex: 'L', ageDays: 90.49, armCm: 13 })).toBeNull();
    expect(zScore({ indicator: 'acfa', sex: 'L', ageDays: 90.5, armCm: 13 })).toBe(zScore({ indicator: 'acfa', sex: 'L', ageDays: 91, armCm: 13 }));
    expect(zScore({ indicator: 'hcfa', sex: 'P', ageDays: 0, headCm: 34 })).not.toBeNull();
  });

  it('ignore weight, length and oedema', () => {
    const base = zScore({ indicator: 'acfa', sex: 'P', ageDays: 400, armCm: 14 });
    expect(zScore({ indicator: 'acfa', sex: 'P', ageDays: 400, armCm: 14, oedema: true, weightKg: 1, lengthCm: 200 })).toBe(base);
  });

  it('categorise head at ±2 SD and arm at −2/−3 SD, boundaries included as the tables say', () => {
    const cases: [Parameters<typeof growthCategory>[0], number, string][] = [
      ['hcfa', -2.0001, 'microcephaly'], ['hcfa', -2, 'normal'], ['hcfa', 2, 'normal'], ['hcfa', 2.0001, 'macrocephaly'],
      ['acfa', -3.0001, 'severelyLow'], ['acfa', -3, 'low'], ['acfa', -2.0001, 'low'], ['acfa', -2, 'normal'], ['acfa', 4, 'normal'],
    ];
    for (const [ind, z, cat] of cases) expect(growthCategory(ind, z), `${ind} ${z}`).toBe(cat);
  });

  it('flag |z| > 5 on the z rounded to 2 decimals, as anthro prints it', () => {
    expect(isImplausible('hcfa', 5.004)).toBe(false);
    expect(isImplausible('hcfa', 5.005)).toBe(true);
    expect(isImplausible('acfa', -5.004)).toBe(false);
    expect(isImplausible('acfa', -5.006)).toBe(true);
    expect(isImplausible('wfa', 5.004)).toBe(false);
    expect(isImplausible('lhfa', -6.004)).toBe(false);
  });

  it('are part of one visit’s assessment when measured', () => {
    const a = assessGrowth({ sex: 'L', ageDays: 400, weightKg: 9, lengthCm: 75, headCm: 46, armCm: 14.5 });
    expect(a.hcfa?.z).toBe(zScore({ indicator: 'hcfa', sex: 'L', ageDays: 400, headCm: 46 }));
    expect(a.acfa?.z).toBe(zScore({ indicator: 'acfa', sex: 'L', ageDays: 400, armCm: 14.5 }));
    expect(assessGrowth({ sex: 'L', ageDays: 400, weightKg: 9 })).toMatchObject({ hcfa: null, acfa: null });
  });
});
