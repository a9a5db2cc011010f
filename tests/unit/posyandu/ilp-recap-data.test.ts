import { describe, expect, it } from 'vitest';
import { deleteRecord, saveRecord } from '../../../src/data/records';
import { ilpSubjectsOn, loadIlp, saveIlpVisit, savePerson, type AdultVisitData, type IlpSubject, type MaternalVisitData, type YouthVisitData } from '../../../src/data/posyandu/ilp';
import { recapInputs } from '../../../src/data/posyandu/ilp-recap';
import { loadMotherWork, motherWorkCount } from '../../../src/data/posyandu/mother-worklist';
import { ilpRecap } from '../../../src/domain/ilp/recap';
import { newDb, POSY } from '../sync/helpers';

// Issue 15 on the phone's IndexedDB (fake-indexeddb): the mothers' work list reads the saved
// posyandu.maternalVisit rows, and the monthly recap reads the registers and live visit rows
// (a corrected visit counts once, a deleted one not at all).

const unit = { addr: POSY };
const ctx = { by: 'dev-1' };
const subject = (list: IlpSubject[], name: string) => list.find((s) => s.name === name)!;

describe('the mothers’ work list reads the ILP visit rows', () => {
  it('KEK and a danger sign at the day’s visit put her on the referral list; LiLA on the register alone did not', async () => {
    const db = newDb();
    await db.open();
    await saveRecord(db, { kind: 'posyandu.pregnant', addr: POSY, data: { name: 'Wati', lastPeriod: '2026-07-10', muacCm: 25, ancVisits: 1, ironTablets: 90 } }, ctx);
    const before = await loadMotherWork(db, POSY, '2026-11-05');
    expect(before.list.kek).toEqual([]);
    expect(before.list.referral).toEqual([]);
    const wati = subject(ilpSubjectsOn(await loadIlp(db, POSY), '2026-11-05'), 'Wati');
    await saveIlpVisit<MaternalVisitData>(db, wati, { date: '2026-11-05', stage: 'hamil', muacCm: 22.5, anc: true, dangerSigns: ['bleeding'] }, '2026-11-05');
    const after = await loadMotherWork(db, POSY, '2026-11-05');
    expect(after.list.kek).toEqual([{ id: wati.id, muacCm: 22.5 }]);
    expect(after.list.referral).toEqual([{ id: wati.id, date: '2026-11-05', reasons: ['kek', 'dangerSign'] }]);
    // HPHT 10 Jul → 5 Nov is 16 weeks, trimester 2: 3 contacts by its end; register 1, visits 1 → K2 next.
    expect(after.list.anc).toEqual([{ id: wati.id, next: 2, trimester: 2 }]);
    expect(motherWorkCount(after.list)).toBe(3);
    expect(after.names.get(wati.id)).toBe('Wati');
  });
});

describe('the recap from the phone’s records', () => {
  it('counts live visits once per person; a correction replaces, a deleted visit is gone', async () => {
    const db = newDb();
    await db.open();
    await savePerson(db, unit, { name: 'Rina', sex: 'P', birthDate: '2012-04-10' });
    await savePerson(db, unit, { name: 'Mbah Sri', sex: 'P', birthDate: '1950-06-01' });
    await savePerson(db, unit, { name: 'Budi', sex: 'L', birthDate: '1980-01-01' });
    const on = ilpSubjectsOn(await loadIlp(db, POSY), '2026-11-05');
    await saveIlpVisit<YouthVisitData>(db, subject(on, 'Rina'), { date: '2026-11-05', hbGdl: 11.5 }, '2026-11-05');
    const first = await saveIlpVisit<AdultVisitData>(db, subject(on, 'Mbah Sri'), { date: '2026-11-05', bp: [{ systolic: 150, diastolic: 90 }] }, '2026-11-05');
    await saveIlpVisit<AdultVisitData>(db, subject(on, 'Mbah Sri'), { date: '2026-11-05', bp: [{ systolic: 125, diastolic: 80 }], replaces: first.id }, '2026-11-05');
    const budi = await saveIlpVisit<AdultVisitData>(db, subject(on, 'Budi'), { date: '2026-11-05', glucoseMgdl: 250 }, '2026-11-05');
    await deleteRecord(db, budi.id, ctx);
    const recap = ilpRecap({ month: '2026-11', ...recapInputs(await loadIlp(db, POSY)) });
    const [, remaja, dewasa, lansia] = recap.stages;
    expect(remaja.total).toEqual({ L: 0, P: 1 });
    expect(remaja.classes.find((c) => c.code === 'anaemia.mild')).toEqual({ code: 'anaemia.mild', L: 0, P: 1 });
    expect(lansia.total).toEqual({ L: 0, P: 1 });
    expect(lansia.visits).toBe(1);
    expect(lansia.classes.filter((c) => c.P > 0).map((c) => c.code)).toEqual(['bp.prehypertension']);
    expect(dewasa.total).toEqual({ L: 0, P: 0 });
  });
});
