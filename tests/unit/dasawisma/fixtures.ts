import 'fake-indexeddb/auto';
import { KaderDb } from '../../../src/data/db';
import { newId } from '../../../src/data/ids';
import { setDasawismaClock } from '../../../src/data/dasawisma/context';
import type { FamilyData, MemberData } from '../../../src/domain/records/dasawisma';

// Test helpers only: a fresh database per test and a clock the test moves by hand.

export function freshDb(): KaderDb {
  return new KaderDb(`dw-test-${newId()}`);
}

export function useClock(start = '2026-11-01T08:00:00.000Z') {
  let now = new Date(start);
  setDasawismaClock(() => now);
  return {
    set(iso: string) {
      now = new Date(iso);
    },
    tick(ms = 1000) {
      now = new Date(now.getTime() + ms);
    },
  };
}

export const DESA = '64.11.05.2003';

export function family(headName: string, extra: Partial<FamilyData> = {}): FamilyData {
  return { year: 2026, headName, ...extra };
}

export function member(name: string, sex: 'L' | 'P', birthDate: string, extra: Partial<MemberData> = {}): MemberData {
  return { name, sex, birthDate, ...extra };
}
