import type { KaderDb } from './db';
import { activeConfig, type ActiveConfig } from '../domain/records/config';
import { listRecords } from './records';

/**
 * The county configuration in force on this phone (strata profile, KBM table, version), from the
 * config records the county pushed; the built-in defaults until one has synced. The same
 * `activeConfig` the county server uses, so both compute with the same table.
 */
export async function loadActiveConfig(db: KaderDb): Promise<ActiveConfig> {
  const [county, kbm] = await Promise.all([listRecords(db, 'config.county'), listRecords(db, 'config.kbm')]);
  return activeConfig([...county, ...kbm] as Parameters<typeof activeConfig>[0]);
}
