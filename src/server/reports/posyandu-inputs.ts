import type * as v from 'valibot';
import type { ChildRecord, StrataRecords } from '../../domain';
import { posyanduKinds } from '../../domain/records/posyandu';
import type { LiveRecord, WeighingRow } from './load';

// Records of one Posyandu → the domain's inputs (ChildRecord[], StrataRecords). The same mapping
// as the phone's read model (src/data/posyandu/growth.ts toChildRecord, strata.ts strataRecords),
// written against the record kinds only, because the server may not import the phone's Dexie
// layer. tests/integration/county/equality.test.ts runs both on the same records and compares
// every figure, so a change on one side that the other misses fails there.

type Data<K extends keyof typeof posyanduKinds> = v.InferOutput<(typeof posyanduKinds)[K]['schema']>;
export type UnitData = Data<'posyandu.unit'>;
export type ChildData = Data<'posyandu.child'>;
export type SessionData = Data<'posyandu.session'>;
export type PregnantData = Data<'posyandu.pregnant'>;
export type WusPusData = Data<'posyandu.wuspus'>;

/** Everything of one Posyandu the overview and the drill-down compute from. */
export interface PosyanduRecords {
  unit: LiveRecord<UnitData>;
  children: LiveRecord<ChildData>[];
  weighings: WeighingRow[];
  sessions: LiveRecord<SessionData>[];
  pregnant: LiveRecord<PregnantData>[];
  wuspus: LiveRecord<WusPusData>[];
  /** months whose F1 report was marked sent */
  reportedMonths: string[];
}

/** Oldest first; within a day the row entered later (larger ULID) comes later and wins its month (phone: byDateThenId). */
function byDateThenId(a: WeighingRow, b: WeighingRow): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function childRecords(p: Pick<PosyanduRecords, 'children' | 'weighings'>): ChildRecord[] {
  const byChild = new Map<string, WeighingRow[]>();
  for (const w of p.weighings) {
    const list = byChild.get(w.childId);
    if (list) list.push(w);
    else byChild.set(w.childId, [w]);
  }
  return p.children.map((c) => {
    const ws = (byChild.get(c.id) ?? []).sort(byDateThenId);
    return {
      id: c.id,
      sex: c.data.sex,
      birthDate: c.data.birthDate,
      hasKms: c.data.hasKms,
      weighings: ws.map((w) => ({ date: w.date, weightKg: w.weightKg })),
      ...(c.data.leftDate ? { leftDate: c.data.leftDate } : {}),
    };
  });
}

/**
 * The strata inputs as the phone builds them on a day of month `asOf` (phone: strataRecords).
 * The unit lists the programmes running now with no start date, so they count from 1 January
 * of asOf's year, exactly as on the phone.
 */
export function strataRecordsOf(p: PosyanduRecords, children: ChildRecord[], asOf: string): StrataRecords {
  const kaderIds = new Set((p.unit.data.kaders ?? []).map((k) => k.id));
  const day = (iso: string) => iso.slice(0, 10);
  return {
    sessions: p.sessions.map((s) => ({
      date: s.data.date,
      kadersPresent: s.data.kadersPresent.filter((id) => kaderIds.has(id)).length,
      withWeighing: s.data.withWeighing,
    })),
    children,
    pregnancies: p.pregnant.map((r) => ({ registeredOn: r.data.registeredOn ?? day(r.updatedAt), ancComplete: r.data.ancComplete ?? false })),
    pus: p.wuspus
      .filter((w) => w.data.pus)
      .map((w) => ({ registeredOn: w.data.registeredOn ?? day(w.updatedAt), kbActive: w.data.kbActive, ...(w.data.leftOn ? { leftOn: w.data.leftOn } : {}) })),
    babies: p.children.map((c) => ({ registeredOn: c.data.birthDate, immunizationComplete: c.data.immunisationComplete ?? false })),
    programs: [...(p.unit.data.programmes ?? [])].map((name) => ({ name, startedOn: `${asOf.slice(0, 4)}-01-01` })),
    households: { total: p.unit.data.households ?? 0, danaSehat: p.unit.data.danaSehatHouseholds ?? 0 },
  };
}

/** Active kaders on the unit's roll (integrated-Posyandu condition "more than 5 kaders"). */
export function activeKaders(p: PosyanduRecords): number {
  return (p.unit.data.kaders ?? []).filter((k) => k.active).length;
}

/** Splits the kabupaten's Posyandu records by unit address; records of a unit that has no posyandu.unit record are left out. */
export function posyanduUnits(kinds: Map<string, LiveRecord[]>, weighings: WeighingRow[]): PosyanduRecords[] {
  const units = new Map<string, PosyanduRecords>();
  for (const u of kinds.get('posyandu.unit') ?? []) {
    units.set(u.addr, { unit: u, children: [], weighings: [], sessions: [], pregnant: [], wuspus: [], reportedMonths: [] });
  }
  const put = <K extends 'children' | 'sessions' | 'pregnant' | 'wuspus'>(kind: string, key: K) => {
    for (const r of kinds.get(kind) ?? []) (units.get(r.addr)?.[key] as LiveRecord[] | undefined)?.push(r);
  };
  put('posyandu.child', 'children');
  put('posyandu.session', 'sessions');
  put('posyandu.pregnant', 'pregnant');
  put('posyandu.wuspus', 'wuspus');
  for (const r of kinds.get('posyandu.report') ?? []) units.get(r.addr)?.reportedMonths.push(r.data.month);
  for (const w of weighings) units.get(w.addr)?.weighings.push(w);
  return [...units.values()];
}

/** Kinds read whole (loadKinds); children and weighings come as columns (loadChildren, loadWeighings). */
export const POSYANDU_KINDS = [
  'posyandu.unit', 'posyandu.session', 'posyandu.pregnant', 'posyandu.wuspus', 'posyandu.report',
  'config.county', 'config.kbm',
] as const;
