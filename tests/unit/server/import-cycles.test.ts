import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The server's files depend on each other one way: no file imports (even a type from) a file that
// imports it back, directly or through others. A cycle was county/handlers ⇄ county/routes.
const src = resolve(__dirname, '..', '..', '..', 'src');
const root = join(src, 'server');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Relative imports and re-exports of a file, resolved to files (type-only ones included). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = resolve(dirname(file), m[1]);
    const hit = [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
    if (hit) out.push(hit);
  }
  return out;
}

function cycles(nodes: string[]): string[][] {
  const graph = new Map(nodes.map((f) => [f, importsOf(f).filter((x) => x.startsWith(root))]));
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') found.push([...stack.slice(stack.indexOf(g)), g].map((x) => relative(src, x)));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of nodes) if (!state.has(f)) visit(f);
  return found;
}

describe('src/server imports', () => {
  const all = files(root);
  it('has files to check', () => expect(all.length).toBeGreaterThan(40));
  it('have no cycles', () => {
    expect(cycles(all).map((c) => c.join(' → '))).toEqual([]);
  });
});
