import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KaderDb } from '../../../src/data/db';
import { addPerson, changePin, checkPin, hasPeople, listPeople, pinWait, removePerson, PersonError } from '../../../src/data/security/people';
import { signIn } from '../../../src/data/security/session';
import { whoIsRecording, chooseRecorder } from '../../../src/data/recorder';
import { saveRecord, deleteRecord } from '../../../src/data/records';
import { applyPushResults } from '../../../src/sync/push';
import { FREE_TRIES, pinProblem, waitAfterFailures } from '../../../src/domain/security/pin-rules';
import { hashPin } from '../../../src/data/security/pin-hash';
import { lockOnReturn } from '../../../src/app/shell/lock-state';
import { activeConfig } from '../../../src/domain/records/config';

let n = 0;
const opened: KaderDb[] = [];
async function freshDb() {
  const db = new KaderDb(`people-${++n}`);
  opened.push(db);
  await db.open();
  return db;
}
afterEach(async () => {
  signIn(null);
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('PIN rules', () => {
  it('takes 4 to 8 digits only', () => {
    expect(pinProblem('123')).toBe('short');
    expect(pinProblem('1234')).toBeNull();
    expect(pinProblem('12345678')).toBeNull();
    expect(pinProblem('123456789')).toBe('long');
    expect(pinProblem('12a4')).toBe('digits');
  });

  it('makes the person wait after the fifth wrong PIN, twice as long each time, at most an hour', () => {
    expect([0, 1, 2, 3, 4].map(waitAfterFailures)).toEqual([0, 0, 0, 0, 0]);
    expect(waitAfterFailures(5)).toBe(30_000);
    expect(waitAfterFailures(6)).toBe(60_000);
    expect(waitAfterFailures(7)).toBe(120_000);
    expect(waitAfterFailures(30)).toBe(3_600_000);
  });

  it('locks on return after the county minutes in the background, and when the clock went back', () => {
    expect(lockOnReturn(0, 10_000, 60_000)).toBe(false); // never hidden
    expect(lockOnReturn(1_000, 60_999, 60_000)).toBe(false);
    expect(lockOnReturn(1_000, 61_000, 60_000)).toBe(true);
    expect(lockOnReturn(100_000, 50_000, 60_000)).toBe(true);
  });

  it('takes the lock minutes from the county configuration, 5 by default', () => {
    expect(activeConfig([]).lockAfterMinutes).toBe(5);
    const rec = { kind: 'config.county', data: { strataProfile: 'nasional', version: 2, lockAfterMinutes: 2 }, updatedAt: '2026-01-01T00:00:00.000Z' };
    expect(activeConfig([rec]).lockAfterMinutes).toBe(2);
  });
});

describe('key derivation for the PIN', () => {
  it('is PBKDF2-SHA-256 (RFC 7914 / known vector) and depends on salt and PIN', async () => {
    // PBKDF2-HMAC-SHA256("password", "salt", 1, 32) — the published test vector.
    const salt = btoa('salt');
    const h = await hashPin('password', salt, 1);
    expect(Buffer.from(h, 'base64').toString('hex')).toBe('120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b');
    expect(await hashPin('1234', salt, 10)).not.toBe(await hashPin('1235', salt, 10));
    expect(await hashPin('1234', salt, 10)).not.toBe(await hashPin('1234', btoa('pepper'), 10));
  });
});

describe('people on the phone', () => {
  it('stores no PIN in clear and checks it', async () => {
    const db = await freshDb();
    expect(await hasPeople(db)).toBe(false);
    const siti = await addPerson(db, { name: ' Siti Aminah ', pin: '482913' });
    expect(siti.name).toBe('Siti Aminah');
    expect(JSON.stringify(await db.meta.toArray())).not.toContain('482913');
    expect(await checkPin(db, siti.id, '482913')).toEqual({ ok: true, person: siti });
    expect(await checkPin(db, siti.id, '000000')).toMatchObject({ ok: false, reason: 'wrong', triesLeft: FREE_TRIES - 1 });
    expect(await listPeople(db)).toEqual([siti]);
  });

  it('refuses a missing or repeated name and a bad PIN', async () => {
    const db = await freshDb();
    await addPerson(db, { name: 'Siti', pin: '1234' });
    await expect(addPerson(db, { name: 'siti', pin: '5678' })).rejects.toEqual(new PersonError('nameTaken'));
    await expect(addPerson(db, { name: ' ', pin: '5678' })).rejects.toEqual(new PersonError('nameMissing'));
    await expect(addPerson(db, { name: 'Ani', pin: '12' })).rejects.toEqual(new PersonError('short'));
    expect((await listPeople(db)).map((p) => p.name)).toEqual(['Siti']);
  });

  it('five wrong PINs make every person wait, even the right PIN is not tried then; the wait survives a reopen', async () => {
    const db = await freshDb();
    const a = await addPerson(db, { name: 'Ani', pin: '1111' });
    const b = await addPerson(db, { name: 'Budi', pin: '2222' });
    let t = 1_000_000;
    for (let i = 0; i < 4; i++) expect(await checkPin(db, a.id, '9999', t++)).toMatchObject({ reason: 'wrong', waitMs: 0 });
    expect(await checkPin(db, a.id, '9999', t)).toMatchObject({ reason: 'wrong', triesLeft: 0, waitMs: 30_000 });
    expect(await checkPin(db, b.id, '2222', t + 1000)).toMatchObject({ ok: false, reason: 'wait', waitMs: 29_000 });
    db.close();
    await db.open();
    expect(await pinWait(db, t + 10_000)).toBe(20_000);
    // The clock turned back does not end the wait.
    expect(await checkPin(db, a.id, '1111', t - 500_000)).toMatchObject({ ok: false, reason: 'wait' });
    const after = t - 500_000 + 30_000;
    expect(await checkPin(db, a.id, '0000', after)).toMatchObject({ reason: 'wrong', waitMs: 60_000 });
    expect(await checkPin(db, a.id, '1111', after + 60_000)).toMatchObject({ ok: true });
    expect(await pinWait(db, after + 60_001)).toBe(0); // a right PIN clears the count
  });

  it('a changed PIN replaces the old one; removing the last person turns the lock off', async () => {
    const db = await freshDb();
    const a = await addPerson(db, { name: 'Ani', pin: '1111' });
    await changePin(db, a.id, '4321');
    expect(await checkPin(db, a.id, '1111')).toMatchObject({ ok: false });
    expect(await checkPin(db, a.id, '4321')).toMatchObject({ ok: true });
    await removePerson(db, a.id);
    expect(await hasPeople(db)).toBe(false);
  });
});

describe('who wrote it', () => {
  const data = { name: 'Anak', sex: 'L', birthDate: '2024-01-01', hasKms: true };

  it('the signed-in person is named in the history and the outbox, over the per-day choice', async () => {
    const db = await freshDb();
    const scope = { unitId: 'u1', date: '2026-12-03' };
    await chooseRecorder(db, scope, { name: 'Pilihan Hari Ini' });
    expect((await whoIsRecording(db, scope))?.source).toBe('day');
    const rec = await saveRecord(db, { kind: 'posyandu.child', addr: '64.11/64.11.05.2003/posyandu:P1', data }, { by: 'dev', byName: 'Pilihan Hari Ini' });
    signIn({ id: 'p1', name: 'Siti', kaderId: 'k1' });
    expect(await whoIsRecording(db, scope)).toEqual({ recorder: { name: 'Siti', kaderId: 'k1' }, source: 'profile' });
    await saveRecord(db, { id: rec.id, kind: 'posyandu.child', addr: rec.addr, data: { ...data, name: 'Anak B' } }, { by: 'dev', byName: 'Pilihan Hari Ini' });
    await deleteRecord(db, rec.id, { by: 'dev' });
    const hist = await db.history.toArray();
    expect(hist.map((h) => h.byName)).toEqual(['Siti', 'Siti']);
    expect((await db.outbox.toArray()).map((o) => o.byName)).toEqual(['Pilihan Hari Ini', 'Siti', 'Siti']);
    signIn(null);
    expect((await whoIsRecording(db, scope))?.source).toBe('day');
  });

  it('a conflict keeps the name of whoever wrote the losing version on this phone', async () => {
    const db = await freshDb();
    signIn({ id: 'p1', name: 'Siti' });
    const rec = await saveRecord(db, { kind: 'posyandu.child', addr: '64.11/64.11.05.2003/posyandu:P1', data }, { by: 'dev' });
    const entries = await db.outbox.toArray();
    const winner = { ...rec, data: { ...data, name: 'Lain' }, version: 7, updatedBy: 'other' };
    await applyPushResults(db, entries, { results: [{ seq: entries[0].seq!, recordId: rec.id, status: 'conflict', winner }], lastAppliedSeq: entries[0].seq! }, { trustDuplicates: true });
    expect((await db.conflicts.toArray()).map((c) => c.losingByName)).toEqual(['Siti']);
  });
});
