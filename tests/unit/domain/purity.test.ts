import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/domain runs on the phone and on the server: no UI, storage or network in it.
const root = join(__dirname, '..', '..', '..', 'src', 'domain');
const FORBIDDEN = /from ['"](react|react-dom|dexie|@ionic\/[^'"]*|zustand|workbox[^'"]*)['"]|\bfetch\(|indexedDB|localStorage|XMLHttpRequest|WebSocket/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('src/domain purity', () => {
  const all = files(root);
  it('has source files to check', () => expect(all.length).toBeGreaterThan(20));
  it.each(all.map((f) => [f.slice(root.length + 1), f]))('%s uses no UI, storage or network', (_, f) => {
    expect(readFileSync(f, 'utf8')).not.toMatch(FORBIDDEN);
  });
});
