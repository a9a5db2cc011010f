import { describe, expect, it } from 'vitest';
import { saveRecord } from '../../../src/data/records';
import { readdress, scopeUnit } from '../../../src/sync';
import { readdressLocalRecords } from '../../../src/sync/readdress';
import type { Scope } from '../../../src/sync/protocol';
import { child, DESA, newDb, POSY, scopePosy, visit } from './helpers';

describe('readdress (pure)', () => {
  it.each([
    ['local/posyandu:L1', POSY, POSY],
    [`${DESA}/posyandu:L1`, POSY, POSY],
    ['local/rt:001', `${DESA}/rt:001`, `${DESA}/rt:001`],
    ['local/rt:001/dw:G9', `${DESA}/rt:001`, `${DESA}/rt:001/dw:G9`],
    ['local/rt:001/dw:G9', `${DESA}/rt:001/dw:G1`, `${DESA}/rt:001/dw:G1`],
    ['local/rt:002/dw:G9', DESA, `${DESA}/rt:002/dw:G9`],
    ['local/posyandu:L1', DESA, `${DESA}/posyandu:L1`],
    ['local/posyandu:L1', '64.11', null],
    // Village institutions keep their own segment under the desa, its RT or its Posyandu.
    ['local/lkd:lpm', DESA, `${DESA}/lkd:lpm`],
    ['local/rt:003/lkd:rt', DESA, `${DESA}/rt:003/lkd:rt`],
    ['local/posyandu:L1/lkd:posyandu', DESA, `${DESA}/posyandu:L1/lkd:posyandu`],
    ['64.11/64.11.05.2099/lkd:karang-taruna', DESA, `${DESA}/lkd:karang-taruna`],
  ])('%s into %s → %s', (addr, scope, want) => expect(readdress(addr, scope)).toBe(want));

  it('knows which unit a scope fixes', () => {
    expect(scopeUnit(POSY)).toEqual({ kind: 'posyandu.unit', id: 'P1' });
    expect(scopeUnit(`${DESA}/rt:001/dw:G1`)).toEqual({ kind: 'dasawisma.group', id: 'G1' });
    expect(scopeUnit(`${DESA}/rt:001`)).toBeNull();
  });
});

describe('readdressLocalRecords', () => {
  it('moves records made before enrolment, merges the local unit, rewrites the outbox in step', async () => {
    const db = newDb();
    const by = { by: 'local-x' };
    const unit = await saveRecord(db, { id: 'L1', kind: 'posyandu.unit', addr: 'local/posyandu:L1', data: { name: 'Mawar' } }, by);
    const c = await saveRecord(db, { kind: 'posyandu.child', addr: 'local/posyandu:L1', parent: unit.id, data: child('Sari') }, by);
    await saveRecord(db, { kind: 'posyandu.visit', addr: 'local/posyandu:L1', parent: c.id, data: visit(c.id, 8) }, by);
    // Someone else's acknowledged record elsewhere stays where it is.
    await db.records.put({ ...c, id: 'OTHER', addr: `${DESA}/posyandu:P9`, version: 7 });
    const res = await readdressLocalRecords(db, scopePosy, 'dev1');
    expect(res).toMatchObject({ moved: 3, merged: { L1: 'P1' }, mergedNames: ['Mawar'] });
    expect(await db.records.get('L1')).toBeUndefined();
    expect(await db.records.get('P1')).toMatchObject({ addr: POSY, kind: 'posyandu.unit', data: { name: 'Mawar' }, updatedBy: 'dev1' });
    expect(await db.records.get(c.id)).toMatchObject({ addr: POSY, parent: 'P1' });
    expect((await db.records.get('OTHER'))!.addr).toBe(`${DESA}/posyandu:P9`);
    const out = await db.outbox.toArray();
    expect(out.map((e) => e.recordId)).toEqual(['P1', c.id, expect.any(String)]);
    expect(out.every((e) => e.record.addr === POSY && e.record.id === e.recordId)).toBe(true);
    expect(out[1].record.parent).toBe('P1');
  });

  it('leaves modules outside the scope alone', async () => {
    const db = newDb();
    await saveRecord(db, { kind: 'posyandu.child', addr: 'local/posyandu:L1', data: child('A') }, { by: 'l' });
    const rtScope: Scope = { kabupaten: '64.11', prefix: `${DESA}/rt:001`, modules: ['rt'], label: 'RT 001' };
    expect((await readdressLocalRecords(db, rtScope)).moved).toBe(0);
    expect((await db.records.toArray())[0].addr).toBe('local/posyandu:L1');
  });
});
