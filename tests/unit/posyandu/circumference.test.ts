import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/dates';
import { loadWhoTables, sdLine, whoTables } from '../../../src/domain';
import { assessCircumferences, weighingAlerts } from '../../../src/data/posyandu/circumference';

beforeAll(async () => {
  await loadWhoTables();
});

const BIRTH = '2025-01-01';
/** a value exactly on the WHO table's SD line k for `sex` at `ageDays` */
const onLine = (ind: 'hcfa' | 'acfa', sex: 'L' | 'P', ageDays: number, k: number) => {
  const t = whoTables()[ind][sex];
  const i = ageDays - t.first;
  return Math.round(sdLine(k, t.L[i], t.M[i], t.S[i]) * 1e6) / 1e6;
};

describe('head circumference and LiLA of a weighing', () => {
  const day = 400;
  const date = addDays(BIRTH, day);
  const ani = { sex: 'P' as const, birthDate: BIRTH };

  it('gives WHO z-scores: a value on the −2 SD line is z −2, the median z 0', () => {
    const r = assessCircumferences(ani, date, { headCm: onLine('hcfa', 'P', day, 0), muacCm: onLine('acfa', 'P', day, -2) });
    expect(r.hcfa?.z).toBeCloseTo(0, 4);
    expect(r.hcfa?.category).toBe('normal');
    expect(r.acfa?.z).toBeCloseTo(-2, 4);
  });

  it('head outside ±2 SD is micro/macrocephaly and a referral (SDIDTK); on −2 SD itself it is not', () => {
    const small = assessCircumferences(ani, date, { headCm: onLine('hcfa', 'P', day, -2) - 0.05 });
    expect(small.hcfa?.category).toBe('microcephaly');
    expect(small.alerts).toEqual(['headSmall']);
    expect(small.refer).toBe(true);
    const edge = assessCircumferences(ani, date, { headCm: onLine('hcfa', 'P', day, -2) + 0.001 });
    expect(edge.alerts).toEqual([]);
    expect(edge.refer).toBe(false);
    const big = assessCircumferences(ani, date, { headCm: onLine('hcfa', 'P', day, 2) + 0.05 });
    expect(big.alerts).toEqual(['headLarge']);
    expect(big.refer).toBe(true);
  });

  it('LiLA classes as Kemenkes (6–59 months): < 11.5 severe and referred, < 12.5 moderate, 12.5 normal', () => {
    const at = (cm: number) => assessCircumferences(ani, date, { muacCm: cm });
    expect([at(11.4).lila, at(11.5).lila, at(12.4).lila, at(12.5).lila]).toEqual(['severe', 'moderate', 'moderate', 'normal']);
    expect(at(11.4).refer).toBe(true);
    expect(at(11.4).alerts).toContain('lilaSevere');
    expect(at(12.4).refer).toBe(false);
    expect(at(12.4).alerts).toEqual(['lilaModerate']);
    // Under 6 months there is no LiLA class, and under 91 days no WHO z either.
    const baby = assessCircumferences(ani, addDays(BIRTH, 60), { muacCm: 9 });
    expect(baby.lila).toBeNull();
    expect(baby.acfa).toBeNull();
    expect(baby.refer).toBe(false);
  });

  it('a value |z| > 5 is flagged (the kader confirms or re-measures)', () => {
    const r = assessCircumferences(ani, date, { headCm: 59 });
    expect(r.hcfa!.z).toBeGreaterThan(5);
    expect(r.hcfa!.implausible).toBe(true);
    expect(r.alerts).toContain('implausibleCirc');
  });

  it('nothing measured, nothing said', () => {
    expect(assessCircumferences(ani, date, {})).toEqual({ hcfa: null, acfa: null, lila: null, alerts: [], refer: false });
  });

  it('merges with the weighing alerts, the referral once and last', () => {
    const circ = assessCircumferences(ani, date, { muacCm: 11 });
    expect(weighingAlerts(['BGM', 'refer'], circ)).toEqual(['BGM', 'lilaSevere', 'refer']);
    expect(weighingAlerts(['notUp'], circ)).toEqual(['notUp', 'lilaSevere', 'refer']);
    expect(weighingAlerts(['notUp'], null)).toEqual(['notUp']);
  });
});
