import { beforeAll, describe, expect, it } from 'vitest';
import { loadWhoTables } from '../../../src/domain/growth';
import {
  IMMUNISATION_KIA_2023, immunisationsDue, indexChild, vitaminADue, weighingDateProblem, workList,
  type WorkChild,
} from '../../../src/domain/kms';
import { ANTIGENS } from '../../../src/domain/records/posyandu';

beforeAll(async () => {
  await loadWhoTables();
});

describe('immunisation schedule (Buku KIA, versioned data)', () => {
  it('names every antigen a visit can record, once, with its source', () => {
    expect(IMMUNISATION_KIA_2023).toMatchObject({ id: expect.any(String), version: 2, source: expect.stringContaining('Buku KIA') });
    expect(IMMUNISATION_KIA_2023.doses.map((d) => d.antigen).sort()).toEqual([...ANTIGENS].sort());
    for (const d of IMMUNISATION_KIA_2023.doses) {
      expect(d.untilMonths).toBeGreaterThanOrEqual(d.ageMonths);
      if (d.after) expect(IMMUNISATION_KIA_2023.doses.find((x) => x.antigen === d.after)!.ageMonths).toBeLessThan(d.ageMonths);
    }
  });

  it.each<[string, string, string[], string[]]>([
    ['a newborn of 5 days: HB0', '2026-03-10', [], ['HB0']],
    ['2 months with HB0, BCG, Polio 1: the 2-month doses', '2026-01-05', ['HB0', 'BCG', 'POLIO1'], ['DPT1', 'POLIO2', 'PCV1', 'ROTA1']],
    ['2 months with nothing recorded: the month after still lists BCG and Polio 1', '2026-01-05', [], ['BCG', 'POLIO1', 'DPT1', 'POLIO2', 'PCV1', 'ROTA1']],
    ['6 months, DPT 1 recorded at 2 months: DPT 2 to catch up, DPT 3 waits for it', '2025-09-10', ['DPT1'], ['DPT2']],
    ['6 months, nothing recorded: no series followed here, nothing guessed', '2025-09-10', [], []],
    ['1 month and 30 days old is still 1 month: no 2-month doses', '2026-01-16', ['HB0', 'BCG', 'POLIO1'], []],
  ])('%s', (_, birth, given, due) => {
    expect(immunisationsDue(birth, '2026-03-15', new Set(given))).toEqual(due);
  });

  it('9 months: MR and the second IPV; JE only where endemic; nothing before birth', () => {
    const basic4 = ['HB0', 'BCG', 'POLIO1', 'POLIO2', 'POLIO3', 'POLIO4', 'DPT1', 'DPT2', 'DPT3', 'IPV1', 'PCV1', 'PCV2', 'ROTA1', 'ROTA2', 'ROTA3'];
    expect(immunisationsDue('2025-05-01', '2026-02-10', new Set(basic4))).toEqual(['MR1', 'IPV2']);
    expect(immunisationsDue('2025-04-01', '2026-02-10', new Set([...basic4, 'MR1', 'IPV2']))).toEqual([]);
    expect(immunisationsDue('2025-04-01', '2026-02-10', new Set([...basic4, 'MR1', 'IPV2']), { endemic: true })).toEqual(['JE']);
    expect(immunisationsDue('2026-03-01', '2026-02-10', new Set())).toEqual([]);
  });

  it('18 months with "imunisasi dasar lengkap" on the child: only the follow-up doses; past the catch-up ages: none', () => {
    expect(immunisationsDue('2024-08-01', '2026-02-10', new Set(), { basicComplete: true })).toEqual(['DPT4', 'MR2']);
    expect(immunisationsDue('2022-08-01', '2026-02-10', new Set())).toEqual([]);
  });
});

describe('vitamin A (February and August)', () => {
  it.each<[string, string, string[], string | null]>([
    ['8 months in February: blue', '2025-06-01', [], 'biru'],
    ['2 years in August: red', '2024-06-01', [], 'merah'],
    ['5 months: none yet', '2025-09-01', [], null],
    ['60 months: no longer', '2021-02-01', [], null],
    ['already given this round', '2024-06-01', ['2026-02'], null],
  ])('%s', (_, birth, given, colour) => {
    const date = birth === '2024-06-01' && colour === 'merah' ? '2026-08-12' : '2026-02-12';
    expect(vitaminADue(birth, date, new Set(given))).toBe(colour);
  });

  it('is not due in March', () => {
    expect(vitaminADue('2024-06-01', '2026-03-12', new Set())).toBeNull();
  });
});

describe('weighing dates (item 6)', () => {
  const child = { birthDate: '2025-06-10' };
  it.each<[string, string, string | null]>([
    ['the day of birth', '2025-06-10', null],
    ['the day before birth', '2025-06-09', 'beforeBirth'],
    ['tomorrow', '2026-03-16', 'future'],
    ['today', '2026-03-15', null],
  ])('%s', (_, date, problem) => expect(weighingDateProblem(child, date, '2026-03-15')).toBe(problem));

  it('refuses a weighing after a recorded death, not after a move', () => {
    expect(weighingDateProblem({ ...child, leftDate: '2026-01-02', leftReason: 'meninggal' }, '2026-01-03', '2026-03-15')).toBe('afterDeath');
    expect(weighingDateProblem({ ...child, leftDate: '2026-01-02', leftReason: 'pindah' }, '2026-01-03', '2026-03-15')).toBeNull();
  });
});

describe('the day work list', () => {
  const wc = (id: string, birthDate: string, weighings: [string, number][], extra: Partial<WorkChild> = {}, sex: 'L' | 'P' = 'P'): WorkChild => ({
    id, birthDate,
    months: indexChild({ id, sex, birthDate, hasKms: true, weighings: weighings.map(([date, weightKg]) => ({ date, weightKg })) }),
    immunisations: new Set(), vitaminAMonths: new Set(), referralMonths: new Set(), ...extra,
  });

  it('lists BGM from last month until a referral is recorded; 2T this month; nobody not yet born', () => {
    // A 24-month girl of 7.0 kg is far below the red line (BGM); a boy with two T in a row (2T).
    const bgm = wc('bgm', '2024-01-05', [['2026-01-10', 7.0]]);
    const twoT = wc('2t', '2025-05-02', [['2025-12-12', 8.0], ['2026-01-09', 8.0], ['2026-02-10', 7.9]], {}, 'L');
    const unborn = wc('unborn', '2026-02-20', []);
    const list = workList([bgm, twoT, unborn], '2026-02-14');
    expect(list.referral).toEqual([
      { id: 'bgm', reasons: ['BGM'], month: '2026-01' },
      { id: '2t', reasons: ['2T'], month: '2026-02' },
    ]);
    expect(list.vitaminA.map((v) => v.id)).toEqual(['bgm', '2t']);
    const referred = wc('bgm', '2024-01-05', [['2026-01-10', 7.0]], { referralMonths: new Set(['2026-01']) });
    expect(workList([referred], '2026-02-14').referral).toEqual([]);
    expect(workList([bgm, twoT, unborn], '2026-02-14').immunisation.map((i) => i.id)).not.toContain('unborn');
  });
});
