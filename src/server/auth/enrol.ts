import type { EnrollRequest, EnrollResponse, Role, Scope } from '../../sync/protocol';
import { json, num, type Db } from '../db/types';
import { cleanOpt } from '../sync/text-safe';
import { codeHash, newDeviceId, newToken, sha256 } from './secrets';

export type EnrolResult = { ok: true; res: EnrollResponse } | { ok: false; reason: string };

/** Uses an enrolment code (in one transaction, so two phones cannot share a single-use code). */
export async function enrolDevice(db: Db, req: EnrollRequest): Promise<EnrolResult> {
  return db.tx(async (q) => {
    const rows = await q.query<{ hint: string; role: Role; scope: unknown; uses_left: unknown; expires_at: unknown; revoked_at: unknown }>(
      'select hint, role, scope, uses_left, expires_at, revoked_at from enrol_codes where code_hash = $1 for update',
      [codeHash(req.code)],
    );
    const c = rows[0];
    if (!c) return { ok: false, reason: 'unknown-code' };
    if (c.revoked_at) return { ok: false, reason: 'revoked-code' };
    if (c.expires_at && new Date(c.expires_at as string).getTime() < Date.now()) return { ok: false, reason: 'expired-code' };
    if (c.uses_left !== null && num(c.uses_left) <= 0) return { ok: false, reason: 'used-code' };
    if (c.uses_left !== null) await q.query('update enrol_codes set uses_left = uses_left - 1 where code_hash = $1', [codeHash(req.code)]);
    const scope = json<Scope>(c.scope);
    const deviceId = newDeviceId();
    const token = newToken(scope.kabupaten);
    await q.query(
      `insert into devices (kab, id, token_hash, role, scope, label, code_hint, device_name, app_version)
       values ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9)`,
      [scope.kabupaten, deviceId, sha256(token), c.role, JSON.stringify(scope), scope.label, c.hint, cleanOpt(req.deviceName), cleanOpt(req.appVersion)],
    );
    return { ok: true, res: { deviceId, token, role: c.role, scope } };
  });
}
