import 'fake-indexeddb/auto';
import { KaderDb } from '../../../src/data/db';
import { newId } from '../../../src/data/ids';
import { saveUnit, type ChildData, type Unit } from '../../../src/data/posyandu';

let n = 0;
/** A fresh, empty database per test (fake-indexeddb keeps databases per name). */
export function freshDb(): KaderDb {
  return new KaderDb(`posyandu-test-${Date.now()}-${n++}-${newId()}`);
}

export async function setupUnit(db: KaderDb, kaders = 5): Promise<Unit> {
  return saveUnit(db, {
    name: 'Posyandu Mawar',
    desaCode: '64.11.05.2003',
    desaName: 'Prangat Selatan',
    kaders: Array.from({ length: kaders }, (_, i) => ({ id: `k${i}`, name: `Kader ${i}`, role: 'anggota' as const, active: true })),
    programmes: ['BKB'],
  });
}

export const child = (name: string, sex: 'L' | 'P', birthDate: string, extra: Partial<ChildData> = {}): ChildData => ({
  name, sex, birthDate, hasKms: true, motherName: `Ibu ${name}`, ...extra,
});
