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

/** The app's single database (tests and the Node sync simulator create their own KaderDb). */
export function getDb(): KaderDb {
  appDb ??= new KaderDb(DB_NAME);
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
