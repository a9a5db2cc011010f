import type { Plugin } from 'vite';

/**
 * Marks the first screen's chunks for eager compilation with V8's explicit compile hint.
 *
 * Chromium keeps a code cache for classic scripts served from the service worker's cache (the build
 * is classic scripts for this reason: vite.config.ts, docs/cold-start.md). That cache holds only
 * the functions compiled when it was written, right after the script first ran. React's renderer
 * and Ionic's components run later, at the first render, so without the hint every start parsed
 * and compiled them again on the main thread. With it, V8 compiles the whole chunk up front and
 * the cache holds all of it.
 *
 * Only for chunks that run in full on every start: the hint makes the first start after an update
 * compile more, and the cache larger.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

interface ChunkLike {
  code: string;
  map?: { mappings: string } | null;
}

/** Puts the hint on the first line; the source map (when built) moves down by that line. */
export function addCompileHint(chunk: ChunkLike): void {
  if (chunk.code.startsWith(COMPILE_HINT)) return;
  chunk.code = COMPILE_HINT + chunk.code;
  if (chunk.map) chunk.map.mappings = ';' + chunk.map.mappings;
}

/** A chunk's name without the "-legacy" suffix the classic-script build adds. */
export const baseChunkName = (name: string) => name.replace(/-legacy$/, '');

export function compileHints(chunkNames: readonly string[]): Plugin {
  const names = new Set(chunkNames);
  return {
    name: 'kader:compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const found = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !names.has(baseChunkName(chunk.name))) continue;
        addCompileHint(chunk);
        found.add(baseChunkName(chunk.name));
      }
      const missing = [...names].filter((n) => !found.has(n));
      // A renamed group would silently lose its hint. Only the app's build (entry "index") has
      // these chunks; the service worker is built separately.
      const appBuild = Object.values(bundle).some((c) => c.type === 'chunk' && c.isEntry && baseChunkName(c.name) === 'index');
      if (missing.length && appBuild) {
        this.error(`compile-hints: no chunk named ${missing.join(', ')}`);
      }
    },
  };
}
