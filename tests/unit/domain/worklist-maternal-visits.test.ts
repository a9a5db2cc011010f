import { describe, expect, it } from 'vitest';
import { motherWorkList, type WorkMaternalVisit, type WorkMother, type WorkPregnancy } from '../../../src/domain/kms/mothers';

// Issue 15: the mothers' work list reads the ILP visit rows (posyandu.maternalVisit) as well as the
// registers: the latest LiLA, ANC contacts and tablets (the larger of register and visits, never
// added), danger signs and other referral reasons of the latest visit, vitamin A given at a visit.
// HPHT 1 Oct 2025 → on 10 Jan 2026 she is 14 weeks: trimester 2, three ANC contacts by its end.

const DATE = '2026-01-10';
let n = 0;
const v = (date: string, over: Partial<WorkMaternalVisit> = {}): WorkMaternalVisit => ({ id: `v${String(++n).padStart(3, '0')}`, date, ...over });
const p = (id: string, over: Partial<WorkPregnancy>): WorkPregnancy => ({ id, lastPeriod: '2025-10-01', status: 'hamil', ancVisits: 3, ironTablets: 90, ...over });
const m = (id: string, over: Partial<WorkMother>): WorkMother => ({ id, deliveryDate: '2026-01-01', vitaminA: true, ...over });

describe("the mothers' work list with ILP visit rows", () => {
  const cases: { name: string; pregnant?: WorkPregnancy[]; mothers?: WorkMother[]; expect: Partial<ReturnType<typeof motherWorkList>> }[] = [
    { name: 'KEK from the latest visit LiLA, though the register says 25 cm', pregnant: [p('a', { muacCm: 25, visits: [v('2025-12-01', { muacCm: 24 }), v('2026-01-05', { muacCm: 23 })] })], expect: { kek: [{ id: 'a', muacCm: 23 }] } },
    { name: 'no KEK when the latest visit LiLA is 23,5 (register said 22)', pregnant: [p('a', { muacCm: 22, visits: [v('2026-01-05', { muacCm: 23.5 })] })], expect: { kek: [] } },
    { name: 'a visit without LiLA keeps the earlier one', pregnant: [p('a', { visits: [v('2025-12-01', { muacCm: 21 }), v('2026-01-05', { anc: true })] })], expect: { kek: [{ id: 'a', muacCm: 21 }] } },
    { name: 'ANC: three contacts at visits cover the register’s one', pregnant: [p('a', { ancVisits: 1, visits: [v('2025-11-01', { anc: true }), v('2025-12-01', { anc: true }), v('2026-01-05', { anc: true })] })], expect: { anc: [] } },
    { name: 'ANC: register 2, one at a visit → 2 (not 3): K3 due', pregnant: [p('a', { ancVisits: 2, visits: [v('2026-01-05', { anc: true })] })], expect: { anc: [{ id: 'a', next: 3, trimester: 2 }] } },
    { name: 'ANC: contacts before HPHT or after the day do not count', pregnant: [p('a', { ancVisits: 0, visits: [v('2025-09-01', { anc: true }), v('2025-11-01', { anc: true }), v('2025-12-01', { anc: true }), v('2026-01-11', { anc: true })] })], expect: { anc: [{ id: 'a', next: 3, trimester: 2 }] } },
    { name: 'TTD: 60 + 40 tablets at visits → 100, done', pregnant: [p('a', { ironTablets: 30, visits: [v('2025-11-01', { ttdTablets: 60 }), v('2025-12-01', { ttdTablets: 40 })] })], expect: { ttd: [] } },
    { name: 'TTD: register 80, visits 5 → 80, due', pregnant: [p('a', { ironTablets: 80, visits: [v('2025-12-01', { ttdTablets: 5 })] })], expect: { ttd: [{ id: 'a', given: 80, target: 90 }] } },
    { name: 'referral: a danger sign at the latest visit', pregnant: [p('a', { visits: [v('2026-01-05', { dangerSigns: ['bleeding'] })] })], expect: { referral: [{ id: 'a', date: '2026-01-05', reasons: ['dangerSign'] }] } },
    { name: 'referral: KEK and hypertension at the latest visit, in that order', pregnant: [p('a', { visits: [v('2026-01-05', { muacCm: 22, bp: [{ systolic: 150, diastolic: 90 }] })] })], expect: { referral: [{ id: 'a', date: '2026-01-05', reasons: ['kek', 'hypertension'] }] } },
    { name: 'no referral when a later visit found nothing', pregnant: [p('a', { visits: [v('2025-12-01', { dangerSigns: ['bleeding'] }), v('2026-01-05', { muacCm: 25 })] })], expect: { referral: [] } },
    { name: 'no referral from a past pregnancy’s visit (before HPHT)', pregnant: [p('a', { visits: [v('2025-08-01', { dangerSigns: ['bleeding'] })] })], expect: { referral: [] } },
    { name: 'nifas: vitamin A given at a visit', mothers: [m('b', { vitaminA: false, visits: [v('2026-01-03', { vitaminA: true })] })], expect: { nifasVitaminA: [] } },
    { name: 'nifas: no vitamin A anywhere', mothers: [m('b', { vitaminA: false, visits: [v('2026-01-03')] })], expect: { nifasVitaminA: [{ id: 'b' }] } },
    { name: 'nifas: a fever over two days refers', mothers: [m('b', { visits: [v('2026-01-03', { dangerSigns: ['feverOver2Days'] })] })], expect: { referral: [{ id: 'b', date: '2026-01-03', reasons: ['dangerSign'] }] } },
    { name: 'nifas: referred by the kader without a reason found', mothers: [m('b', { visits: [v('2026-01-03', { referral: true })] })], expect: { referral: [{ id: 'b', date: '2026-01-03', reasons: [] }] } },
    { name: 'past nifas (43 days): no referral line', mothers: [m('b', { deliveryDate: '2025-11-28', visits: [v('2026-01-03', { dangerSigns: ['feverOver2Days'] })] })], expect: { referral: [] } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const list = motherWorkList(c.pregnant ?? [], c.mothers ?? [], DATE);
      for (const [key, value] of Object.entries(c.expect)) expect(list[key as keyof typeof list], key).toEqual(value);
    });
  }

  it('without visit rows the list is what the registers alone give', () => {
    const list = motherWorkList([p('a', { muacCm: 23, ancVisits: 1, ironTablets: 10 })], [m('b', { vitaminA: false })], DATE);
    expect(list).toEqual({
      kek: [{ id: 'a', muacCm: 23 }], anc: [{ id: 'a', next: 2, trimester: 2 }], ttd: [{ id: 'a', given: 10, target: 90 }],
      nifasVitaminA: [{ id: 'b' }], referral: [],
    });
  });
});
