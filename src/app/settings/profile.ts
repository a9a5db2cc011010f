import type { KaderDb } from '../../data/db';

/**
 * Who uses this phone: the kader's name (written into records where a person signs, e.g. "dicatat
 * oleh") and a device name the county sees in its device list. Kept in `meta`, never synced as a
 * record; modules read it with getProfile().
 */
export interface Profile {
  kaderName: string;
  deviceName: string;
}

const KEY = 'profile';
export const EMPTY_PROFILE: Profile = { kaderName: '', deviceName: '' };

export async function getProfile(db: KaderDb): Promise<Profile> {
  const row = await db.meta.get(KEY);
  return { ...EMPTY_PROFILE, ...((row?.value as Partial<Profile> | undefined) ?? {}) };
}

export async function setProfile(db: KaderDb, profile: Profile): Promise<Profile> {
  const clean: Profile = { kaderName: profile.kaderName.trim(), deviceName: profile.deviceName.trim() };
  await db.meta.put({ key: KEY, value: clean });
  return clean;
}
