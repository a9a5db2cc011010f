import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { KaderDb } from '../../../src/data/db';
import type { Scope } from '../../../src/sync/protocol';

let n = 0;
/** A fresh phone database (its own fake-indexeddb database). */
export function newDb(): KaderDb {
  return new KaderDb(`t-${process.pid}-${++n}-${Math.random().toString(36).slice(2)}`, { indexedDB, IDBKeyRange });
}

export const DESA = '64.11/64.11.05.2003';
export const POSY = `${DESA}/posyandu:P1`;
export const scopePosy: Scope = { kabupaten: '64.11', prefix: POSY, modules: ['posyandu'], label: 'Posyandu Mawar' };

export const child = (name: string) => ({ name, sex: 'P' as const, birthDate: '2024-03-01', hasKms: true });
export const visit = (childId: string, w: number) => ({ childId, date: '2025-01-10', weightKg: w });
