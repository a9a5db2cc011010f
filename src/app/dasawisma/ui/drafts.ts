import { getDb } from '../../../data';

// Long forms keep what was typed in db.drafts, so a reload, an app update or a dead battery
// loses nothing; the draft is removed once the record is saved.

export async function readDraft<T>(key: string): Promise<T | undefined> {
  try {
    return (await getDb().drafts.get(key))?.value as T | undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, value: unknown): void {
  void getDb()
    .drafts.put({ key, value, updatedAt: new Date().toISOString() })
    .catch(() => undefined);
}

export async function clearDraft(key: string): Promise<void> {
  await getDb().drafts.delete(key).catch(() => undefined);
}
