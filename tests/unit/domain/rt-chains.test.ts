import { describe, expect, it } from 'vitest';
import { bookEvents, latestInChain, resolveChains, type ChainFields } from '../../../src/domain/records';

const e = (id: string, date: string, updatedAt: string, extra: Partial<ChainFields> = {}): ChainFields => ({ id, date, updatedAt, ...extra });
const f = (x: ChainFields) => x;

describe('buku mutasi chains (shared by phone and county)', () => {
  const cases: { name: string; entries: ChainFields[]; inForce: string[]; cancelled: string[] }[] = [
    { name: 'no corrections: every entry in force, by date', entries: [e('b', '2026-02-01', 't1'), e('a', '2026-01-05', 't2')], inForce: ['a', 'b'], cancelled: [] },
    { name: 'a correction replaces the entry it names', entries: [e('a', '2026-01-05', 't1'), e('a2', '2026-01-07', 't2', { corrects: 'a' })], inForce: ['a2'], cancelled: [] },
    { name: 'a correction of the correction wins', entries: [e('a', '2026-01-05', 't1'), e('a2', '2026-01-07', 't2', { corrects: 'a' }), e('a3', '2026-01-09', 't3', { corrects: 'a2' })], inForce: ['a3'], cancelled: [] },
    { name: 'a cancel withdraws the whole chain', entries: [e('a', '2026-01-05', 't1'), e('x', '2026-01-05', 't2', { corrects: 'a', cancel: true })], inForce: [], cancelled: ['x'] },
    { name: 'two phones correct one entry offline: the later-written wins', entries: [e('a', '2026-01-05', 't1'), e('p1', '2026-01-06', 't3', { corrects: 'a' }), e('p2', '2026-01-08', 't2', { corrects: 'a' })], inForce: ['p1'], cancelled: [] },
    { name: 'corrections that only name each other (no original) count for nothing', entries: [e('a', '2026-01-05', 't1'), e('x', '2026-01-06', 't2', { corrects: 'y' }), e('y', '2026-01-07', 't3', { corrects: 'x' })], inForce: ['a'], cancelled: [] },
  ];
  it.each(cases)('$name', ({ entries, inForce, cancelled }) => {
    const r = resolveChains(entries, f);
    expect(r.effective.map((c) => c.entry.id)).toEqual(inForce);
    expect(r.cancelled.map((c) => c.entry.id)).toEqual(cancelled);
  });

  it('latestInChain names the entry to correct next', () => {
    const entries = [e('a', '2026-01-05', 't1'), e('a2', '2026-01-07', 't2', { corrects: 'a' })];
    expect(latestInChain(entries, 'a', f)?.id).toBe('a2');
    expect(latestInChain(entries, 'zz', f)).toBeUndefined();
  });

  it('bookEvents: residents from the book start unless their first entry is a birth or arrival; one person, one cell', () => {
    const persons = [
      { id: 'p1', householdId: 'h1', sex: 'L' as const, citizenship: 'WNI' as const },
      { id: 'p2', householdId: 'h1', sex: 'P' as const, citizenship: 'WNI' as const },
    ];
    const events = bookEvents(
      persons,
      [
        { personId: 'p2', householdId: 'h1', type: 'lahir', date: '2026-03-01', sex: 'L', citizenship: 'WNA' },
        { personId: 'p1', householdId: 'h1', type: 'mati', date: '2026-04-01', sex: 'L', citizenship: 'WNI' },
        { personId: 'gone', householdId: 'h9', type: 'pindah', date: '2026-05-01', sex: 'P', citizenship: 'WNA' },
      ],
      '2026-01-01',
    );
    expect(events.map((x) => [x.personId, x.type, x.date, x.sex, x.citizenship])).toEqual([
      ['p1', 'awal', '2026-01-01', 'L', 'WNI'],
      ['p2', 'lahir', '2026-03-01', 'P', 'WNI'],
      ['p1', 'mati', '2026-04-01', 'L', 'WNI'],
      ['gone', 'pindah', '2026-05-01', 'P', 'WNA'],
    ]);
  });
});
