import type { Queryable } from '../db/types';
import { codeInfoOf, type CodeInfo } from '../admin/codes';

// Codes and devices as the county web view handles them. The CLI's listCodes shows a hint only
// and revokes by the code text; the web list needs a handle for each row, so a code is named by
// the first 16 hex digits of its stored hash (no more revealing than the hint, and never the code).
// Every statement is limited to the caller's kabupaten.

/** A code as the CLI lists it, plus the handle the web list revokes it by. */
export interface CountyCode extends CodeInfo {
  id: string;
}

export const CODE_ID = /^[0-9a-f]{16}$/;

export async function listCountyCodes(q: Queryable, kab: string): Promise<CountyCode[]> {
  const rows = await q.query<Record<string, unknown>>(
    `select left(code_hash, 16) as id, hint, role, scope, uses_left, expires_at, demo, created_at, revoked_at
     from enrol_codes where kab = $1 order by created_at, hint`,
    [kab],
  );
  return rows.map((r) => ({ id: String(r.id), ...codeInfoOf(r) }));
}

/** 'revoked', or why not: 'not-found' (no such code in this kabupaten) or 'already-revoked'. */
export async function revokeCountyCode(q: Queryable, kab: string, id: string): Promise<'revoked' | 'not-found' | 'already-revoked'> {
  const rows = await q.query<{ revoked_at: unknown }>(
    'select revoked_at from enrol_codes where kab = $1 and left(code_hash, 16) = $2',
    [kab, id],
  );
  if (!rows.length) return 'not-found';
  const done = await q.query(
    'update enrol_codes set revoked_at = now() where kab = $1 and left(code_hash, 16) = $2 and revoked_at is null returning hint',
    [kab, id],
  );
  return done.length ? 'revoked' : 'already-revoked';
}

export async function revokeCountyDevice(q: Queryable, kab: string, id: string): Promise<'revoked' | 'not-found' | 'already-revoked'> {
  const rows = await q.query<{ revoked_at: unknown }>('select revoked_at from devices where kab = $1 and id = $2', [kab, id]);
  if (!rows.length) return 'not-found';
  const done = await q.query('update devices set revoked_at = now() where kab = $1 and id = $2 and revoked_at is null returning id', [kab, id]);
  return done.length ? 'revoked' : 'already-revoked';
}
