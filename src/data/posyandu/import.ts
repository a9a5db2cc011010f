import type { KaderDb } from '../db';
import { InvalidRecordError } from '../records';
import type { ImportPlan } from '../../domain/interop/eppgbm-import';
import { localToday } from './context';
import { AlreadyWeighedError, saveVisit, visitsOn } from './day';
import { findDuplicates, loadRegister, saveChild } from './register';
import type { Child, ChildData } from './types';

// Writes the good rows of an e-PPGBM import (domain/interop/eppgbm-import.ts) into a Posyandu's
// register. A child already here (same NIK, else same name and birth date) is not made again; a
// child already weighed on a row's date keeps that weighing: importing the same file twice, or a
// file that overlaps what the kaders typed, adds nothing twice.

export interface ImportResult {
  childrenNew: number;
  childrenFound: number;
  visitsNew: number;
  /** rows whose child already had a weighing that day (a second import, or typed by hand) */
  visitsAlready: number;
  /** rows the register refused, with the reason as the data layer words it */
  failed: { sheetRow: number; error: unknown }[];
}

export async function applyEppgbmImport(db: KaderDb, addr: string, plan: ImportPlan, opts: { byName?: string; today?: string } = {}): Promise<ImportResult> {
  const today = opts.today ?? localToday();
  const reg = await loadRegister(db, addr);
  const result: ImportResult = { childrenNew: 0, childrenFound: 0, visitsNew: 0, visitsAlready: 0, failed: [] };
  const byKey = new Map<string, Child>();
  for (const row of plan.rows) {
    if (!row.ok || !row.child || !row.measure) continue;
    const c = row.child;
    try {
      let child = byKey.get(c.key);
      if (!child) {
        child = (c.nik && reg.children.find((x) => x.data.nik === c.nik)) || findDuplicates(reg.children, c.name, c.birthDate)[0];
        if (child) result.childrenFound++;
        else {
          const data: ChildData = {
            name: c.name,
            sex: c.sex,
            birthDate: c.birthDate,
            hasKms: c.hasKms ?? false,
            ...(c.nik ? { nik: c.nik } : {}),
            ...(c.parentName ? { motherName: c.parentName } : {}),
            ...(c.birthWeightKg !== undefined ? { birthWeightKg: c.birthWeightKg } : {}),
            ...(c.address ? { address: c.address } : {}),
            ...(c.area ? { area: c.area } : {}),
            registeredOn: row.measure.date,
          };
          child = await saveChild(db, reg, data, { byName: opts.byName });
          reg.children.push(child);
          result.childrenNew++;
        }
        byKey.set(c.key, child);
      }
      const had = visitsOn(reg.visitsByChild.get(child.id), row.measure.date);
      if (had.length) {
        result.visitsAlready++;
        continue;
      }
      const saved = await saveVisit(db, child, row.measure, today, { byName: opts.byName });
      const list = reg.visitsByChild.get(child.id);
      if (list) list.push(saved);
      else reg.visitsByChild.set(child.id, [saved]);
      result.visitsNew++;
    } catch (error) {
      if (error instanceof AlreadyWeighedError) result.visitsAlready++;
      else if (error instanceof InvalidRecordError) result.failed.push({ sheetRow: row.sheetRow, error });
      else throw error;
    }
  }
  return result;
}
