import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KaderDb } from '../../../src/data/db';
import { InvalidRecordError, deleteRecord, saveRecord } from '../../../src/data/records';
import { classifyStorageError } from '../../../src/data/storage';

const ADDR = '64.11/64.11.05.2003/rt:001';
const ctx = { by: 'dev-1' };
let n = 0;
const opened: KaderDb[] = [];

async function freshDb() {
  const db = new KaderDb(`atomic-${++n}`);
  opened.push(db);
  await db.open();
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A storage failure as IndexedDB reports it when the disk is full. */
function quotaError() {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

async function snapshot(db: KaderDb) {
  return {
    records: await db.records.toArray(),
    outbox: await db.outbox.toArray(),
    history: await db.history.toArray(),
  };
}

describe('saveRecord writes record, outbox entry and history in one transaction', () => {
  it('a successful edit writes all three', async () => {
    const db = await freshDb();
    const a = await saveRecord(db, { kind: 'config.county', addr: ADDR, data: { strataProfile: 'nasional' } }, ctx);
    await saveRecord(db, { id: a.id, kind: 'config.county', addr: ADDR, data: { strataProfile: 'prangat-selatan-2025' } }, ctx);
    const s = await snapshot(db);
    expect(s.records).toHaveLength(1);
    expect(s.records[0].data).toEqual({ strataProfile: 'prangat-selatan-2025' });
    expect(s.outbox.map((o) => o.recordId)).toEqual([a.id, a.id]);
    expect(s.history).toHaveLength(1);
    expect(s.history[0].before).toEqual({ strataProfile: 'nasional' });
  });

  it('when the outbox write fails (disk full), the record is not changed either', async () => {
    const db = await freshDb();
    const a = await saveRecord(db, { kind: 'config.county', addr: ADDR, data: { strataProfile: 'nasional' } }, ctx);
    const before = await snapshot(db);

    const fail = () => {
      throw quotaError();
    };
    db.outbox.hook('creating', fail);
    const err = await saveRecord(db, { id: a.id, kind: 'config.county', addr: ADDR, data: { strataProfile: 'prangat-selatan-2025' } }, ctx).catch((e) => e);
    db.outbox.hook('creating').unsubscribe(fail);

    expect(err).toBeTruthy();
    expect(classifyStorageError(err)).toBe('quota');
    expect(await snapshot(db)).toEqual(before);
  });

  it('when the history write fails, neither the record nor the outbox entry is kept', async () => {
    const db = await freshDb();
    const a = await saveRecord(db, { kind: 'config.county', addr: ADDR, data: { strataProfile: 'nasional' } }, ctx);
    const before = await snapshot(db);

    const fail = () => {
      throw new Error('history write failed');
    };
    db.history.hook('creating', fail);
    await expect(
      saveRecord(db, { id: a.id, kind: 'config.county', addr: ADDR, data: { strataProfile: 'prangat-selatan-2025' } }, ctx),
    ).rejects.toThrow();
    await expect(deleteRecord(db, a.id, ctx)).rejects.toThrow();
    db.history.hook('creating').unsubscribe(fail);

    expect(await snapshot(db)).toEqual(before);
  });

  it('a new record whose outbox write fails leaves no record behind', async () => {
    const db = await freshDb();
    const fail = () => {
      throw quotaError();
    };
    db.outbox.hook('creating', fail);
    await expect(saveRecord(db, { kind: 'config.county', addr: ADDR, data: { strataProfile: 'nasional' } }, ctx)).rejects.toBeTruthy();
    expect(await snapshot(db)).toEqual({ records: [], outbox: [], history: [] });
  });

  it('invalid data is refused before anything is written', async () => {
    const db = await freshDb();
    const err = await saveRecord(db, { kind: 'config.county', addr: ADDR, data: { strataProfile: 'nope' } }, ctx).catch((e) => e);
    expect(err).toBeInstanceOf(InvalidRecordError);
    expect(await snapshot(db)).toEqual({ records: [], outbox: [], history: [] });
  });
});
