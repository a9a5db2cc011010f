import { getDb, newId } from '../../../data';

// Long forms keep what was typed in db.drafts, so a reload, an app update or a dead battery
// loses nothing; the draft is removed once the record is saved.
//
// A draft belongs to one record and is restored only into it: an existing family's draft is keyed
// by the family's id, and a new family gets its own id when its form opens (the form's address
// carries it, `?draf=<id>`, and the saved record takes that id). So an unsaved new family never
// fills in the next new family's form; it waits in the group's list of unsaved drafts instead.

export interface Draft<T> {
  value: T;
  updatedAt: string;
}

export async function readDraft<T>(key: string): Promise<Draft<T> | undefined> {
  try {
    const row = await getDb().drafts.get(key);
    return row ? { value: row.value as T, updatedAt: row.updatedAt } : undefined;
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

const FAMILY = 'dasawisma.family:';

/** The draft key of a family form: the family's own id, or a new family's id within its group. */
export function familyDraftKey(familyId: string | undefined, groupId: string, newFamilyId: string): string {
  return familyId ? `${FAMILY}${familyId}` : `${FAMILY}new:${groupId}:${newFamilyId}`;
}

/**
 * Unsaved new families of a group, newest first. A draft kept by an earlier release under the
 * group's single new-family key (`…new:<groupId>`) is given its own id here, so it is offered in
 * this list rather than poured into whichever new family is opened next.
 */
export async function newFamilyDrafts<T>(groupId: string): Promise<{ id: string; value: T; updatedAt: string }[]> {
  const db = getDb();
  const prefix = `${FAMILY}new:${groupId}`;
  try {
    const legacy = await db.drafts.get(prefix);
    if (legacy) {
      await db.transaction('rw', db.drafts, async () => {
        await db.drafts.put({ ...legacy, key: `${prefix}:${newId()}` });
        await db.drafts.delete(prefix);
      });
    }
    const rows = await db.drafts.where('key').startsWith(`${prefix}:`).toArray();
    return rows
      .map((r) => ({ id: r.key.slice(prefix.length + 1), value: r.value as T, updatedAt: r.updatedAt }))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  } catch {
    return [];
  }
}
