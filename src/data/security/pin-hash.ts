// The PIN is never stored: only PBKDF2-SHA-256 of it with a random salt, through WebCrypto
// (native code, off the JavaScript thread in Chromium). The iteration count is stored with each
// hash so a later release can raise it without locking anyone out.

/** ~60–150 ms on a cheap Android phone; the unlock budget is 300 ms (tests/bench/app.bench.ts). */
export const PIN_ITERATIONS = 100_000;

const enc = new TextEncoder();

export function toB64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromB64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** PBKDF2-SHA-256(pin, salt) → 32 bytes, base64. */
export async function hashPin(pin: string, saltB64: string, iterations = PIN_ITERATIONS): Promise<string> {
  const base = await crypto.subtle.importKey('raw', enc.encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromB64(saltB64) as BufferSource, iterations }, base, 256);
  return toB64(new Uint8Array(bits));
}

/** Compares without stopping at the first differing character. */
export function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return d === 0;
}
