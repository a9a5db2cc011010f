import type * as v from 'valibot';
import type { ChildRecord } from '../kms';
import type { StrataRecords } from '../strata';
import type { posyanduKinds } from './posyandu';

// Posyandu records → the domain's inputs (ChildRecord, StrataRecords). One mapping for the phone's
// read model (src/data/posyandu) and the county reports (src/server/reports), so a county figure
// and the phone's figure for the same Posyandu and month come from the same code.

type Data<K extends keyof typeof posyanduKinds> = v.InferOutput<(typeof posyanduKinds)[K]['schema']>;

interface Rec<D> {
  id: string;
  data: D;
  updatedAt: string;
}

/** A child and its weighings, oldest first (within a day the later-entered row wins its month). */
export function childRecordOf(child: Pick<Rec<Data<'posyandu.child'>>, 'id' | 'data'>, weighings: readonly { date: string; weightKg?: number }[]): ChildRecord {
  const ws: ChildRecord['weighings'] = [];
  for (const w of weighings) if (w.weightKg !== undefined) ws.push({ date: w.date, weightKg: w.weightKg });
  return {
    id: child.id,
    sex: child.data.sex,
    birthDate: child.data.birthDate,
    hasKms: child.data.hasKms,
    weighings: ws,
    ...(child.data.leftDate ? { leftDate: child.data.leftDate } : {}),
  };
}

export interface PosyanduStrataSources {
  unit: Pick<Rec<Data<'posyandu.unit'>>, 'data'>;
  children: Pick<Rec<Data<'posyandu.child'>>, 'data'>[];
  sessions: Pick<Rec<Data<'posyandu.session'>>, 'data'>[];
  pregnant: Pick<Rec<Data<'posyandu.pregnant'>>, 'data' | 'updatedAt'>[];
  wuspus: Pick<Rec<Data<'posyandu.wuspus'>>, 'data' | 'updatedAt'>[];
}

/**
 * Everything the strata indicators are computed from (SPEC §3.4), as of a day in `asOf`'s year.
 * Registers without a registration date count from their last edit. The unit lists the programmes
 * running now with no start date, so they count from 1 January of asOf's year.
 */
export function strataInputs(src: PosyanduStrataSources, children: ChildRecord[], asOf: string): StrataRecords {
  const kaderIds = new Set((src.unit.data.kaders ?? []).map((k) => k.id));
  const day = (iso: string) => iso.slice(0, 10);
  return {
    sessions: src.sessions.map((s) => ({
      date: s.data.date,
      kadersPresent: s.data.kadersPresent.filter((id) => kaderIds.has(id)).length,
      withWeighing: s.data.withWeighing,
    })),
    children,
    pregnancies: src.pregnant.map((p) => ({ registeredOn: p.data.registeredOn ?? day(p.updatedAt), ancComplete: p.data.ancComplete ?? false })),
    pus: src.wuspus
      .filter((w) => w.data.pus)
      .map((w) => ({ registeredOn: w.data.registeredOn ?? day(w.updatedAt), kbActive: w.data.kbActive, ...(w.data.leftOn ? { leftOn: w.data.leftOn } : {}) })),
    // Babies: children born in the period (the immunisation cohort of that year).
    babies: src.children.map((c) => ({ registeredOn: c.data.birthDate, immunizationComplete: c.data.immunisationComplete ?? false })),
    programs: [...(src.unit.data.programmes ?? [])].map((name) => ({ name, startedOn: `${asOf.slice(0, 4)}-01-01` })),
    households: { total: src.unit.data.households ?? 0, danaSehat: src.unit.data.danaSehatHouseholds ?? 0 },
  };
}
