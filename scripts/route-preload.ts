import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Lets index.html start reading the code of the page the app opens at while the entry is still
 * loading.
 *
 * Each page is a lazy chunk, and its import() runs only once the entry has been evaluated: on a
 * cold start the main thread then sat idle while that page's ~15 chunks were requested. index.html
 * carries a table of address -> files (a JSON script element, also read by the bench) and a small
 * inline script that adds preload links for the tab home at this address while the page is
 * parsed, so those chunks are read alongside the entry. Only exact tab addresses are covered (what
 * the home-screen icon and the tab bar open); a deep link loads its page as before. The page the
 * app opens at by default is part of the first screen's chunk and needs no link.
 *
 * @param routes address -> source files of that page (the page component and its module's strings)
 */
const TABLE_ID = 'kd-route-preload';

/** The address -> files table a built index.html carries (null without one); the bench reads it. */
export function routeTableIn(html: string): Record<string, string[]> | null {
  const m = new RegExp(`<script type="application/json" id="${TABLE_ID}">(.*?)</script>`).exec(html);
  return m ? (JSON.parse(m[1]) as Record<string, string[]>) : null;
}

export function routePreload(routes: Record<string, readonly string[]>): Plugin {
  // The build's chunks are classic scripts (SystemJS, vite.config.ts): they are preloaded as
  // scripts, without crossorigin, as SystemJS adds same-origin script elements; a preload that
  // does not match the later request is fetched twice.
  let root = process.cwd();
  let base = '/';
  return {
    name: 'kader:route-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return;
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        // What the entry loads anyway needs no link.
        const entryFiles = new Set<string>();
        const closure = (file: string, into: Set<string>) => {
          if (into.has(file) || entryFiles.has(file)) return;
          into.add(file);
          const chunk = byFile.get(file);
          if (!chunk) return;
          for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
          for (const dep of chunk.imports) closure(dep, into);
        };
        for (const c of chunks) if (c.isEntry) closure(c.fileName, entryFiles);

        const table: Record<string, string[]> = {};
        for (const [path, sources] of Object.entries(routes)) {
          const files = new Set<string>();
          for (const source of sources) {
            const id = resolve(root, source);
            // The chunk holding the page: its own, or the first screen's (vite.config.ts), which the
            // entry loads anyway and so adds no link.
            const chunk = chunks.find((c) => c.moduleIds.includes(id));
            if (!chunk) throw new Error(`route-preload: no chunk for ${source} (${path})`);
            closure(chunk.fileName, files);
          }
          table[path] = [...files].map((f) => base + f);
        }
        const script = `(function(r){var f=r[location.pathname.replace(/\\/+$/,'')||'/'];if(!f)return;for(var i=0;i<f.length;i++){var l=document.createElement('link');l.rel='preload';l.as=/\\.css$/.test(f[i])?'style':'script';l.href=f[i];document.head.appendChild(l)}})(JSON.parse(document.getElementById('${TABLE_ID}').textContent))`;
        // SystemJS finds the entry's imports only once the entry has run; static links let the
        // browser read them while the page is parsed (a link in the HTML costs next to nothing,
        // one added from script ~10 ms on the throttled main thread).
        const entryLinks = [...entryFiles]
          .filter((f) => f.endsWith('.js'))
          .map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'script', href: base + f }, injectTo: 'head' as const }));
        return [
          ...entryLinks,
          { tag: 'script', attrs: { type: 'application/json', id: TABLE_ID }, children: JSON.stringify(table), injectTo: 'head' },
          { tag: 'script', children: script, injectTo: 'head' },
        ];
      },
    },
  };
}
