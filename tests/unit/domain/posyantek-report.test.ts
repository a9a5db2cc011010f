import { describe, expect, it } from 'vitest';
import { cashBook, cashSummary, quarterReport, reportFigures, type CashEntryInput } from '../../../src/domain/posyantek';
import { checkData } from '../../../src/domain/records';

const cash: CashEntryInput[] = [
  { date: '2026-03-30', category: 'dana-desa', amount: 5_000_000 },
  { date: '2026-04-02', category: 'pendapatan-usaha', amount: 1_200_000 },
  { date: '2026-04-02', category: 'beban-usaha', amount: 450_001 },
  { date: '2026-05-10', category: 'kegiatan', amount: 300_000 },
  { date: '2026-06-30', category: 'pendapatan-usaha', amount: 250_000 },
  { date: '2026-07-01', category: 'pendapatan-usaha', amount: 999_999 },
];

describe('Posyantek cash book and quarterly report', () => {
  it('a period: opening, income, expense, closing, business result and its split', () => {
    const s = cashSummary(cash, '2026-04-01', '2026-06-30');
    expect(s).toMatchObject({ opening: 5_000_000, income: 1_450_000, expense: 750_001, closing: 5_699_999, entries: 4 });
    expect(s.business).toMatchObject({ income: 1_450_000, costs: 450_001, result: 999_999, split: true });
    // 999 999: 399999.6 99999.9 149999.85 149999.85 199999.8 → floors 999995, 4 left: desa, sosial, kapasitas, modal
    expect(s.business.lines.map((l) => l.amount)).toEqual([399_999, 100_000, 150_000, 150_000, 200_000]);
    // Funds (Dana Desa) and activity spending are cash, not business result.
    expect(cashSummary(cash, '2026-01-01', '2026-03-31').business).toMatchObject({ result: 0, split: false });
  });

  it('the running balance in date order, entries of a day in the order written', () => {
    const book = cashBook([cash[3], cash[0], cash[2], cash[1]]);
    expect(book.map((l) => l.balance)).toEqual([5_000_000, 4_549_999, 5_749_999, 5_449_999]);
  });

  it('the quarter report counts the quarter\'s activities, needs and TTG, with the finances', () => {
    const r = quarterReport(2026, 2, {
      activities: [
        { date: '2026-04-05', type: 'layanan', participants: 3 },
        { date: '2026-05-05', type: 'layanan' },
        { date: '2026-06-01', type: 'pelatihan', participants: 25 },
        { date: '2026-07-01', type: 'pelatihan', participants: 10 },
      ],
      needs: [
        { date: '2026-02-01', status: 'dipenuhi' },
        { date: '2026-05-01', status: 'baru' },
        { date: '2026-08-01', status: 'baru' },
      ],
      ttg: [{ acquiredOn: '2025-01-01', quantity: 2 }, { acquiredOn: '2026-04-20' }, { acquiredOn: '2026-09-01', quantity: 5 }, {}],
      cash,
    });
    expect(r).toMatchObject({ from: '2026-04-01', to: '2026-06-30', deadline: '2026-07-07' });
    expect(r.activities.layanan).toEqual({ count: 2, participants: 3 });
    expect(r.activities.pelatihan).toEqual({ count: 1, participants: 25 });
    expect(r.needs).toEqual({ mapped: 1, byStatus: { baru: 1, dikaji: 0, dipenuhi: 1, ditunda: 0 } });
    expect(r.ttg).toEqual({ kinds: 3, units: 4, newKinds: 1 });
    expect(r.cash.business.result).toBe(999_999);
    const figures = reportFigures(r);
    expect(figures).toMatchObject({ 'activities.layanan.count': 2, 'ttg.units': 4, 'business.result': 999_999, 'split.modal-usaha': 200_000 });
    // What a quarter record keeps as sent passes the record's schema.
    expect(checkData('posyantek.quarter', { quarter: '2026-Q2', sentOn: '2026-07-05', snapshot: figures }).ok).toBe(true);
  });
});
