import { describe, expect, it } from 'vitest';
import { saveRecord, listRecords, InvalidRecordError } from '../../../src/data/records';
import { DuplicateChildError, findDuplicates, isKek, loadRegister, saveChild, searchChildren, writeContext, type Child } from '../../../src/data/posyandu';
import { child, freshDb, setupUnit } from './helpers';

describe('balita register', () => {
  it('refuses the same name + birth date (spelling and spacing ignored) unless the kader insists', async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    let reg = await loadRegister(db, unit.addr);
    const first = await saveChild(db, reg, child('Siti Aminah', 'P', '2024-05-01'));
    reg = await loadRegister(db, unit.addr);
    await expect(saveChild(db, reg, child('  siti  AMINAH.', 'P', '2024-05-01'))).rejects.toBeInstanceOf(DuplicateChildError);
    // Same name, other birth date: a different child.
    await expect(saveChild(db, reg, child('Siti Aminah', 'P', '2024-06-01'))).resolves.toBeTruthy();
    // Editing the child itself is not a duplicate of itself.
    await expect(saveChild(db, reg, { ...first.data, hasKms: false }, { id: first.id })).resolves.toBeTruthy();
    await expect(saveChild(db, reg, child('Siti Aminah', 'P', '2024-05-01'), { allowDuplicate: true })).resolves.toBeTruthy();
    reg = await loadRegister(db, unit.addr);
    expect(findDuplicates(reg.children, 'SITI aminah', '2024-05-01')).toHaveLength(2);
  });

  it('searches 300 children by any part of the child or mother name, in memory', async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    const names = ['Siti', 'Budi', 'Ani', 'Dewi', 'Rudi', 'Putu', 'Made', 'Nyoman', 'Wayan', 'Ketut'];
    await db.transaction('rw', [db.records, db.outbox, db.history, db.meta], async () => {
      for (let i = 0; i < 300; i++) {
        await saveRecord(db, {
          kind: 'posyandu.child', addr: unit.addr,
          data: child(`${names[i % 10]} ${i}`, i % 2 ? 'L' : 'P', `2023-0${(i % 9) + 1}-1${i % 9}`, { motherName: i === 123 ? 'Ibu Kartini' : `Ibu ${i}` }),
        }, await writeContext(db));
      }
    });
    const reg = await loadRegister(db, unit.addr);
    expect(reg.children).toHaveLength(300);
    const wayan = searchChildren(reg.children, 'wayan');
    const kartini = searchChildren(reg.children, 'kartini');
    const both = searchChildren(reg.children, 'nyoman 13');
    expect(wayan).toHaveLength(30);
    expect(kartini.map((c: Child) => c.data.name)).toEqual(['Dewi 123']);
    expect(both.map((c) => c.data.name).sort()).toEqual(['Nyoman 137']);
    expect(searchChildren(reg.children, '')).toHaveLength(300);
  });
});

describe('other registers (001 Pasal 86 ayat 3)', () => {
  it('keeps pregnant women with KEK by LILA < 23.5 cm, PUS with KB status, births/deaths, meetings, finances, counselling', async () => {
    const db = freshDb();
    const unit = await setupUnit(db);
    const ctx = await writeContext(db);
    const save = (kind: string, data: unknown) => saveRecord(db, { kind, addr: unit.addr, data }, ctx);
    await save('posyandu.pregnant', { name: 'Ibu A', dueDate: '2027-02-01', ancVisits: 3, ironTablets: 30, muacCm: 22.9, ancComplete: false });
    await save('posyandu.pregnant', { name: 'Ibu B', dueDate: '2027-03-01', muacCm: 23.5 });
    await save('posyandu.mother', { name: 'Ibu C', deliveryDate: '2026-10-01', exclusiveBf: true });
    await save('posyandu.wuspus', { name: 'Ibu D', pus: true, kbActive: true, kbMethod: 'suntik' });
    await save('posyandu.vital', { event: 'lahir', subject: 'bayi', name: 'Bayi Ny. C', date: '2026-10-01', sex: 'P', birthWeightKg: 3.1 });
    await save('posyandu.meeting', { date: '2026-11-01', topic: 'Persiapan bulan vitamin A', attendees: 12 });
    await save('posyandu.finance', { date: '2026-11-01', direction: 'masuk', amountRp: 150000, description: 'Iuran dana sehat', source: 'danaSehat' });
    await save('posyandu.counselling', { date: '2026-11-10', targetName: 'Ibu Siti', topic: 'MP-ASI' });
    const preg = await listRecords<{ name: string; muacCm?: number }>(db, 'posyandu.pregnant', unit.addr);
    expect(preg.filter((p) => isKek(p.data.muacCm)).map((p) => p.data.name)).toEqual(['Ibu A']);
    expect(isKek(undefined)).toBe(false);
    await expect(save('posyandu.wuspus', { name: 'X', pus: true, kbActive: 'ya' })).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(save('posyandu.finance', { date: '2026-11-01', direction: 'masuk', amountRp: 0.5, description: 'x' })).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.outbox.count()).toBe(9);
  });
});
