import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_DB_VERSION, KaderDb } from '../../../src/data/db';
import { InvalidRecordError } from '../../../src/data/records';
import { classifyStorageError } from '../../../src/data/storage';
import { watchDatabase } from '../../../src/app/shell/db-events';
import { describeSaveError } from '../../../src/app/shell/save-errors';
import { useStorageNotice } from '../../../src/app/shell/storage-notice';
import { useLang } from '../../../src/app/i18n/store';

let n = 0;
afterEach(() => {
  useStorageNotice.setState({ problem: null });
  useLang.setState({ lang: 'id' });
});

function until(cond: () => boolean, ms = 2000) {
  return new Promise<void>((ok, fail) => {
    const t0 = Date.now();
    const tick = () => (cond() ? ok() : Date.now() - t0 > ms ? fail(new Error('timeout')) : setTimeout(tick, 5));
    tick();
  });
}

describe('classifyStorageError', () => {
  it('recognises the errors IndexedDB and Dexie throw, also when Dexie wraps them', () => {
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe('quota');
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('blocked');
    expect(classifyStorageError(new Dexie.VersionError('too new'))).toBe('versionTooNew');
    expect(classifyStorageError(new Dexie.MissingAPIError())).toBe('unavailable');
    expect(classifyStorageError(new Error('boom'))).toBe('unknown');
  });
});

describe('describeSaveError', () => {
  it('explains invalid data and storage failures in the user language', () => {
    // A reason that is not an issue (an older phone's, or validator text): a general sentence, never the text itself.
    const invalid = describeSaveError(new InvalidRecordError('posyandu.child.name: Invalid length: Expected <=120 but received 121'));
    expect(invalid.problem).toBe('invalid');
    expect(invalid.message).toBe('Ada isian yang belum benar. Periksa lagi formulirnya.');

    const quota = describeSaveError(new DOMException('full', 'QuotaExceededError'));
    expect(quota.problem).toBe('quota');
    expect(quota.message).toMatch(/^Memori HP penuh\. Data yang sudah tersimpan aman/);

    useLang.setState({ lang: 'en' });
    expect(describeSaveError(new Dexie.DatabaseClosedError()).message).toMatch(/another tab with an older version/);
    expect(describeSaveError(new Error('disk on fire')).message).toBe('Could not save: disk on fire. What was saved before is safe.');
  });
});

describe('two tabs with different versions', () => {
  it('an old tab closes its connection when a newer version upgrades, and tells the user to reload', async () => {
    const name = `tabs-${++n}`;
    const oldTab = new KaderDb(name);
    watchDatabase(oldTab);
    await oldTab.records.put({ id: 'r1', kind: 'config.county', addr: 'a', parent: null, data: {}, deleted: false, version: 0, updatedAt: '', updatedBy: 'd' });

    // A later release with schema version 3 opens the same database in another tab.
    const newTab = new Dexie(name);
    newTab.version(3).stores({ records: 'id, kind, [kind+addr], [kind+parent]', outbox: '++seq, recordId', meta: 'key', history: '++id, recordId', conflicts: 'id, recordId, resolved', rejections: 'id, recordId', drafts: 'key', extra: 'id' });
    await newTab.open(); // would hang (blocked) if the old tab kept its connection
    expect(newTab.verno).toBe(3);
    expect(await newTab.table('records').count()).toBe(1);
    expect(useStorageNotice.getState().problem).toBe('versionTooNew');
    expect(oldTab.isOpen()).toBe(false);
    newTab.close();
    await Dexie.delete(name);
  });

  it('an upgrade blocked by an old tab that does not let go says so, and goes on when that tab closes', async () => {
    const name = `tabs-${++n}`;
    // An old connection that ignores versionchange (as a release before this fix would).
    const old = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(name, 10); // Dexie stores version 1 as 10
      req.onupgradeneeded = () => {
        const idb = req.result;
        idb.createObjectStore('records', { keyPath: 'id' });
        idb.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
        idb.createObjectStore('meta', { keyPath: 'key' });
      };
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });

    const db = new KaderDb(name);
    watchDatabase(db);
    const opening = db.open();
    await until(() => useStorageNotice.getState().problem === 'blocked');
    old.close();
    await opening;
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    expect(useStorageNotice.getState().problem).toBeNull();
    db.close();
    await Dexie.delete(name);
  });
});

describe("the app database's creation hook (main.tsx: onDbCreated(watchDatabase))", () => {
  it('hooks on before the first use, once, and at once when the database already exists', async () => {
    vi.resetModules(); // a fresh module: its single app database is not created yet
    const storage = await import('../../../src/data/storage');
    const seen: unknown[] = [];
    storage.onDbCreated((db) => seen.push(db));
    expect(seen).toEqual([]); // registering builds nothing ahead of the first screen
    const db = storage.getDb();
    expect(seen).toEqual([db]);
    expect(storage.getDb()).toBe(db);
    expect(seen).toHaveLength(1);
    storage.onDbCreated((late) => seen.push(late));
    expect(seen).toEqual([db, db]);
  });
});
