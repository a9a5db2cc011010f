import { beforeAll, describe, expect, it } from 'vitest';
import { getRecord, historyOf, InvalidRecordError } from '../../../src/data/records';
import {
  assessWeighing, checkVisitDate, childHistory, childVisits, getSession, loadRegister, openSession, saveChild, saveVisit, sessionId,
  type Child, type Visit,
} from '../../../src/data/posyandu';
import { loadWhoTables, posyanduAddr, skdn } from '../../../src/domain';
import { toChildRecord } from '../../../src/data/posyandu';
import { child, freshDb, setupUnit } from './helpers';

beforeAll(async () => {
  await loadWhoTables();
});

const TODAY = '2026-11-10';

describe('the Posyandu day', () => {
  it('open day → register two children → weigh → BGM and 2T alerts → services → visit rows in the outbox', async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    expect(unit.addr).toBe(posyanduAddr('64.11.05.2003', unit.id));

    // Open the day with three kaders present.
    const s = await openSession(db, unit, { date: '2026-11-10', kadersPresent: ['k0', 'k1', 'k2'], withWeighing: true });
    expect(s.id).toBe(sessionId(unit.id, '2026-11-10'));
    expect((await getSession(db, unit.id, '2026-11-10'))?.data.kadersPresent).toEqual(['k0', 'k1', 'k2']);

    let reg = await loadRegister(db, unit.addr);
    // A 24-month girl of 7.0 kg: far below −3 SD weight-for-age (BGM).
    const siti = await saveChild(db, reg, child('Siti Aminah', 'P', '2024-11-10'));
    reg = await loadRegister(db, unit.addr);
    const budi = await saveChild(db, reg, child('Budi Santoso', 'L', '2025-05-02'));
    // Budi: 8.0 in September, 8.0 in October (T), 7.9 now (T again → 2T).
    for (const [date, kg] of [['2026-09-12', 8.0], ['2026-10-09', 8.0]] as const) {
      await saveVisit(db, budi, { date, weightKg: kg }, TODAY);
    }
    reg = await loadRegister(db, unit.addr);

    const sitiResult = assessWeighing(siti, reg.visitsByChild.get(siti.id) ?? [], { date: TODAY, weightKg: 7.0 });
    expect(sitiResult.bgm).toBe(true);
    expect(sitiResult.alerts).toEqual(expect.arrayContaining(['BGM', 'refer']));
    expect(sitiResult.trend).toBe('B');
    expect(sitiResult.growth.wfa?.category).toBe('severelyUnderweight');

    const budiResult = assessWeighing(budi, reg.visitsByChild.get(budi.id) ?? [], { date: TODAY, weightKg: 7.9, lengthCm: 72.5, position: 'lying' });
    expect(budiResult.trend).toBe('T');
    expect(budiResult.twoT).toBe(true);
    expect(budiResult.alerts).toEqual(expect.arrayContaining(['2T', 'refer']));
    expect(budiResult.alerts).not.toContain('notUp'); // 2T already says it
    expect(budiResult.growth.lhfa).not.toBeNull();
    expect(budiResult.growth.wfl).not.toBeNull();

    const v1 = await saveVisit(db, siti, {
      date: TODAY, weightKg: 7.0, sessionId: s.id, kaderId: 'k1',
      services: { vitaminA: 'merah', counselling: true, referral: true, referralReason: 'BGM' },
    }, TODAY);
    const v2 = await saveVisit(db, budi, { date: TODAY, weightKg: 7.9, lengthCm: 72.5, position: 'lying', services: { immunisations: ['MR1'], zinc: true } }, TODAY);

    // Saved rows carry their services, hang under their child and sit in the outbox.
    expect((await getRecord<Visit['data']>(db, v1.id))?.data.services).toMatchObject({ vitaminA: 'merah', referral: true });
    expect(v2.parent).toBe(budi.id);
    const outboxed = (await db.outbox.toArray()).filter((o) => o.record.kind === 'posyandu.visit').map((o) => o.recordId);
    expect(outboxed).toEqual(expect.arrayContaining([v1.id, v2.id]));
    expect(outboxed).toHaveLength(4);

    // The month's SKDN from the saved records agrees with what the kader saw.
    reg = await loadRegister(db, unit.addr);
    const month = skdn(reg.children.map((c) => toChildRecord(c, reg.visitsByChild.get(c.id) ?? [])), '2026-11');
    expect(month).toMatchObject({ S: 2, D: 2, B: 1, T: 1, BGM: 1, T2: 1 });
  });

  it('refuses a weighing in the future or before birth, in the data layer too', async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    const reg = await loadRegister(db, unit.addr);
    const c = await saveChild(db, reg, child('Ani', 'P', '2026-01-15'));
    expect(checkVisitDate(c, '2026-11-11', TODAY)).toBe('future');
    expect(checkVisitDate(c, '2026-01-14', TODAY)).toBe('beforeBirth');
    expect(checkVisitDate(c, '2026-01-15', TODAY)).toBeNull();
    await expect(saveVisit(db, c, { date: '2026-11-11', weightKg: 7 }, TODAY)).rejects.toThrow(InvalidRecordError);
    await expect(saveVisit(db, c, { date: '2026-01-01', weightKg: 3 }, TODAY)).rejects.toThrow(/beforeBirth/);
    expect(await db.records.where('kind').equals('posyandu.visit').count()).toBe(0);
    expect(await db.outbox.count()).toBe(2); // the unit and the child only
  });

  it('a correction tombstones the old row in the same transaction and the history keeps who and when', async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    let reg = await loadRegister(db, unit.addr);
    const c = await saveChild(db, reg, child('Rina', 'P', '2025-06-01'));
    const wrong = await saveVisit(db, c, { date: '2026-11-02', weightKg: 18.0 }, TODAY);
    const right = await saveVisit(db, c, { date: '2026-11-02', weightKg: 8.1, replaces: wrong.id }, TODAY);
    reg = await loadRegister(db, unit.addr);
    expect(reg.visitsByChild.get(c.id)?.map((v) => v.id)).toEqual([right.id]);
    const edited = await saveChild(db, reg, { ...c.data, motherName: 'Ibu Rina Wati' }, { id: c.id });
    // The child page reads every field of the child's visits (the register keeps growth fields only).
    const rows = await childHistory(db, edited as Child, await childVisits(db, c.id));
    expect(rows.map((r) => r.action).sort()).toEqual(['changed', 'deleted']);
    expect(rows.find((r) => r.action === 'changed')?.fields).toEqual(['motherName']);
    expect(rows.find((r) => r.action === 'deleted')?.before).toMatchObject({ weightKg: 18 });
    expect((await historyOf(db, wrong.id))[0].by).toMatch(/^local-/);
  });

  it('keeps an implausible value only as flagged; the alert asks for confirmation', async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    const reg = await loadRegister(db, unit.addr);
    const c = await saveChild(db, reg, child('Dodi', 'L', '2025-11-01'));
    const r = assessWeighing(c, [], { date: TODAY, weightKg: 30 });
    expect(r.alerts).toContain('implausible');
    const v = await saveVisit(db, c, { date: TODAY, weightKg: 30, implausibleConfirmed: true }, TODAY);
    expect(v.data.implausibleConfirmed).toBe(true);
  });

  it('refuses a Posyandu without a valid desa code', async () => {
    const db = freshDb();
    const { saveUnit } = await import('../../../src/data/posyandu');
    await expect(saveUnit(db, { name: 'X', desaCode: '64.11.5.2003' })).rejects.toThrow(/desaCode/);
  });
});
