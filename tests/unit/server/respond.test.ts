import type { IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encode, pickEncoding } from '../../../src/server/http/respond';

const req = (accept?: string) => ({ headers: accept === undefined ? {} : { 'accept-encoding': accept } }) as IncomingMessage;

describe('pickEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip', 'gzip'],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['BR', 'br'],
    ['gzip;q=0, br;q=0', null],
    ['brotli', null],
    ['br;q=0.5', 'br'],
  ])('%s → %s', (accept, want) => {
    expect(pickEncoding(req(accept))).toBe(want);
  });
});

describe('encode', () => {
  const body = Buffer.from(JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ id: i, kind: 'posyandu.visit', weightKg: 10 + (i % 7) / 10 }))));
  it('round-trips and shrinks with both encodings, brotli the smaller', async () => {
    const b = await encode(body, 'br');
    const g = await encode(body, 'gzip');
    expect(brotliDecompressSync(b).equals(body)).toBe(true);
    expect(gunzipSync(g).equals(body)).toBe(true);
    expect(b.length).toBeLessThan(g.length);
  });
});
