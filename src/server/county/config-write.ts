import type { Db } from '../db/types';
import { num } from '../db/types';
import { kabLockKey } from '../sync/rows';
import { checkData } from '../../domain/records';
import type { KbmTable, StrataProfileId } from '../../domain';

// The county changes its configuration: config.county (profile + version) and, when given, the
// county's KBM table (config.kbm), written as records at the kabupaten address so the sync server
// hands them to every device of the kabupaten on its next pull. The version in config.county goes
// up by one on every change; phones report the version they compute with.

export interface ConfigChange {
  strataProfile: StrataProfileId;
  /** a replacement KBM table; null = back to the built-in table (tombstone); undefined = unchanged */
  kbm?: KbmTable | null;
  /** minutes before phones with PINs lock in the background (issue 17); undefined = unchanged */
  lockAfterMinutes?: number;
}

export async function writeConfig(db: Db, kab: string, deviceId: string, change: ConfigChange, now = new Date()): Promise<number> {
  return db.tx(async (q) => {
    // Same lock as a push of this kabupaten: versions become visible in order (see sync/push-write.ts).
    await q.query('select pg_advisory_xact_lock($1)', [kabLockKey(kab)]);
    const rows = await q.query<{ id: string; data: { version?: number; lockAfterMinutes?: number } }>(
      "select id, data from records where kab = $1 and kind = 'config.county' and not deleted",
      [kab],
    );
    const current = rows.reduce((a, r) => Math.max(a, num(r.data?.version)), 0);
    const version = current + 1;
    // Keep the record phones already hold (the demo seed's, or one a county phone wrote).
    const top = [...rows].sort((a, b) => num(b.data?.version) - num(a.data?.version))[0];
    const id = top?.id ?? `config-county-${kab.replace(/\./g, '')}`;
    const at = now.toISOString();
    const lockAfterMinutes = change.lockAfterMinutes ?? top?.data?.lockAfterMinutes;
    const data = { strataProfile: change.strataProfile, version, changedOn: at.slice(0, 10), ...(lockAfterMinutes ? { lockAfterMinutes } : {}) };
    const ok = checkData('config.county', data);
    if (!ok.ok) throw new Error(ok.reason);
    await upsert(q, kab, id, 'config.county', data, false, at, deviceId);
    if (change.kbm !== undefined) {
      const kbmId = `config-kbm-${kab.replace(/\./g, '')}`;
      if (change.kbm === null) {
        await q.query(
          `update records set deleted = true, version = nextval('change_seq'), updated_at = $3, updated_by = $4, server_at = now()
           where kab = $1 and id = $2 and not deleted`,
          [kab, kbmId, at, deviceId],
        );
      } else {
        const k = checkData('config.kbm', change.kbm);
        if (!k.ok) throw new Error(k.reason);
        await upsert(q, kab, kbmId, 'config.kbm', k.data, false, at, deviceId);
      }
    }
    return version;
  });
}

async function upsert(q: { query: Db['query'] }, kab: string, id: string, kind: string, data: unknown, deleted: boolean, at: string, by: string) {
  await q.query(
    `insert into records (kab, id, kind, module, addr, parent, data, deleted, version, updated_at, updated_by)
     values ($1, $2, $3, 'config', $1, null, $4::jsonb, $5, nextval('change_seq'), $6, $7)
     on conflict (kab, id) do update set kind = excluded.kind, module = excluded.module, addr = excluded.addr,
       data = excluded.data, deleted = excluded.deleted, version = nextval('change_seq'), updated_at = excluded.updated_at,
       updated_by = excluded.updated_by, server_at = now()`,
    [kab, id, kind, JSON.stringify(data), deleted, at, by],
  );
}
