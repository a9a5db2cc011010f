import { describe, expect, it } from 'vitest';
import { POSITIONS, boardOn, personKey, skIssuer, termEnd, termState, type SeatInput } from '../../../src/domain/posyantek';

// Pasal 9: six positions, SK of the kepala desa / bupati, 3-year term, extendable.

const seat = (id: string, position: SeatInput['position'], name: string, o: Partial<SeatInput> = {}): SeatInput => ({ id, position, name, personKey: personKey({ name }), ...o });
const full = (): SeatInput[] => POSITIONS.map((p, i) => seat(`s${i}`, p, `Orang ${i}`));

describe('Posyantek board (Pasal 9)', () => {
  it('six positions in the article\'s order; SK by the kepala desa or the bupati', () => {
    expect(POSITIONS).toEqual(['ketua', 'sekretaris', 'bendahara', 'seksi-pelayanan-usaha', 'seksi-kemitraan', 'seksi-pengembangan']);
    expect(skIssuer('desa')).toBe('kepala-desa');
    expect(skIssuer('antar-desa')).toBe('bupati');
  });

  it.each([
    ['2026-01-01', undefined, '2028-12-31'],
    ['2024-02-29', undefined, '2027-02-27'], // 29 Feb + 3 years → 28 Feb 2027, less a day
    ['2026-03-15', '2029-06-30', '2029-06-30'], // as the SK (or its extension) says
  ])('a term from %s (SK end %s) ends %s', (start, sk, want) => expect(termEnd(start, sk)).toBe(want));

  it.each([
    ['2025-12-31', 'not-started'],
    ['2026-01-01', 'running'],
    ['2028-10-02', 'running'],
    ['2028-10-03', 'ending-soon'], // 89 days before the end
    ['2028-12-31', 'ending-soon'],
    ['2029-01-01', 'ended'],
  ])('on %s the 2026–2028 term is %s', (on, want) => expect(termState('2026-01-01', '2028-12-31', on)).toBe(want));

  it('a full board has no findings', () => {
    const v = boardOn({ termStart: '2026-01-01', seats: full() }, '2026-06-01');
    expect(v.findings).toEqual([]);
    expect(v.holders.bendahara?.name).toBe('Orang 2');
  });

  it('open, doubled and two positions for one person are found', () => {
    const seats = full().filter((s) => s.position !== 'seksi-kemitraan');
    seats.push(seat('x', 'bendahara', 'Orang 0'));
    const v = boardOn({ termStart: '2026-01-01', seats }, '2026-06-01');
    expect(v.findings).toEqual(expect.arrayContaining([
      { code: 'open-position', position: 'seksi-kemitraan' },
      { code: 'double-position', position: 'bendahara', seats: ['s2', 'x'] },
      { code: 'two-positions', name: 'Orang 0', seats: ['s0', 'x'] },
    ]));
  });

  it('a replacement between terms takes the seat from its start; without an SK it is flagged', () => {
    const seats = full();
    seats[2] = { ...seats[2], end: '2026-05-31' };
    seats.push(seat('r', 'bendahara', 'Pengganti', { start: '2026-06-01', replaces: 's2' }));
    expect(boardOn({ termStart: '2026-01-01', seats }, '2026-05-31').holders.bendahara?.name).toBe('Orang 2');
    const v = boardOn({ termStart: '2026-01-01', seats }, '2026-06-01');
    expect(v.holders.bendahara?.name).toBe('Pengganti');
    expect(v.findings).toEqual([{ code: 'replacement-without-sk', seat: 'r' }]);
    seats[6] = { ...seats[6], skNumber: '12/2026' };
    expect(boardOn({ termStart: '2026-01-01', seats }, '2026-06-01').findings).toEqual([]);
  });

  it('an ended term is said; the board shown is the one of its last day', () => {
    const v = boardOn({ termStart: '2023-01-01', seats: full() }, '2026-06-01');
    expect(v.state).toBe('ended');
    expect(v.findings).toEqual([{ code: 'term-ended' }]);
    expect(v.holders.ketua?.name).toBe('Orang 0');
  });

  it('the same person by RT books id, else NIK, else name and birth date', () => {
    expect(personKey({ personId: 'p1', nik: '6411', name: 'A' })).toBe('rt:p1');
    expect(personKey({ nik: '6411050101900001', name: 'A' })).toBe('nik:6411050101900001');
    expect(personKey({ name: ' Siti  Aminah ', birthDate: '1980-01-01' })).toBe(personKey({ name: 'siti aminah', birthDate: '1980-01-01' }));
  });
});
