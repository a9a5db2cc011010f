import type { Db } from '../db/types';
import { iso, json, num } from '../db/types';
import type { Role, Scope } from '../../sync/protocol';
import { codeHash, codeHint, newCode, normalizeCode } from '../auth/secrets';
import { makeScope, refuse, type Refused } from './roles';

// Enrolment codes: created by county staff (CLI now, county web view later), used once by default.

export interface CreateCodeInput {
  role: string;
  prefix: string;
  label?: string;
  modules?: string[];
  /** null = unlimited (demo codes); default 1. */
  uses?: number | null;
  expiresDays?: number;
  /** Fixed code text (demo codes); otherwise a random one. */
  code?: string;
  demo?: boolean;
}

export type CreateCodeResult = { ok: true; code: string; role: Role; scope: Scope } | Refused;

export async function createCode(db: Db, i: CreateCodeInput): Promise<CreateCodeResult> {
  const s = makeScope(i.role, i.prefix, i.label, i.modules);
  if (!s.ok) return s;
  const code = normalizeCode(i.code ?? newCode());
  if (!/^[A-Z0-9-]{4,64}$/.test(code)) return refuse('bad-code', 'code must be 4–64 letters, digits or dashes');
  const uses = i.uses === undefined ? 1 : i.uses;
  if (uses !== null && (!Number.isInteger(uses) || uses < 1)) return refuse('bad-uses', 'uses must be a positive integer');
  const expires = i.expiresDays ? new Date(Date.now() + i.expiresDays * 86_400_000).toISOString() : null;
  const rows = await db.query(
    `insert into enrol_codes (code_hash, hint, kab, role, scope, uses_left, expires_at, demo)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7, $8) on conflict (code_hash) do nothing returning code_hash`,
    [codeHash(code), codeHint(code), s.scope.kabupaten, s.role, JSON.stringify(s.scope), uses, expires, !!i.demo],
  );
  if (!rows.length) return refuse('code-exists', 'this code exists already');
  return { ok: true, code, role: s.role, scope: s.scope };
}

export interface CodeInfo {
  hint: string;
  role: Role;
  scope: Scope;
  usesLeft: number | null;
  expiresAt: string | null;
  demo: boolean;
  createdAt: string | null;
  revokedAt: string | null;
}

export async function listCodes(db: Db, kab?: string): Promise<CodeInfo[]> {
  const rows = await db.query<Record<string, unknown>>(
    `select hint, role, scope, uses_left, expires_at, demo, created_at, revoked_at from enrol_codes
     where ($1::text is null or kab = $1) order by created_at, hint`,
    [kab ?? null],
  );
  return rows.map(codeInfoOf);
}

/** An enrol_codes row (hint, role, scope, uses_left, expires_at, demo, created_at, revoked_at) as CodeInfo. */
export function codeInfoOf(r: Record<string, unknown>): CodeInfo {
  return {
    hint: String(r.hint),
    role: r.role as Role,
    scope: json<Scope>(r.scope),
    usesLeft: r.uses_left === null ? null : num(r.uses_left),
    expiresAt: iso(r.expires_at),
    demo: !!r.demo,
    createdAt: iso(r.created_at),
    revokedAt: iso(r.revoked_at),
  };
}

export async function revokeCode(db: Db, code: string): Promise<boolean> {
  const rows = await db.query(
    'update enrol_codes set revoked_at = now() where code_hash = $1 and revoked_at is null returning hint',
    [codeHash(code)],
  );
  return rows.length > 0;
}
