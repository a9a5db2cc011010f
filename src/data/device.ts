import type { KaderDb } from './db';
import type { Role, Scope } from '../domain/records/scope';

// Who this phone is: its enrolment with the county (kept in the `meta` table), before enrolment
// a stable local device id, and the profile typed in Settings (the kader's and the phone's
// names). The data layer signs every write with the device id; the sync engine (src/sync) stores
// the enrolment it receives here and sends the names with its requests.

/** This device's enrolment with the county endpoint. */
export interface Enrolment {
  deviceId: string;
  token: string;
  role: Role;
  scope: Scope;
  /** Base URL of the county endpoint ('' = same origin as the app). */
  serverUrl: string;
  enrolledAt: string;
}

const KEY = 'enrolment';

export async function getEnrolment(db: KaderDb): Promise<Enrolment | null> {
  const row = await db.meta.get(KEY);
  return (row?.value as Enrolment | undefined) ?? null;
}

export async function setEnrolment(db: KaderDb, e: Enrolment | null): Promise<void> {
  if (e) await db.meta.put({ key: KEY, value: e });
  else await db.meta.delete(KEY);
}

/** Device id used in `updatedBy`: the enrolled id, or before enrolment one stable per install. */
export async function localDeviceId(db: KaderDb, make: () => string): Promise<string> {
  const e = await getEnrolment(db);
  if (e) return e.deviceId;
  const row = await db.meta.get('localDeviceId');
  if (row) return row.value as string;
  const id = `local-${make()}`;
  await db.meta.put({ key: 'localDeviceId', value: id });
  return id;
}

/**
 * Who uses this phone: the kader's name (written into records where a person signs, e.g. "dicatat
 * oleh", and sent to the county so another phone can name her) and a device name the county sees
 * in its device list. Kept in `meta`, never synced as a record.
 */
export interface Profile {
  kaderName: string;
  deviceName: string;
}

const PROFILE_KEY = 'profile';
export const EMPTY_PROFILE: Profile = { kaderName: '', deviceName: '' };

export async function getProfile(db: KaderDb): Promise<Profile> {
  const row = await db.meta.get(PROFILE_KEY);
  return { ...EMPTY_PROFILE, ...((row?.value as Partial<Profile> | undefined) ?? {}) };
}

export async function setProfile(db: KaderDb, profile: Profile): Promise<Profile> {
  const clean: Profile = { kaderName: profile.kaderName.trim(), deviceName: profile.deviceName.trim() };
  await db.meta.put({ key: PROFILE_KEY, value: clean });
  return clean;
}
