import { describe, expect, it } from 'vitest';
import { karangTarunaMembership, membershipChanges, type DesaPerson } from '../../../src/domain/lkd';

// Karang Taruna members are every resident aged 13–45 (Pasal 40 ayat (1)), read from the RT books
// for a chosen day.

const p = (id: string, birthDate: string, over: Partial<DesaPerson> = {}): DesaPerson => ({
  id, rt: '001', name: id, sex: 'L', birthDate, citizenship: 'WNI', entries: [], ...over,
});

const BOOKS: DesaPerson[] = [
  p('turns13today', '2013-06-15'),
  p('turns13tomorrow', '2013-06-16', { sex: 'P' }),
  p('is45', '1980-06-16', { rt: '002' }),
  p('turns46today', '1980-06-15', { rt: '002' }),
  p('mid', '2000-01-01', { sex: 'P', rt: '002' }),
  p('movedOut', '2000-01-01', { entries: [{ type: 'pindah', date: '2026-05-01' }] }),
  p('arrivesLater', '2000-01-01', { entries: [{ type: 'datang', date: '2026-07-01' }] }),
  p('died', '2001-01-01', { entries: [{ type: 'mati', date: '2026-01-01' }] }),
  // The same young woman in two books (moved RT 001 → RT 002): counted once, where she lives.
  p('moverOld', '2005-05-05', { sex: 'P', nik: '6411054505050001', entries: [{ type: 'pindah', date: '2026-02-01' }] }),
  p('moverNew', '2005-05-05', { sex: 'P', rt: '002', nik: '6411054505050001', entries: [{ type: 'datang', date: '2026-02-01' }] }),
  p('moverDup', '2004-04-04', { nik: '6411050404040001' }),
  p('moverDup2', '2004-04-04', { rt: '002', nik: '6411050404040001' }),
];

describe('Karang Taruna membership from the RT books', () => {
  it('on 15 June 2026: 13 from the 13th birthday, 45 until the day before the 46th, residents only, each person once', () => {
    const m = karangTarunaMembership(BOOKS, '2026-06-15');
    expect(m.members.map((x) => x.person.id).sort()).toEqual(['is45', 'mid', 'moverDup', 'moverNew', 'turns13today'].sort());
    expect(m.members.find((x) => x.person.id === 'is45')!.age).toBe(45);
    expect(m.byRt).toEqual([
      { rt: '001', counts: { L: 2, P: 0, total: 2 } },
      { rt: '002', counts: { L: 1, P: 2, total: 3 } },
    ]);
    expect(m.total).toEqual({ L: 3, P: 2, total: 5 });
  });

  it('the list moves with the chosen day: earlier, the mover and the one who left were members', () => {
    const m = karangTarunaMembership(BOOKS, '2026-01-15');
    const ids = m.members.map((x) => x.person.id);
    expect(ids).toContain('movedOut');
    expect(ids).toContain('moverOld');
    expect(ids).not.toContain('moverNew');
    expect(ids).toContain('turns46today');
    expect(ids).not.toContain('turns13today');
  });

  it('who ages in and out in the next 12 months', () => {
    const ch = membershipChanges(BOOKS, '2026-06-15', 12);
    expect(ch.map((c) => [c.person.id, c.kind, c.date])).toEqual([
      ['is45', 'out', '2026-06-16'],
      ['turns13tomorrow', 'in', '2026-06-16'],
    ]);
  });
});
