import { createHash, randomBytes } from 'node:crypto';

// Tokens and enrolment codes are secrets: the server stores only their SHA-256, so a copied
// database cannot be used to sync as a device.

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/**
 * The device token: `kd` + the kabupaten's four digits + `_` + 32 random bytes (base64url). The
 * kabupaten is not secret (the phone's scope says it); it lets the server find the device within
 * its kabupaten (`where kab = … and token_hash = …`), so on a database distributed by kabupaten
 * (docs/scaling.md) the lookup of every request goes to one shard instead of all of them.
 */
export function newToken(kab: string): string {
  return `kd${kab.replace('.', '')}_${randomBytes(32).toString('base64url')}`;
}

/**
 * The kabupaten a token names ('64.11'), or null for a token made before tokens carried it (a
 * random token can begin like this by chance: its lookup then falls back, see auth/devices.ts).
 */
export function kabOfToken(token: string): string | null {
  const m = /^kd(\d{2})(\d{2})_/.exec(token);
  return m ? `${m[1]}.${m[2]}` : null;
}

/** Codes are typed by hand on a phone: case and surrounding spaces do not matter. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

export function codeHash(code: string): string {
  return sha256('code:' + normalizeCode(code));
}

/** What list-codes shows instead of the code itself. */
export function codeHint(code: string): string {
  const c = normalizeCode(code);
  return c.length <= 6 ? c[0] + '…' : c.slice(0, 4) + '…' + c.slice(-2);
}

// No 0/O, 1/I/L: read aloud over the phone and typed on a small keyboard.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A fresh code like 'KD-7KQ2-M9XH' (about 40 bits). */
export function newCode(): string {
  const b = randomBytes(8);
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[b[i] % ALPHABET.length];
  return `KD-${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Device ids are not secret; they appear in updatedBy and in the county's device list. */
export function newDeviceId(): string {
  return 'dev-' + randomBytes(9).toString('base64url');
}
