import type * as v from 'valibot';
import type { ChildRecord, StrataRecords } from '../../domain';
import { posyanduKinds } from '../../domain/records/posyandu';
import { childRecordOf, strataInputs } from '../../domain/records/posyandu-inputs';
import type { LiveRecord, WeighingRow } from './load';

// Records of one Posyandu as the county loads them (SQL rows) → the domain's inputs, through the
// same pure mapping the phone uses (src/domain/records/posyandu-inputs.ts). The county tests still
// run the phone's read model and the county on the same records and compare every figure.

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
  return p.children.map((c) => childRecordOf(c, (byChild.get(c.id) ?? []).sort(byDateThenId)));
}

/** The strata inputs as the phone builds them on a day of month `asOf` (the same shared mapping). */
export function strataRecordsOf(p: PosyanduRecords, children: ChildRecord[], asOf: string): StrataRecords {
  return strataInputs(p, children, asOf);
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

/** Kinds of a unit read whole (loadKinds); children and weighings come as columns (loadChildren, loadWeighings). */
export const UNIT_KINDS = ['posyandu.unit', 'posyandu.session', 'posyandu.pregnant', 'posyandu.wuspus', 'posyandu.report'] as const;
