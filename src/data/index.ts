// The phone's database: one Dexie database (db.ts) and the record repository (records.ts), the
// only way screens read and write data. Every write also queues the change for sync in the same
// transaction.
export * from './db';
export * from './ids';
export * from './records';
export * from './storage';
export * from './config';
