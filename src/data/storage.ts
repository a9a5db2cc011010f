import { KaderDb, DB_NAME } from './db';

/** Storage problems the UI explains to the user in words (i18n keys under 'storage.'). */
export type StorageProblem = 'quota' | 'blocked' | 'versionTooNew' | 'unavailable' | 'unknown';

export function classifyStorageError(err: unknown): StorageProblem {
  const name = (err as { name?: string; inner?: { name?: string } })?.name ?? '';
  const inner = (err as { inner?: { name?: string } })?.inner?.name ?? '';
  const names = [name, inner];
  if (names.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'BlockedError' || n === 'VersionChangeError')) return 'blocked';
  if (names.some((n) => n === 'VersionError')) return 'versionTooNew';
  if (names.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError')) return 'unavailable';
  return 'unknown';
}

let appDb: KaderDb | undefined;
const onCreate: ((db: KaderDb) => void)[] = [];

/**
 * Runs `fn` on the app's database when it is first created, or at once if it already is. The shell
 * hooks its warnings on this way before anything can open the database, without building the
 * database object ahead of the first screen.
 */
export function onDbCreated(fn: (db: KaderDb) => void): void {
  if (appDb) fn(appDb);
  else onCreate.push(fn);
}

/** The app's single database (tests and the Node sync simulator create their own KaderDb). */
export function getDb(): KaderDb {
  if (!appDb) {
    appDb = new KaderDb(DB_NAME);
    for (const fn of onCreate.splice(0)) fn(appDb);
  }
  return appDb;
}

export interface StorageEstimate {
  usage: number;
  quota: number;
  persisted: boolean;
}

/** Asks the browser to keep our data under storage pressure; Chrome grants it to installed apps. */
export async function requestPersistence(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function storageEstimate(): Promise<StorageEstimate | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  const e = await navigator.storage.estimate();
  const persisted = navigator.storage.persisted ? await navigator.storage.persisted() : false;
  return { usage: e.usage ?? 0, quota: e.quota ?? 0, persisted };
}
