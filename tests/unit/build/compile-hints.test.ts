import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, addCompileHint, baseChunkName, compileHints } from '../../../scripts/compile-hints';

type Bundle = Record<string, { type: 'chunk'; name: string; isEntry: boolean; fileName: string; code: string; map: { mappings: string } | null }>;
const chunk = (name: string, isEntry = false) => ({ type: 'chunk' as const, name, isEntry, fileName: `assets/${name}-x.js`, code: 'System.register([],function(){});', map: null });

/** Runs the plugin's generateBundle on a bundle; returns the error it raised, if any. */
function run(names: string[], bundle: Bundle): string | null {
  const plugin = compileHints(names) as unknown as { generateBundle(this: { error(m: string): never }, o: unknown, b: Bundle): void };
  try {
    plugin.generateBundle.call({ error: (m: string) => { throw new Error(m); } }, {}, bundle);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('addCompileHint', () => {
  it.each([
    ['code without a map', { code: 'a();', map: null }, COMPILE_HINT + 'a();', null],
    ['the map moves down one line', { code: 'a();', map: { mappings: 'AAAA' } }, COMPILE_HINT + 'a();', ';AAAA'],
    ['a chunk already hinted is left as it is', { code: COMPILE_HINT + 'a();', map: { mappings: ';AAAA' } }, COMPILE_HINT + 'a();', ';AAAA'],
  ])('%s', (_what, input, code, mappings) => {
    addCompileHint(input);
    expect(input.code).toBe(code);
    expect(input.map?.mappings ?? null).toBe(mappings);
  });
});

describe('compileHints plugin', () => {
  it.each([
    ['shell', 'shell'],
    ['shell-legacy', 'shell'],
    ['legacy-shell', 'legacy-shell'],
  ])('chunk name %s counts as %s', (name, base) => expect(baseChunkName(name)).toBe(base));

  it('hints the named chunks only, in the classic-script build too', () => {
    const bundle: Bundle = { a: chunk('index-legacy', true), b: chunk('shell-legacy'), c: chunk('PosyanduHome-legacy') };
    expect(run(['shell'], bundle)).toBeNull();
    expect(bundle.b.code.startsWith(COMPILE_HINT)).toBe(true);
    expect(bundle.a.code.startsWith(COMPILE_HINT)).toBe(false);
    expect(bundle.c.code.startsWith(COMPILE_HINT)).toBe(false);
  });

  it('fails the app build when a named chunk is missing (a renamed group)', () => {
    expect(run(['shell'], { a: chunk('index-legacy', true), b: chunk('other') })).toMatch(/no chunk named shell/);
  });

  it('leaves the service worker build alone', () => {
    expect(run(['shell'], { a: chunk('sw', true) })).toBeNull();
  });
});
