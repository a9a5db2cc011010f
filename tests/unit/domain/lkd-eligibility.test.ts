import { describe, expect, it } from 'vitest';
import {
  PeopleIndex, ageYears, birthdayOf, evaluateDesa, stayOn, summarise, termEndOf, totalsOf,
  type DesaPerson, type BoardInput, type InstitutionInput, type InstitutionType, type PersonRef, type SeatInput, type BoardPosition, type Ground,
} from '../../../src/domain/lkd';
import { addMonthsToDate } from '../../../src/domain/dates';

// Board members judged on a day against the Perdes: each case says which finding (and article) a
// member or a board gets. People come from RT books built here; the rules read age and residence
// from them, as the phone and the county do.

const DAY = '2026-06-15';

function person(id: string, over: Partial<DesaPerson> = {}): DesaPerson {
  return { id, rt: '001', name: `Warga ${id}`, sex: 'L', birthDate: '1985-03-10', citizenship: 'WNI', entries: [], ...over };
}

/** Born so that on `on` the person is exactly `age` (birthday that very day). */
const bornAged = (age: number, on = DAY) => birthdayOf(on, -age);

const people = new PeopleIndex([
  person('ok'),
  person('old', { birthDate: bornAged(61) }),
  person('sixty', { birthDate: addDays(bornAged(61), 1) }), // turns 61 tomorrow
  person('young', { birthDate: bornAged(16) }),
  person('kt46', { birthDate: bornAged(46) }),
  person('kt45', { birthDate: addDays(bornAged(46), 1) }),
  person('post56', { birthDate: bornAged(56) }),
  person('rt2', { rt: '002' }),
  person('gone', { entries: [{ type: 'pindah', date: '2026-03-01' }] }),
  person('dead', { entries: [{ type: 'mati', date: '2026-04-02' }] }),
  person('wna', { citizenship: 'WNA' }),
  person('sd', { education: 'sd' }),
  person('s1', { education: 's1_d4' }),
  person('noread', { canRead: false }),
  // Moved from RT 001 to RT 002 within the desa: two book records, same NIK.
  person('mover-old', { nik: '6411051201800001', entries: [{ type: 'pindah', date: '2026-01-10' }] }),
  person('mover-new', { rt: '002', nik: '6411051201800001', entries: [{ type: 'datang', date: '2026-01-10' }] }),
  person('a'), person('b'), person('c'), person('d'),
]);

function addDays(date: string, n: number) {
  return new Date(Date.parse(date) + n * 86_400_000).toISOString().slice(0, 10);
}

let n = 0;
function seat(position: BoardPosition, ref: PersonRef | string, over: Partial<Omit<SeatInput, 'person'>> = {}, on = DAY): SeatInput {
  const r = typeof ref === 'string' ? { personId: ref, name: ref } : ref;
  return { id: `s${n++}`, position, start: '2025-01-01', ...over, person: people.seatPerson(r, on) };
}

const full = (extra: SeatInput[] = []) => [seat('ketua', 'a'), seat('sekretaris', 'b'), seat('bendahara', 'c'), ...extra];

function board(seats: SeatInput[], over: Partial<BoardInput> = {}): BoardInput {
  return { id: `b${n++}`, termStart: '2025-01-01', skNumber: '141/01/2025', skDate: '2025-01-01', seats, ...over };
}

function inst(type: InstitutionType, boards: BoardInput[], over: Partial<InstitutionInput> = {}): InstitutionInput {
  return { id: `i${n++}`, type, name: `${type} ${n}`, boards, ...(type === 'rt' ? { rt: '001' } : {}), ...over };
}

/** Findings of the seat of `who` on the institution's current board, as 'code @ article'. */
function findingsOf(results: ReturnType<typeof evaluateDesa>, instIndex: number, who: string): string[] {
  const s = results[instIndex].current!.seats.find((x) => x.seat.person.name.includes(who) || x.seat.person.key.includes(who));
  if (!s) throw new Error(`no seat for ${who}`);
  return s.findings.map((f) => `${f.code} @ ${f.article}`);
}

describe('dates and ages', () => {
  it.each([
    ['1980-06-15', '2026-06-14', 45],
    ['1980-06-15', '2026-06-15', 46],
    ['2008-02-29', '2021-02-28', 12],
    ['2008-02-29', '2021-03-01', 13],
    ['2008-02-29', '2024-02-29', 16],
  ])('born %s, on %s: %i years', (b, d, want) => expect(ageYears(b, d)).toBe(want));

  it.each([
    ['2008-02-29', 13, '2021-03-01'],
    ['2008-02-29', 16, '2024-02-29'],
    ['1990-12-31', 46, '2036-12-31'],
  ])('born %s turns %i on %s', (b, y, want) => expect(birthdayOf(b, y)).toBe(want));

  it('a 5-year term from 1 June ends on 31 May five years on; 29 Feb start ends 28 Feb', () => {
    expect(termEndOf('2025-06-01', 5)).toBe('2030-05-31');
    expect(termEndOf('2024-02-29', 5)).toBe('2029-02-28');
    expect(termEndOf('2025-05-27', 8)).toBe('2033-05-26');
  });

  it('adds months keeping the day, or the month end', () => {
    expect(addMonthsToDate('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonthsToDate('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonthsToDate('2026-11-30', 3)).toBe('2027-02-28');
  });
});

describe('residence from the RT books', () => {
  it.each([
    ['no entries: resident since the book opened', [], '2020-01-01', 'aktif'],
    ['born later', [{ type: 'lahir', date: '2026-01-01' }], '2025-12-31', 'belum'],
    ['born', [{ type: 'lahir', date: '2026-01-01' }], '2026-01-01', 'aktif'],
    ['moved out, before', [{ type: 'pindah', date: '2026-03-01' }], '2026-02-28', 'aktif'],
    ['moved out', [{ type: 'pindah', date: '2026-03-01' }], '2026-03-01', 'pindah'],
    ['came back', [{ type: 'pindah', date: '2026-03-01' }, { type: 'datang', date: '2026-05-01' }], '2026-06-01', 'aktif'],
    ['died', [{ type: 'mati', date: '2026-04-02' }], '2026-06-01', 'mati'],
  ] as const)('%s', (_, entries, on, want) => expect(stayOn({ entries: [...entries] }, on).state).toBe(want));

  it('a member linked to the RT books takes age and residence from there; someone who moved RT is still in the desa', () => {
    expect(people.seatPerson({ personId: 'mover-old', name: 'x' }, DAY).residence).toEqual({ known: true, rt: '002' });
    expect(people.seatPerson({ personId: 'gone', name: 'x' }, DAY).residence).toEqual({ known: true, rt: null, left: '2026-03-01' });
    expect(people.seatPerson({ personId: 'dead', name: 'x' }, DAY).residence).toEqual({ known: true, rt: null, died: '2026-04-02' });
    // Typed by hand with the NIK of someone in the books: found there.
    expect(people.seatPerson({ name: 'Typed', nik: '6411051201800001' }, DAY)).toMatchObject({ inBooks: true, residence: { known: true, rt: '002' } });
    // Typed, not in any book: residence unknown, the typed birth date is used.
    expect(people.seatPerson({ name: 'Orang Luar', birthDate: '1990-01-01' }, DAY)).toMatchObject({ inBooks: false, birthDate: '1990-01-01', residence: { known: false } });
  });
});

describe('board members judged against the Perdes', () => {
  type Case = { name: string; type: InstitutionType; who: PersonRef | string; want: string[]; start?: string; grounds?: Ground[] };
  const cases: Case[] = [
    { name: 'RT: aged 40, resident of the RT', type: 'rt', who: 'ok', want: [] },
    { name: 'RT: 61 at the election', type: 'rt', who: 'old', start: '2026-06-15', want: ['age-over @ Pasal 14 ayat (1) huruf f'] },
    { name: 'RT: 60 at the election and 61 since: age is judged at the election', type: 'rt', who: 'old', start: '2026-06-14', want: [] },
    { name: 'RT: lives in another RT', type: 'rt', who: 'rt2', want: ['residence-rt @ Pasal 17 ayat (3) huruf h'] },
    { name: 'RT: moved out of the desa', type: 'rt', who: 'gone', want: ['moved @ Pasal 17 ayat (3) huruf h'] },
    { name: 'RT: died (berhalangan tetap)', type: 'rt', who: 'dead', want: ['died @ Pasal 17 ayat (3) huruf b'] },
    { name: 'RT: WNA', type: 'rt', who: 'wna', want: ['citizenship @ Pasal 14 ayat (1) huruf a'] },
    { name: 'RT: schooling below SLTA', type: 'rt', who: 'sd', want: ['education @ Pasal 14 ayat (1) huruf h'] },
    { name: 'RT: cannot read', type: 'rt', who: 'noread', want: ['literacy @ Pasal 14 ayat (1) huruf e'] },
    { name: 'RT: typed, not in the RT books', type: 'rt', who: { name: 'Orang Luar', birthDate: '1980-01-01' }, want: ['residence-unknown @ Pasal 14 ayat (1) huruf d'] },
    { name: 'RT: typed without a birth date', type: 'rt', who: { name: 'Tanpa Tanggal' }, want: ['age-unknown @ Pasal 14 ayat (1) huruf f', 'residence-unknown @ Pasal 14 ayat (1) huruf d'] },
    { name: 'RT: a ground ticked on the checklist', type: 'rt', who: 'ok', grounds: ['partai'], want: ['ground @ Pasal 17 ayat (3) huruf g'] },
    { name: 'LPM: turns 61 while serving', type: 'lpm', who: 'old', want: ['age-over @ Pasal 90 ayat (1) huruf g'] },
    { name: 'LPM: the day before turning 61', type: 'lpm', who: 'sixty', want: [] },
    { name: 'LPM: moved from RT 001 to RT 002 still lives in the desa', type: 'lpm', who: 'mover-old', want: [] },
    { name: 'LPM: moved out of the desa', type: 'lpm', who: 'gone', want: ['moved @ Pasal 94 ayat (2) huruf e'] },
    { name: 'LPM: schooling below SLTA', type: 'lpm', who: 'sd', want: ['education @ Pasal 90 ayat (1) huruf e'] },
    { name: 'LPM: S1 is above SLTA', type: 'lpm', who: 's1', want: [] },
    { name: 'Posyandu: aged 56', type: 'posyandu', who: 'post56', want: ['age-over @ Pasal 78 ayat (1) huruf g'] },
    { name: 'Posyandu: aged 16', type: 'posyandu', who: 'young', want: ['age-under @ Pasal 78 ayat (1) huruf g'] },
    { name: 'Posyandu: lives in another RT of the desa', type: 'posyandu', who: 'rt2', want: [] },
    { name: 'Posyandu: moved out', type: 'posyandu', who: 'gone', want: ['moved @ Pasal 57 ayat (2) huruf b'] },
    { name: 'Posyandu: died', type: 'posyandu', who: 'dead', want: ['died @ Pasal 80 ayat (3) huruf a'] },
    { name: 'Karang Taruna: aged 46', type: 'karang-taruna', who: 'kt46', want: ['age-over @ Pasal 41 ayat (6) huruf g jo. Pasal 40 ayat (1)'] },
    { name: 'Karang Taruna: 45, the day before turning 46', type: 'karang-taruna', who: 'kt45', want: [] },
    { name: 'Karang Taruna: aged 16', type: 'karang-taruna', who: 'young', want: ['age-under @ Pasal 41 ayat (1) huruf b'] },
    { name: 'Kelompok PKK: no upper age', type: 'pkk-kelompok', who: 'old', want: [] },
    { name: 'Kelompok PKK: under 21', type: 'pkk-kelompok', who: 'young', want: ['age-under @ Pasal 27 ayat (4) huruf g'] },
    { name: 'TP PKK: no age or residence condition; a death still counts', type: 'tp-pkk', who: 'dead', want: ['died @ Pasal 30 ayat (2) huruf a'] },
    { name: 'TP PKK: moved away is not a ground', type: 'tp-pkk', who: 'gone', want: [] },
  ];
  it.each(cases)('$name', (c) => {
    const s = seat('anggota', c.who, { start: c.start ?? '2025-01-01', ...(c.grounds ? { grounds: c.grounds } : {}) });
    const b = board([...full(), s], { termStart: c.start && c.start < '2025-01-01' ? c.start : '2025-01-01' });
    if (c.start) for (const x of b.seats) x.start = c.start;
    const r = evaluateDesa([inst(c.type, [b])], DAY);
    const got = r[0].current!.seats.find((x) => x.seat === s)!;
    expect(got.findings.map((f) => `${f.code} @ ${f.article}`)).toEqual(c.want);
    expect(got.ineligible).toBe(got.findings.some((f) => f.level === 'ineligible'));
  });

  it('a third term is too many (RT Pasal 17 ayat (2)); two are fine; a replacement seat counts as a term', () => {
    const b1 = board([seat('ketua', 'ok')], { termStart: '2015-01-01' });
    const b2 = board([seat('anggota', 'ok', { start: '2018-03-01' })], { termStart: '2020-01-01' });
    const b3 = board(full([seat('bidang', 'ok', { start: '2025-01-01' })]), { termStart: '2025-01-01' });
    const two = evaluateDesa([inst('rt', [b2, b3])], DAY);
    expect(findingsOf(two, 0, 'Warga ok')).toEqual([]);
    const three = evaluateDesa([inst('rt', [b1, b2, b3])], DAY);
    expect(findingsOf(three, 0, 'Warga ok')).toEqual(['terms @ Pasal 17 ayat (2)']);
    expect(three[0].current!.seats.find((s) => s.seat.person.name === 'Warga ok')!.findings[0].values).toEqual({ terms: 3, max: 2 });
    // TP PKK has no limit.
    expect(findingsOf(evaluateDesa([inst('tp-pkk', [b1, b2, b3])], DAY), 0, 'Warga ok')).toEqual([]);
  });

  it('a seat on another LKD board: flagged where that institution\'s article forbids it (RT, Posyandu, LPM), not for Karang Taruna', () => {
    const both = [
      inst('posyandu', [board(full([seat('kader', 'd')]))], { name: 'Posyandu Mawar' }),
      inst('lpm', [board(full([seat('anggota', 'd')]))], { name: 'LPM' }),
      inst('karang-taruna', [board(full([seat('anggota', 'd')]))], { name: 'Karang Taruna' }),
    ];
    const r = evaluateDesa(both, DAY);
    expect(findingsOf(r, 0, 'Warga d')).toEqual(['other-seat @ Pasal 78 ayat (3)']);
    expect(r[0].current!.seats.find((s) => s.seat.person.name === 'Warga d')!.findings[0].values).toEqual({ other: 'Karang Taruna, LPM' });
    expect(findingsOf(r, 1, 'Warga d')).toEqual(['other-seat @ Pasal 90 ayat (2)']);
    expect(findingsOf(r, 2, 'Warga d')).toEqual([]);
    // The a/b/c seats are on every board too: the same rule catches them.
    expect(findingsOf(r, 0, 'Warga a')).toEqual(['other-seat @ Pasal 78 ayat (3)']);
  });

  it('a member who has stopped no longer counts, and an ended seat of another board does not make a double seat', () => {
    const r = evaluateDesa([
      inst('posyandu', [board(full([seat('kader', 'd', { end: '2026-01-01', endReason: 'mundur' })]))]),
      inst('lpm', [board([seat('ketua', 'd')])]),
    ], DAY);
    expect(r[0].current!.seats.find((s) => s.seat.person.name === 'Warga d')!.active).toBe(false);
    expect(findingsOf(r, 1, 'Warga d')).toEqual([]);
  });

  it('Posyandu: an acting holder more than 3 months on (Pasal 81 ayat (3))', () => {
    const ended = seat('ketua', 'a', { end: '2026-02-01', endReason: 'mundur' });
    const acting = (start: string) => seat('ketua', 'b', { start, acting: true, replaces: ended.id });
    const late = evaluateDesa([inst('posyandu', [board([ended, acting('2026-02-01'), seat('sekretaris', 'c'), seat('bendahara', 'd')])])], DAY);
    expect(findingsOf(late, 0, 'Warga b')).toEqual(['acting-overdue @ Pasal 81 ayat (3), Pasal 81 ayat (6)']);
    const inTime = evaluateDesa([inst('posyandu', [board([ended, acting('2026-04-01'), seat('sekretaris', 'c'), seat('bendahara', 'd')])])], DAY);
    expect(findingsOf(inTime, 0, 'Warga b')).toEqual([]);
  });

  it('RT: a new ketua between terms must come from the board (Pasal 17 ayat (4))', () => {
    const old = seat('ketua', 'a', { end: '2026-01-01', endReason: 'mundur' });
    const fromBoard = seat('ketua', 'b', { start: '2026-01-01', replaces: old.id });
    const outsider = seat('ketua', 'd', { start: '2026-01-01', replaces: old.id });
    const ok = evaluateDesa([inst('rt', [board([old, seat('sekretaris', 'b'), seat('bendahara', 'c'), fromBoard])])], DAY);
    expect(findingsOf(ok, 0, 'Warga b').filter((f) => f.startsWith('replacement'))).toEqual([]);
    const bad = evaluateDesa([inst('rt', [board([old, seat('sekretaris', 'b'), seat('bendahara', 'c'), outsider])])], DAY);
    expect(findingsOf(bad, 0, 'Warga d')).toEqual(['replacement-not-from-board @ Pasal 17 ayat (4)']);
  });
});

describe('boards judged against the Perdes', () => {
  const codes = (r: ReturnType<typeof evaluateDesa>) => r[0].findings.map((f) => `${f.code} @ ${f.article}${f.values?.position ? ` ${f.values.position}${f.values.section ? '/' + f.values.section : ''}` : ''}`);

  it.each([
    ['a full RT board, term to 2029', 'rt', board(full()), []],
    ['RT with no bendahara', 'rt', board([seat('ketua', 'a'), seat('sekretaris', 'b')]), ['open-seat @ Pasal 13 ayat (1) huruf c bendahara']],
    ['RT term ended (5 years from 2021-01-01)', 'rt', board(full(), { termStart: '2021-01-01' }), ['term-expired @ Pasal 17 ayat (3) huruf a']],
    ['RT term ends within 6 months', 'rt', board(full(), { termStart: '2021-12-01' }), ['term-ends-soon @ Pasal 17 ayat (1)']],
    ['RT term ends in 7 months', 'rt', board(full(), { termStart: '2022-01-20' }), []],
    ['an SK longer than the article allows', 'rt', board(full(), { termEnd: '2031-01-01' }), ['term-too-long @ Pasal 17 ayat (1)']],
    ['no SK number', 'rt', board(full(), { skNumber: undefined }), ['no-sk @ Pasal 97 ayat (1) huruf a']],
    ['LPM without its three bidang', 'lpm', board(full()), [
      'open-seat @ Pasal 89 huruf d angka 1 bidang/lpm-pemuda-olahraga', 'open-seat @ Pasal 89 huruf d angka 2 bidang/lpm-sarpras', 'open-seat @ Pasal 89 huruf d angka 3 bidang/lpm-pendidikan-agama-sosbud',
    ]],
    ['kelompok PKK: the Perdes gives no term length', 'pkk-kelompok', board(full()), ['term-end-missing @ Pasal 31 ayat (1)']],
    ['TP PKK: 8 years from 2019-01-01 still running', 'tp-pkk', board(full(), { termStart: '2019-01-01' }), [
      'open-seat @ Pasal 26 ayat (5) huruf b wakil-ketua',
      ...[1, 2, 3, 4].flatMap((k) => [`open-seat @ Pasal 26 ayat (7) huruf a ketua/pokja-${k}`, `open-seat @ Pasal 26 ayat (7) huruf b wakil-ketua/pokja-${k}`, `open-seat @ Pasal 26 ayat (7) huruf c sekretaris/pokja-${k}`]),
    ]],
  ] as [string, InstitutionType, BoardInput, string[]][])('%s', (_, type, b, want) => {
    expect(codes(evaluateDesa([inst(type, [b])], DAY))).toEqual(want);
  });

  it('an institution with no board yet', () => {
    expect(codes(evaluateDesa([inst('karang-taruna', [])], DAY))).toEqual(['no-board @ Pasal 7 ayat (1) huruf c']);
  });

  it('history: the current board is the latest started by the day; older ones are past, a future one upcoming', () => {
    const old = board(full(), { termStart: '2019-01-01' });
    const cur = board(full(), { termStart: '2024-01-01' });
    const next = board(full(), { termStart: '2029-01-01' });
    const r = evaluateDesa([inst('rt', [old, next, cur])], DAY)[0];
    expect(r.current!.board).toBe(cur);
    expect(r.boards.map((b) => [b.board.termStart, b.status])).toEqual([['2029-01-01', 'upcoming'], ['2024-01-01', 'active'], ['2019-01-01', 'past']]);
    // Only the current board's members are judged.
    expect(r.boards[2].seats.every((s) => s.findings.length === 0 && !s.active)).toBe(true);
  });

  it('summaries count open seats, ineligible members and terms ending soon', () => {
    const r = evaluateDesa([
      inst('rt', [board([seat('ketua', 'old', { start: '2026-06-15' }), seat('sekretaris', 'ok', { start: '2026-06-15' })], { termStart: '2026-06-15' })]),
      inst('lpm', [board(full(), { termStart: '2021-10-01' })]),
      inst('karang-taruna', []),
    ], DAY);
    const rows = r.map(summarise);
    expect(rows.map((x) => [x.type, x.status, x.openSeats, x.ineligible, x.endsSoon])).toEqual([
      ['rt', 'active', 1, 1, false], ['lpm', 'active', 3, 0, true], ['karang-taruna', 'none', 0, 0, false],
    ]);
    expect(totalsOf(rows)).toEqual({ institutions: 3, withBoard: 2, expired: 0, endsSoon: 1, withOpenSeat: 2, openSeats: 4, withIneligible: 1, ineligible: 1 });
  });
});
