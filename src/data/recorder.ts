import type { KaderDb } from './db';

// "Who is recording now?" — the one place every screen asks before it writes a record that names
// its recorder (a weighing's kader, the history's "by"). Today a kader is chosen once per day on
// the day page and remembered in db.meta, so a reload or an app update keeps it. A later release
// adds people with PIN profiles on the phone: it registers a profile source here and every
// screen gets the signed-in person without change.

export interface Recorder {
  /** the unit's kader id, when the person is one of its listed kaders */
  kaderId?: string;
  name: string;
}

/** Where the answer came from: a phone profile, or the choice made for this day. */
export type RecorderSource = 'profile' | 'day';

export interface RecorderScope {
  /** the unit (Posyandu) the person records for */
  unitId: string;
  /** the day being recorded ('YYYY-MM-DD'): a past day entered from paper has its own choice */
  date: string;
}

type ProfileSource = (db: KaderDb, scope: RecorderScope) => Promise<Recorder | null>;

let profileSource: ProfileSource | null = null;

/** For the phone-profile feature: the signed-in person answers before any per-day choice. */
export function setProfileRecorderSource(source: ProfileSource | null): void {
  profileSource = source;
}

const key = (s: RecorderScope) => `recorder:${s.unitId}:${s.date}`;
const LAST = (unitId: string) => `recorder:${unitId}:last`;

export async function whoIsRecording(db: KaderDb, scope: RecorderScope): Promise<{ recorder: Recorder; source: RecorderSource } | null> {
  const fromProfile = profileSource ? await profileSource(db, scope) : null;
  if (fromProfile) return { recorder: fromProfile, source: 'profile' };
  const chosen = (await db.meta.get(key(scope)))?.value as Recorder | undefined;
  return chosen?.name ? { recorder: chosen, source: 'day' } : null;
}

/** The kader chose who records on this day (kept for the day, and as the next day's suggestion). */
export async function chooseRecorder(db: KaderDb, scope: RecorderScope, recorder: Recorder): Promise<void> {
  const r: Recorder = { name: recorder.name.trim(), ...(recorder.kaderId ? { kaderId: recorder.kaderId } : {}) };
  await db.meta.bulkPut([{ key: key(scope), value: r }, { key: LAST(scope.unitId), value: r }]);
}

/** Who recorded last time on this phone for the unit: offered first, never assumed. */
export async function lastRecorder(db: KaderDb, unitId: string): Promise<Recorder | null> {
  return ((await db.meta.get(LAST(unitId)))?.value as Recorder | undefined) ?? null;
}
