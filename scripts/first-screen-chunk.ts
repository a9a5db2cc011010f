/**
 * A code-splitting group that puts every module the entry imports statically (the first screen's
 * code) into one chunk.
 *
 * Without it the bundler cuts the first screen's code into ~20 files: each set of modules that the
 * entry shares with a different set of lazy pages becomes its own chunk (Ionic's small internal
 * `p-*.js` helpers, React, the i18n store, ...). All of them are loaded on every start anyway, and
 * on a cold start each file is one more response the page's main thread handles before anything
 * runs (~8 ms each in a throttled trace; the gain alone was within the bench's noise, see
 * docs/cold-start.md). The first screen loads about the same bytes (+10 KB raw that @ionic/core's
 * index re-exports, 6 KB less gzipped overall); the lazy pages import what they share from this
 * chunk instead.
 */
interface ModuleInfoLike {
  id: string;
  isEntry: boolean;
  importers: readonly string[];
}
interface ChunkingContextLike {
  getModuleInfo(moduleId: string): ModuleInfoLike | null;
}

const IONIC_REACT = /node_modules[\\/]@ionic[\\/]react[\\/]dist[\\/]index\.js$/;
const IONIC_COMPONENT = /node_modules[\\/]@ionic[\\/]core[\\/]components[\\/](ion-[\w-]+)\.js$/;

/**
 * @ionic/react's one module imports every component it wraps, and the bundler drops those imports
 * where the wrapper is unused, so an import from there counts only for `shellComponents` (the
 * Ionic components the shell itself renders or @ionic/react uses for it). Counting them all put
 * ~150 KB of Ionic that only pages use into the first screen. A component left out by mistake only
 * stays in a chunk of its own; one listed that the shell does not use adds its bytes to it.
 *
 * `pages` (source paths from the project root) are lazy pages that join the chunk with what they
 * import statically: the page the app opens at. Its import() then finds it loaded, and the first
 * screen is one file to read, evaluate and code-cache instead of ~15 (docs/cold-start.md).
 */
export function firstScreenGroup(name: string, shellComponents: readonly string[], pages: readonly string[] = []) {
  const shellSet = new Set(shellComponents);
  const isPage = (id: string) => pages.some((p) => id.replace(/\\/g, '/').endsWith('/' + p));
  // Keyed by the module-info objects, which the bundler reuses within one chunking pass and
  // renews for the next build: a new build starts with an empty memo.
  const memo = new WeakMap<ModuleInfoLike, boolean>();

  const counts = (importer: string, info: ModuleInfoLike) => {
    if (!IONIC_REACT.test(importer)) return true;
    const component = IONIC_COMPONENT.exec(info.id)?.[1];
    return component === undefined || shellSet.has(component);
  };

  function staticallyFromEntry(info: ModuleInfoLike, ctx: ChunkingContextLike, visiting: Set<ModuleInfoLike>): boolean {
    const known = memo.get(info);
    if (known !== undefined) return known;
    if (info.isEntry || isPage(info.id)) return true;
    if (visiting.has(info)) return false; // an import cycle: decided by the other paths
    visiting.add(info);
    const result = info.importers.some((importer) => {
      if (!counts(importer, info)) return false;
      const parent = ctx.getModuleInfo(importer);
      return parent !== null && staticallyFromEntry(parent, ctx, visiting);
    });
    visiting.delete(info);
    // Only a settled answer is kept: inside a cycle a "no" can depend on the path taken.
    if (result || visiting.size === 0) memo.set(info, result);
    return result;
  }

  return {
    name(id: string, ctx: ChunkingContextLike): string | null {
      const info = ctx.getModuleInfo(id);
      if (!info || info.isEntry) return null;
      return staticallyFromEntry(info, ctx, new Set()) ? name : null;
    },
  };
}
