import type { KaderDb } from '../db';

// Half-filled forms live in db.drafts, so a reload or an app update never loses an entry.

export async function loadDraft<T>(db: KaderDb, key: string): Promise<T | undefined> {
  return (await db.drafts.get(key))?.value as T | undefined;
}

export async function saveDraft(db: KaderDb, key: string, value: unknown): Promise<void> {
  await db.drafts.put({ key, value, updatedAt: new Date().toISOString() });
}

export async function clearDraft(db: KaderDb, key: string): Promise<void> {
  await db.drafts.delete(key);
}
