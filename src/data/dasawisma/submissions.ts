import type { KaderDb } from '../db';
import { listRecords, saveRecord } from '../records';
import type { SyncRecord } from '../../domain/records';
import type { RecapSubmissionData } from '../../domain/records/dasawisma';
import { clean, type Group } from './groups';
import { writeContext } from './context';

export const RECAP = 'dasawisma.recap';

export type Submission = SyncRecord<RecapSubmissionData>;
export type Snapshot = RecapSubmissionData['snapshot'];

/** Every recap the group submitted, newest first (a resubmission of a month is a new row). */
export async function listSubmissions(db: KaderDb, groupAddr: string): Promise<Submission[]> {
  const rows = await listRecords<RecapSubmissionData>(db, RECAP, groupAddr);
  return rows.filter((r) => r.addr === groupAddr).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id));
}

/** The submission that counts for a month: the latest one for it. */
export function submissionFor(subs: Submission[], month: string): Submission | undefined {
  return subs.find((s) => s.data.month === month);
}

export async function submitRecap(
  db: KaderDb,
  group: Pick<Group, 'addr'>,
  input: { month: string; submittedOn: string; submittedBy?: string; snapshot: Snapshot },
): Promise<Submission> {
  return saveRecord<RecapSubmissionData>(db, { kind: RECAP, addr: group.addr, data: clean(input) }, await writeContext(db));
}
