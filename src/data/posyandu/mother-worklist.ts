import type { KaderDb } from '../db';
import { listRecords } from '../records';
import { motherWorkList, type MotherWorkList, type WorkMaternalVisit } from '../../domain/kms/mothers';
import type { MaternalVisitData } from './ilp';
import type { MotherData, PregnantData } from './types';

// The mothers' part of the day's work list from the pregnancy and mother registers (domain
// kms/mothers.ts), with their ILP visit rows (posyandu.maternalVisit: LiLA, ANC, TTD, danger
// signs). Read when the day page opens; a few hundred records at most per Posyandu.

export interface MotherWork {
  list: MotherWorkList;
  /** record id → name */
  names: Map<string, string>;
}

export async function loadMotherWork(db: KaderDb, addr: string, date: string): Promise<MotherWork> {
  const [pregnant, mothers, visits] = await Promise.all([
    listRecords<PregnantData>(db, 'posyandu.pregnant', addr),
    listRecords<MotherData>(db, 'posyandu.mother', addr),
    listRecords<MaternalVisitData>(db, 'posyandu.maternalVisit', addr),
  ]);
  const names = new Map<string, string>([...pregnant, ...mothers].map((r) => [r.id, r.data.name]));
  const bySubject = new Map<string, WorkMaternalVisit[]>();
  for (const v of visits) {
    const list = bySubject.get(v.data.subjectId) ?? [];
    list.push({ id: v.id, ...v.data });
    bySubject.set(v.data.subjectId, list);
  }
  const list = motherWorkList(
    pregnant.map((r) => ({ id: r.id, ...r.data, visits: bySubject.get(r.id) })),
    mothers.map((r) => ({ id: r.id, deliveryDate: r.data.deliveryDate, vitaminA: r.data.vitaminA, visits: bySubject.get(r.id) })),
    date,
  );
  return { list, names };
}

/** How many lines the mothers' part adds to the work list's count. */
export function motherWorkCount(w: MotherWorkList): number {
  return w.kek.length + w.anc.length + w.ttd.length + w.nifasVitaminA.length + w.referral.length;
}
