import type { KaderDb } from '../db';
import { listRecords } from '../records';
import type { SyncRecord } from '../../domain/records';
import type {
  HouseholdData, MutationData, PersonData, RtActivityData, RtReportData, TempResidentData,
} from '../../domain/records/rt';

export type Household = SyncRecord<HouseholdData>;
export type Person = SyncRecord<PersonData>;
export type MutationEntry = SyncRecord<MutationData>;
export type TempResident = SyncRecord<TempResidentData>;
export type RtReport = SyncRecord<RtReportData>;
export type RtActivity = SyncRecord<RtActivityData>;

/** Every book of one RT, read once; screens filter and count these in memory (600 people is small). */
export interface RtBooks {
  addr: string;
  households: Household[];
  persons: Person[];
  mutations: MutationEntry[];
  temps: TempResident[];
  reports: RtReport[];
  activities: RtActivity[];
}

export async function loadBooks(db: KaderDb, addr: string): Promise<RtBooks> {
  // One read transaction for the six kinds instead of one each: the books open as one consistent
  // snapshot, and a cheap phone pays the transaction set-up once.
  const [households, persons, mutations, temps, reports, activities] = await db.transaction('r', db.records, () =>
    Promise.all([
      listRecords<HouseholdData>(db, 'rt.household', addr),
      listRecords<PersonData>(db, 'rt.person', addr),
      listRecords<MutationData>(db, 'rt.mutation', addr),
      listRecords<TempResidentData>(db, 'rt.temp', addr),
      listRecords<RtReportData>(db, 'rt.report', addr),
      listRecords<RtActivityData>(db, 'rt.activity', addr),
    ]),
  );
  // listRecords matches by prefix; keep this RT only (rt:001 must not pull in a sub-address of another unit).
  const own = <T extends SyncRecord<unknown>>(rs: T[]) => rs.filter((r) => r.addr === addr);
  return {
    addr,
    households: own(households),
    persons: own(persons),
    mutations: own(mutations),
    temps: own(temps),
    reports: own(reports),
    activities: own(activities),
  };
}
