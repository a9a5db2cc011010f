import { describe, expect, it } from 'vitest';
import { ageYears, gestationWeeks, sipFormat1, sipFormat2, sipFormat3, sipFormat4, type SipSource } from '../../../src/data/posyandu/sip';
import type { SyncRecord } from '../../../src/domain';

// The SIP books are read from the records the kaders keep: each format's rows for one year.

let seq = 0;
const rec = <D,>(kind: string, data: D, id = `r${seq++}`): SyncRecord<D> =>
  ({ id, kind, addr: 'p', parent: null, data, deleted: false, version: 1, updatedAt: '2026-01-01T00:00:00Z', updatedBy: 't' }) as SyncRecord<D>;

function source(): SipSource {
  const ayu = rec('posyandu.child', { name: 'Ayu', sex: 'P' as const, birthDate: '2025-03-10', hasKms: true, motherName: 'Sari', fatherName: 'Budi' }, 'ayu');
  const budi = rec('posyandu.child', { name: 'Budi kecil', sex: 'L' as const, birthDate: '2026-02-01', hasKms: true, motherName: 'Rina', leftDate: '2026-06-05', leftReason: 'meninggal' as const }, 'budi');
  const old = rec('posyandu.child', { name: 'Sudah besar', sex: 'L' as const, birthDate: '2020-01-01', hasKms: true }, 'old');
  const gone = rec('posyandu.child', { name: 'Pindah lama', sex: 'L' as const, birthDate: '2024-01-01', hasKms: true, leftDate: '2025-11-30', leftReason: 'pindah' as const }, 'gone');
  const v = (childId: string, date: string, weightKg?: number, services?: object) => rec('posyandu.visit', { childId, date, weightKg, services });
  return {
    children: [ayu, budi, old, gone] as SipSource['children'],
    visits: [
      v('ayu', '2025-04-01', 4.5, { immunisations: ['BCG', 'POLIO1'] }),
      v('ayu', '2026-01-05', 8.0),
      v('ayu', '2026-01-20', 8.1, { iron: true }),
      v('ayu', '2026-02-03', 8.4, { vitaminA: 'biru', immunisations: ['POLIO1'] }),
      v('ayu', '2026-08-02', 9.0, { vitaminA: 'merah', ors: true, iron: true }),
      v('ayu', '2026-11-02', undefined, { immunisations: ['MR1'] }),
    ] as SipSource['visits'],
    vitals: [
      rec('posyandu.vital', { event: 'lahir' as const, subject: 'bayi' as const, name: 'Budi kecil', date: '2026-02-01', childId: 'budi' }),
      rec('posyandu.vital', { event: 'mati' as const, subject: 'ibuNifas' as const, name: 'Wati', date: '2026-03-01', cause: 'perdarahan' }),
      rec('posyandu.vital', { event: 'mati' as const, subject: 'bayi' as const, name: 'Lama', date: '2025-12-31' }),
    ] as SipSource['vitals'],
    wuspus: [
      rec('posyandu.wuspus', { name: 'A', pus: true, kbActive: true, registeredOn: '2025-05-01' }),
      rec('posyandu.wuspus', { name: 'B', pus: false, kbActive: false, registeredOn: '2025-05-01', leftOn: '2025-12-01' }),
      rec('posyandu.wuspus', { name: 'C', pus: false, kbActive: false, registeredOn: '2027-01-01' }),
    ] as SipSource['wuspus'],
    pregnant: [
      rec('posyandu.pregnant', { name: 'H1', lastPeriod: '2026-01-01', registeredOn: '2026-02-12' }),
      rec('posyandu.pregnant', { name: 'H2', lastPeriod: '2025-03-01', registeredOn: '2025-04-01', outcomeDate: '2025-12-01', status: 'melahirkan' as const }),
      rec('posyandu.pregnant', { name: 'H3', lastPeriod: '2025-08-01', registeredOn: '2025-09-01', outcomeDate: '2026-05-01', status: 'melahirkan' as const }),
    ] as SipSource['pregnant'],
  };
}

describe('SIP format 1: births and deaths of the year', () => {
  const rows = sipFormat1(source(), 2026);
  it('takes the vital records of the year, with the parents of a linked child', () => {
    const birth = rows.find((r) => r.event === 'lahir')!;
    expect(birth).toMatchObject({ babyName: 'Budi kecil', motherName: 'Rina', babyBirthDate: '2026-02-01' });
    expect(rows.find((r) => r.subject === 'ibuNifas')).toMatchObject({ motherName: 'Wati', motherDeathDate: '2026-03-01', cause: 'perdarahan', babyName: undefined });
    expect(rows.some((r) => r.date === '2025-12-31')).toBe(false);
  });
  it("adds a child's death from the register once, and no birth twice", () => {
    expect(rows.filter((r) => r.babyName === 'Budi kecil' && r.event === 'lahir')).toHaveLength(1);
    expect(rows.find((r) => r.event === 'mati' && r.babyName === 'Budi kecil')).toMatchObject({ babyDeathDate: '2026-06-05', motherName: 'Rina' });
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
  });
});

describe('SIP format 2: the balita register of the year', () => {
  const rows = sipFormat2(source(), 2026);
  it('lists the children under five in the year, not those grown up or gone before it', () => {
    expect(rows.map((r) => r.child.data.name)).toEqual(['Ayu', 'Budi kecil']);
  });
  it("puts the month's last weighing in its month, services and first doses", () => {
    const ayu = rows[0];
    expect(ayu.weights).toEqual([8.1, 8.4, undefined, undefined, undefined, undefined, undefined, 9.0, undefined, undefined, undefined, undefined]);
    expect(ayu.iron).toEqual(['2026-01-20', '2026-08-02']);
    expect(ayu.ors).toEqual(['2026-08-02']);
    expect(ayu.vitaminAFeb).toBe('2026-02-03');
    expect(ayu.vitaminAAug).toBe('2026-08-02');
    // Doses over the whole history; a repeated antigen keeps its first date.
    expect(ayu.doses).toEqual({ BCG: '2025-04-01', POLIO1: '2025-04-01', MR1: '2026-11-02' });
  });
});

describe('SIP formats 3 and 4: on the register during the year', () => {
  it('WUS/PUS registered by the year end and not gone before it', () => {
    expect(sipFormat3(source(), 2026).map((w) => w.data.name)).toEqual(['A']);
    expect(sipFormat3(source(), 2025).map((w) => w.data.name)).toEqual(['A', 'B']);
  });
  it('pregnant women registered in the year or still pregnant at its start', () => {
    expect(sipFormat4(source(), 2026).map((p) => p.data.name)).toEqual(['H3', 'H1']);
  });
  it('age and weeks of pregnancy', () => {
    expect(ageYears('1995-05-05', '2026-12-31')).toBe(31);
    expect(ageYears('1995-12-31', '2026-12-30')).toBe(30);
    expect(ageYears(undefined, '2026-12-31')).toBeUndefined();
    expect(gestationWeeks('2026-01-01', '2026-02-12')).toBe(6);
    expect(gestationWeeks('2026-03-01', '2026-02-12')).toBeUndefined();
  });
});
