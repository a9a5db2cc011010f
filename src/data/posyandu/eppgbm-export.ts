import type { KaderDb } from '../db';
import { listRecords } from '../records';
import type { EppgbmExportInput, EppgbmPlace } from '../../domain/interop/eppgbm-export';
import type { Month } from '../../domain/types';
import type { ChildData, Unit, VisitData } from './types';

// What the phone hands to the e-PPGBM export (domain/interop/eppgbm-export.ts) for one Posyandu
// and month, and the area names e-PPGBM wants in every row (Prov, Kab/Kota, Kec, Pukesmas): the
// Posyandu record does not hold them, so the kader types them once and this phone keeps them
// (db.meta, per Posyandu). Not in the data index: only the lazy export page reads it.

const placeKey = (unitId: string) => `interop.eppgbmPlace.${unitId}`;

export async function loadEppgbmPlace(db: KaderDb, unitId: string): Promise<EppgbmPlace> {
  const row = await db.meta.get(placeKey(unitId));
  return (row?.value as EppgbmPlace | undefined) ?? {};
}

export async function saveEppgbmPlace(db: KaderDb, unitId: string, place: EppgbmPlace): Promise<void> {
  const clean: EppgbmPlace = {};
  for (const k of ['prov', 'kab', 'kec', 'puskesmas'] as const) {
    const s = place[k]?.trim();
    if (s) clean[k] = s.slice(0, 120);
  }
  await db.meta.put({ key: placeKey(unitId), value: clean });
}

/**
 * Every live child and visit of the unit, read from the records (not the register's cached growth
 * columns): the export needs services (vitamin A) and every field as saved. Visits oldest first,
 * within a day in entry order, as the register orders them.
 */
export async function loadEppgbmExport(db: KaderDb, unit: Unit, month: Month, place: EppgbmPlace): Promise<EppgbmExportInput> {
  const [children, visits] = await Promise.all([
    listRecords<ChildData>(db, 'posyandu.child', unit.addr),
    listRecords<VisitData>(db, 'posyandu.visit', unit.addr),
  ]);
  visits.sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    posyandu: { name: unit.data.name, ...(unit.data.desaName ? { desaName: unit.data.desaName } : {}), ...(unit.data.desaCode ? { desaCode: unit.data.desaCode } : {}) },
    place,
    month,
    children: children.map((c) => ({ id: c.id, data: c.data })),
    visits: visits.map((x) => x.data),
  };
}
