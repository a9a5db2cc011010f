import { describe, expect, it } from 'vitest';
import {
  posyanduStrata, STRATA_NASIONAL, STRATA_PRANGAT_SELATAN_2025, type StrataIndicators, type StrataProfile,
} from '../../../src/domain/strata';

const base: StrataIndicators = {
  sessions: 12, avgKaders: 5, ds: 0.6, kia: 0.6, kb: 0.6, immunization: 0.6, additionalProgram: true, danaSehat: 0.2,
};
const w = (over: Partial<StrataIndicators>): StrataIndicators => ({ ...base, ...over });

describe('posyanduStrata: national profile (≥ boundaries)', () => {
  it.each<[string, Partial<StrataIndicators>, string]>([
    ['7 sessions', { sessions: 7 }, 'pratama'],
    ['8 sessions is enough for Madya', { sessions: 8, ds: 0.3 }, 'madya'],
    ['4.9 kaders on average', { avgKaders: 4.9 }, 'pratama'],
    ['D/S below 50 %', { ds: 0.49 }, 'madya'],
    ['all coverage exactly 50 % + programme', { ds: 0.5, kia: 0.5, kb: 0.5, immunization: 0.5 }, 'purnama'],
    ['no additional programme', { additionalProgram: false }, 'madya'],
    ['dana sehat 49 %', { danaSehat: 0.49 }, 'purnama'],
    ['dana sehat 50 %', { danaSehat: 0.5 }, 'mandiri'],
    ['dana sehat 50 % but 7 sessions', { danaSehat: 0.5, sessions: 7 }, 'pratama'],
  ])('%s → %s', (_, over, level) => {
    expect(posyanduStrata(w(over), 'nasional').level).toBe(level);
    expect(posyanduStrata(w(over)).level).toBe(level);
  });
});

describe('posyanduStrata: Perdes Prangat Selatan 2/2025 (> boundaries, no Mandiri)', () => {
  it.each<[string, Partial<StrataIndicators>, string]>([
    ['8 sessions is not more than 8', { sessions: 8 }, 'pratama'],
    ['9 sessions', { sessions: 9, ds: 0.3 }, 'madya'],
    ['kaders exactly 5', { sessions: 9, avgKaders: 5, ds: 0.3 }, 'madya'],
    ['coverage exactly 50 % is not more than 50 %', { ds: 0.5, kia: 0.5, kb: 0.5, immunization: 0.5 }, 'madya'],
    ['coverage 51 %, programme, dana sehat 20 %', { ds: 0.51, kia: 0.51, kb: 0.51, immunization: 0.51 }, 'purnama'],
    ['no dana sehat at all', { danaSehat: 0 }, 'madya'],
    ['dana sehat 80 % is still Purnama: Mandiri is never assigned', { danaSehat: 0.8 }, 'purnama'],
  ])('%s → %s', (_, over, level) => {
    expect(posyanduStrata(w(over), 'prangat-selatan-2025').level).toBe(level);
  });

  it('has no level above Purnama', () => {
    expect(posyanduStrata(w({ danaSehat: 0.9 }), 'prangat-selatan-2025').next).toBeNull();
  });
});

describe('next.missing lists every unmet requirement of the next level', () => {
  it('Pratama → Madya', () => {
    const r = posyanduStrata(w({ sessions: 6, avgKaders: 3.5 }), 'nasional');
    expect(r.next).toEqual({
      level: 'madya',
      missing: [
        { indicator: 'sessions', have: 6, need: 8, op: '>=' },
        { indicator: 'avgKaders', have: 3.5, need: 5, op: '>=' },
      ],
    });
  });

  it('Madya → Purnama lists coverage and programme', () => {
    const r = posyanduStrata(w({ ds: 0.42, kia: 0.3, additionalProgram: false }), 'nasional');
    expect(r.level).toBe('madya');
    expect(r.next!.missing.map((m) => m.indicator)).toEqual(['ds', 'kia', 'additionalProgram']);
    expect(r.next!.missing[2]).toEqual({ indicator: 'additionalProgram', have: false, need: true, op: 'is' });
  });

  it('local profile: strict thresholds are marked as such', () => {
    const r = posyanduStrata(w({ sessions: 8 }), 'prangat-selatan-2025');
    expect(r.next!.missing).toEqual([{ indicator: 'sessions', have: 8, need: 8, op: '>' }]);
  });

  it('Purnama → Mandiri (national) lists dana sehat', () => {
    expect(posyanduStrata(base, 'nasional').next).toEqual({
      level: 'mandiri', missing: [{ indicator: 'danaSehat', have: 0.2, need: 0.5, op: '>=' }],
    });
  });

  it('Mandiri has no next level', () => {
    expect(posyanduStrata(w({ danaSehat: 0.6 }), 'nasional')).toEqual({ level: 'mandiri', next: null });
  });
});

describe('profiles are versioned data', () => {
  it.each([STRATA_NASIONAL, STRATA_PRANGAT_SELATAN_2025])('$id has id, version, source', (p) => {
    expect(p).toMatchObject({ id: expect.any(String), version: expect.any(Number), source: expect.any(String) });
  });

  it('accepts a county-supplied profile object', () => {
    const county: StrataProfile = {
      id: 'county-x', version: 3, source: 'test',
      levels: [{ level: 'madya', requires: [{ indicator: 'sessions', op: '>=', value: 10 }] }],
    };
    expect(posyanduStrata(w({ sessions: 9 }), county).level).toBe('pratama');
    expect(posyanduStrata(w({ sessions: 10 }), county)).toEqual({ level: 'madya', next: null });
  });

  it('refuses an unknown profile id with a code', () => {
    expect(() => posyanduStrata(base, 'nope' as never)).toThrow('strata.unknownProfile');
  });
});
