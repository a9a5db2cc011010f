import type { KaderDb } from '../db';
import { loadActiveConfig } from '../config';
import { listRecords } from '../records';
import { monthOf } from '../../domain/dates';
import { strataInputs } from '../../domain/records/posyandu-inputs';
import {
  calendarYear, integratedEligibility, last12Months, strataView,
  type IntegratedEligibility, type StrataProfileId, type StrataRecords, type StrataView,
} from '../../domain/strata';

export type { StrataView };
import { toChildRecord } from './growth';
import { listSessions } from './day';
import type { Register } from './register';
import type { PregnantData, Unit, WusPusData } from './types';

export interface StrataReport {
  profile: StrataProfileId;
  profileSource: 'county' | 'local';
  year: StrataView;
  rolling: StrataView;
  integrated: IntegratedEligibility;
}

/**
 * The county's profile when its config has synced to this phone (the highest config version, the
 * same rule the county server applies), else the Posyandu's own choice.
 */
export async function strataProfileFor(db: KaderDb, unit: Unit): Promise<{ profile: StrataProfileId; source: 'county' | 'local' }> {
  const config = await loadActiveConfig(db);
  if (config.source === 'county') return { profile: config.strataProfile, source: 'county' };
  return { profile: unit.data.strataProfile ?? 'nasional', source: 'local' };
}

/** Everything of this Posyandu the strata indicators are computed from (SPEC §3.4). */
export async function strataRecords(db: KaderDb, unit: Unit, reg: Register, asOf: string): Promise<StrataRecords> {
  const [sessions, pregnant, wuspus] = await Promise.all([
    listSessions(db, unit.addr),
    listRecords<PregnantData>(db, 'posyandu.pregnant', unit.addr),
    listRecords<WusPusData>(db, 'posyandu.wuspus', unit.addr),
  ]);
  const children = reg.children.map((c) => toChildRecord(c, reg.visitsByChild.get(c.id) ?? []));
  return strataInputs({ unit, children: reg.children, sessions, pregnant, wuspus }, children, asOf);
}

/** Strata of the calendar year of `today` (official) and of the last 12 months, with the 004 C.1 checklist. */
export async function strataReport(db: KaderDb, unit: Unit, reg: Register, today: string, year = +today.slice(0, 4)): Promise<StrataReport> {
  const { profile, source } = await strataProfileFor(db, unit);
  const asOf = monthOf(today);
  const records = await strataRecords(db, unit, reg, asOf);
  const yearView = strataView(records, calendarYear(year), profile);
  const rolling = strataView(records, last12Months(asOf), profile);
  const reports = await listRecords<{ month: string }>(db, 'posyandu.report', unit.addr);
  const inYear = (d: string) => d.startsWith(`${year}-`);
  // Months of the current year still to come cannot have a report yet.
  const yearSoFar = { from: `${year}-01`, to: asOf < `${year}-12` && asOf >= `${year}-01` ? asOf : `${year}-12` };
  const integrated = integratedEligibility({
    level: yearView.result.level,
    activitiesHeld: new Set(records.sessions.filter((s) => inYear(s.date)).map((s) => s.date)).size,
    reportedMonths: reports.map((r) => r.data.month),
    period: yearSoFar,
    kaderCount: (unit.data.kaders ?? []).filter((k) => k.active).length,
  });
  return { profile, profileSource: source, year: yearView, rolling, integrated };
}
