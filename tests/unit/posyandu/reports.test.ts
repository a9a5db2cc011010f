import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { saveRecord } from '../../../src/data/records';
import { loadRegister, openSession, skdnCount, skdnReport, strataReport, toChildRecord, writeContext, type Register, type SkdnCode } from '../../../src/data/posyandu';
import { parseCsv, writeCsv } from '../../../src/domain/csv';
import { tr } from '../app/t';
import { f1Csv } from '../../../src/app/posyandu/skdn/f1';
import { computeStrataIndicators, loadWhoTables, posyanduStrata, skdn, calendarYear } from '../../../src/domain';
import { child, freshDb, setupUnit } from './helpers';

beforeAll(async () => {
  await loadWhoTables();
});

const CODES: SkdnCode[] = ['S', 'K', 'D', 'N', 'T', 'O', 'B', 'absent', 'weighedNoKms', 'BGM', 'T2'];

/** Register built in memory from arbitrary children and weighings (same shape loadRegister gives). */
const arbRegister = fc.array(
  fc.record({
    sex: fc.constantFrom('L' as const, 'P' as const),
    birth: fc.integer({ min: 0, max: 70 }),
    hasKms: fc.boolean(),
    weighings: fc.array(fc.record({ m: fc.integer({ min: 0, max: 14 }), kg: fc.integer({ min: 30, max: 200 }) }), { maxLength: 10 }),
  }),
  { maxLength: 25 },
).map((kids): Register => {
  const visitsByChild = new Map();
  const children = kids.map((k, i) => {
    const birthDate = `${2021 + Math.floor(k.birth / 12)}-${String((k.birth % 12) + 1).padStart(2, '0')}-15`;
    const c = { id: `c${i}`, kind: 'posyandu.child', addr: 'a', parent: null, deleted: false, version: 0, updatedAt: '', updatedBy: '', data: { name: `A${i}`, sex: k.sex, birthDate, hasKms: k.hasKms } };
    visitsByChild.set(c.id, k.weighings.map((w, j) => ({ ...c, id: `v${i}-${j}`, kind: 'posyandu.visit', parent: c.id, data: { childId: c.id, date: `2025-${String((w.m % 12) + 1).padStart(2, '0')}-${String(10 + (w.m > 11 ? 5 : 0)).padStart(2, '0')}`, weightKg: w.kg / 10 } })).sort((a, b) => (a.data.date < b.data.date ? -1 : 1)));
    return c;
  });
  return { addr: 'a', children, visitsByChild } as Register;
});

describe('SKDN read model', () => {
  it('equals the domain skdn() of the records, and every list has exactly the count it explains', () => {
    fc.assert(
      fc.property(arbRegister, fc.integer({ min: 1, max: 12 }), (reg, m) => {
        const month = `2025-${String(m).padStart(2, '0')}`;
        const report = skdnReport(reg, month);
        const expected = skdn(reg.children.map((c) => toChildRecord(c, reg.visitsByChild.get(c.id) ?? [])), month);
        expect(report.skdn).toEqual(expected);
        for (const code of CODES) expect(report.lists[code]).toHaveLength(skdnCount(expected, code));
        // F1's "absent" is K − D, negative when children without a KMS are weighed; "−" shows the
        // K children not weighed and "D−K" the weighed ones without a book: never negative.
        const kms = new Set(report.lists.K);
        expect(report.lists.absent.every((id) => kms.has(id) && !report.lists.D.includes(id))).toBe(true);
        expect(report.lists.weighedNoKms.every((id) => !kms.has(id) && report.lists.D.includes(id))).toBe(true);
        expect(report.lists.absent.length - report.lists.weighedNoKms.length).toBe(expected.absent);
        for (const code of CODES) expect(skdnCount(expected, code)).toBeGreaterThanOrEqual(0);
        expect(report.trend).toHaveLength(12);
        expect(report.trend[11].month).toBe(month);
      }),
      { numRuns: 150 },
    );
  });

  it('writes F1 as CSV with totals and the age band × sex columns', async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    const ctx = await writeContext(db);
    const c = await saveRecord(db, { kind: 'posyandu.child', addr: unit.addr, data: child('Siti', 'P', '2024-11-10') }, ctx);
    await saveRecord(db, { kind: 'posyandu.visit', addr: unit.addr, parent: c.id, data: { childId: c.id, date: '2026-11-10', weightKg: 7.0 } }, ctx);
    const report = skdnReport(await loadRegister(db, unit.addr), '2026-11');
    expect(report.lists.BGM).toEqual([c.id]);
    // 23 completed months on 1 November: band 12–23, girls' column.
    const t = tr('id');
    const rows = parseCsv(writeCsv(f1Csv(t, report, ['Posyandu Uji', 'Bulan: November 2026'])));
    const head = rows.find((r) => r[0] === 'Kode')!;
    expect(head).toHaveLength(15);
    expect(head.slice(6, 8)).toEqual(['12-23 bln – L', '12-23 bln – P']);
    expect(rows.find((r) => r[0] === 'BGM')).toEqual(['BGM', 'Di bawah garis merah', '0', '0', '0', '0', '0', '1', '0', '0', '0', '0', '0', '1', '1']);
    expect(rows.find((r) => r[0] === 'D/S')).toEqual(['D/S', '100,0', '≥ 80']);
  });
});

describe('strata read model', () => {
  it('computes the year from sessions, attendance and registers through the domain, with the county profile when synced', async () => {
    const db = freshDb();
    const unit = await setupUnit(db, 6);
    const ctx = await writeContext(db);
    for (let m = 1; m <= 9; m++) {
      await openSession(db, unit, { date: `2026-${String(m).padStart(2, '0')}-10`, kadersPresent: ['k0', 'k1', 'k2', 'k3', 'k4', 'nobody'], withWeighing: true });
    }
    await saveRecord(db, { kind: 'posyandu.wuspus', addr: unit.addr, data: { name: 'P', pus: true, kbActive: true, registeredOn: '2026-01-05' } }, ctx);
    await saveRecord(db, { kind: 'posyandu.pregnant', addr: unit.addr, data: { name: 'H', ancComplete: false, registeredOn: '2026-02-01' } }, ctx);
    const c = await saveRecord(db, { kind: 'posyandu.child', addr: unit.addr, data: child('A', 'L', '2025-01-01') }, ctx);
    await saveRecord(db, { kind: 'posyandu.visit', addr: unit.addr, parent: c.id, data: { childId: c.id, date: '2026-03-10', weightKg: 10 } }, ctx);
    const reg = await loadRegister(db, unit.addr);

    const local = await strataReport(db, unit, reg, '2026-11-10');
    expect(local.profile).toBe('nasional');
    expect(local.profileSource).toBe('local');
    // 'nobody' is not a kader of this Posyandu: 5 present per day.
    expect(local.year.indicators).toMatchObject({ sessions: 9, avgKaders: 5, kb: 1, kia: 0, additionalProgram: true });
    expect(local.year.result.level).toBe('madya');
    expect(local.year.gaps.find((g) => g.indicator === 'kia')).toMatchObject({ more: 1, unit: 'pregnantWomenAnc' });
    const direct = posyanduStrata(computeStrataIndicators({
      sessions: Array.from({ length: 9 }, (_, i) => ({ date: `2026-0${i + 1}-10`, kadersPresent: 5, withWeighing: true })),
      children: reg.children.map((ch) => toChildRecord(ch, reg.visitsByChild.get(ch.id) ?? [])),
      pregnancies: [{ registeredOn: '2026-02-01', ancComplete: false }],
      pus: [{ registeredOn: '2026-01-05', kbActive: true }],
      babies: [{ registeredOn: '2025-01-01', immunizationComplete: false }],
      programs: [{ name: 'BKB', startedOn: '2026-01-01' }],
      households: { total: 0, danaSehat: 0 },
    }, calendarYear(2026)).indicators, 'nasional');
    expect(local.year.result).toEqual(direct);
    expect(local.integrated.conditions.find((x) => x.id === 'kadersMoreThan5')?.ok).toBe(true);
    expect(local.integrated.conditions.find((x) => x.id === 'routineActivity')).toMatchObject({ ok: false, have: 9 });

    // The county's config, once synced, overrides the local choice: 9 sessions is "> 8" there too.
    await saveRecord(db, { kind: 'config.county', addr: '64.11', data: { strataProfile: 'prangat-selatan-2025' } }, ctx);
    const county = await strataReport(db, unit, reg, '2026-11-10');
    expect(county).toMatchObject({ profile: 'prangat-selatan-2025', profileSource: 'county' });
    expect(county.year.result.level).toBe('madya');
  });
});
