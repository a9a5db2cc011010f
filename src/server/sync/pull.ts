import type { PeerDevice, PullRequest, PullResponse, Role } from '../../sync/protocol';
import type { Device } from '../auth/devices';
import { clampInt, iso, num, type Db } from '../db/types';
import { RECORD_COLS, kabLockKey, rowToRecord, type RecordRow } from './rows';
import { scopeSql } from './scope';
import { cleanOpt } from './text-safe';
import { lostEditsOf } from './lost-edits';

// Pull: records the device may see with version > cursor, in version order, one page at a time.

export const DEFAULT_PULL_LIMIT = 500;
const MAX_PEERS = 200;

export async function pull(db: Db, device: Device, req: PullRequest): Promise<PullResponse> {
  const limit = req.limit ?? DEFAULT_PULL_LIMIT;
  let cursor = parseCursor(req.cursor);
  // A phone's cursor only ever comes from this server's answers, and the server notes each one
  // (last_pull_cursor) before answering. A cursor beyond that note, or beyond anything the server
  // ever numbered, means the server was restored from an older backup: its numbering has gone
  // back and will hand out again versions this phone has already pulled past, so the phone
  // re-reads from the start or it would skip them. (The numbering alone is not enough: other
  // phones may push past the cursor before this one pulls.)
  const [known] = await db.query<{ top: unknown; given: unknown }>(
    `select (select last_value from change_seq) as top,
            (select last_pull_cursor from devices where kab = $1 and id = $2) as given`,
    [device.kab, device.id],
  );
  const reset = cursor > Math.min(num(known?.top), num(known?.given));
  if (reset) cursor = 0;

  const scope = scopeSql(device.scope, 4);
  // The exclusive side of the numbering lock (sync/push-write.ts): once we hold it, every version
  // handed out so far is committed, so the page below has no gaps that could fill in later.
  const rows = await db.tx(async (q) => {
    await q.query('select pg_advisory_xact_lock($1)', [kabLockKey(device.kab)]);
    return q.query<RecordRow>(
      `select ${RECORD_COLS} from records
       where kab = $1 and version > $2 and ${scope.sql}
       order by version limit $3`,
      [device.kab, cursor, limit + 1, ...scope.params],
    );
  });
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const changes = page.map(rowToRecord);
  const next = changes.length ? changes[changes.length - 1].version : cursor;

  const c = req.client ?? {};
  // greatest: a slower, older pull of the same device finishing late must not lower the note
  // (the phone would then look ahead of it and re-read everything for nothing).
  const dev = await db.query<{ last_applied_seq: unknown }>(
    `update devices set last_pull_cursor = greatest(last_pull_cursor, $3), last_sync_at = now(),
       app_version = coalesce($4, app_version), pending = coalesce($5, pending), config_version = coalesce($6, config_version),
       device_name = coalesce($7, device_name), kader_name = coalesce($8, kader_name)
     where kab = $1 and id = $2 returning last_applied_seq`,
    [device.kab, device.id, next, cleanOpt(c.appVersion), clampInt(c.pending), clampInt(c.configVersion), cleanOpt(c.deviceName, 80), cleanOpt(c.kaderName, 80)],
  );
  const res: PullResponse = {
    changes,
    cursor: String(next),
    hasMore,
    lastAppliedSeq: num(dev[0]?.last_applied_seq),
    serverTime: new Date().toISOString(),
  };
  if (!hasMore) res.peers = await peers(db, device);
  // Release 0.3 phones ask for the edits of other devices that lost against theirs.
  if (!hasMore && req.lostAfter !== undefined) Object.assign(res, await lostEditsOf(db, device, clampBigint(req.lostAfter)));
  if (reset) res.cursorReset = true;
  return res;
}

/** Devices enrolled at or below the caller's prefix (a PKK coordinator sees her group kaders). */
async function peers(db: Db, device: Device): Promise<PeerDevice[]> {
  const p = device.scope.prefix;
  const rows = await db.query<{ id: string; role: Role; label: string; last_sync_at: unknown }>(
    `select id, role, label, last_sync_at from devices
     where kab = $1 and id <> $2 and revoked_at is null
       and (scope->>'prefix' = $3 or scope->>'prefix' like $4)
     order by last_sync_at desc nulls last limit ${MAX_PEERS}`,
    [device.kab, device.id, p, p.replace(/[\\%_]/g, '\\$&') + '/%'],
  );
  return rows.map((r) => ({ deviceId: r.id, role: r.role, label: r.label, lastSyncAt: iso(r.last_sync_at) }));
}

const BIGINT_MAX = 9223372036854775807n;

/** A decimal string PostgreSQL's bigint can take (a larger number asks for nothing anyway). */
function clampBigint(s: string): string {
  return BigInt(s) > BIGINT_MAX ? String(BIGINT_MAX) : String(BigInt(s));
}

function parseCursor(s: string): number {
  const n = BigInt(s);
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}
