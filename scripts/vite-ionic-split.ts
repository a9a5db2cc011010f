import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/**
 * Keeps Ionic components used only by lazy pages out of the first-screen chunk.
 *
 * @ionic/react ships as ONE module (dist/index.js) that imports every component's web-component
 * code. A bundler cannot split a module, so any Ionic component used by any lazy page (ion-input,
 * ion-select, ...) landed in the entry chunk next to IonApp/IonTabs: the first screen grew with
 * every page the modules added (measured 258 KB gz with the first Posyandu/RT/dasawisma screens).
 *
 * Most components are plain `createComponent({...})` wrappers. For those this plugin serves a
 * per-component virtual module with the SAME wrapper code copied from @ionic/react, and rewrites
 * `import { IonInput } from '@ionic/react'` in our sources to import from it. The web component
 * then goes into the chunk of the page that uses it. Routing components (IonButton, IonItem, ...),
 * overlays, hooks, IonTabs/IonRouterOutlet and IonIcon are left to @ionic/react.
 */
export function ionicSplit(): Plugin {
  const require = createRequire(import.meta.url);
  const indexPath = require.resolve('@ionic/react');
  const src = readFileSync(indexPath, 'utf8');

  const imports = new Map<string, string>(); // local alias -> import line
  for (const m of src.matchAll(/^import \{ (\w+) as (\w+\$\d*), defineCustomElement as (defineCustomElement\$\w+) \} from '(@ionic\/core\/components\/[\w-]+\.js)';$/gm)) {
    imports.set(m[2], m[0]);
    imports.set(m[3], m[0]);
  }
  const modules = new Map<string, string>(); // component name -> module code
  const removals: string[] = []; // source text taken out of @ionic/react for split components
  for (const m of src.matchAll(/^const (Ion\w+) = \/\*@__PURE__\*\/ createComponent\((\{[\s\S]*?\n\})\);$/gm)) {
    const [whole, name, options] = m;
    // Named exactly three times (its import, its declaration, the export list); any other use
    // inside @ionic/react itself means it must stay there.
    if ((src.match(new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'g')) ?? []).length !== 3) continue;
    const elementClass = /elementClass: (\w+\$\d*),/.exec(options)?.[1];
    const define = /defineCustomElement: (defineCustomElement\$\w+)/.exec(options)?.[1];
    const line = elementClass && imports.get(elementClass);
    if (!line || !define || imports.get(define) !== line) continue; // unexpected shape: leave it to @ionic/react
    removals.push(whole, line);
    modules.set(
      name,
      `import React from 'react';\nimport { createComponent } from '@stencil/react-output-target/runtime';\n${line}\nexport const ${name} = /*@__PURE__*/ createComponent(${options});\n`,
    );
  }

  const PREFIX = 'virtual:ionic-split/';
  const RESOLVED = '\0ionic-split:';

  return {
    name: 'kader-desa:ionic-split',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : undefined;
    },
    load(id) {
      return id.startsWith(RESOLVED) ? modules.get(id.slice(RESOLVED.length)) : undefined;
    },
    transform(code, id) {
      // Rolldown places a module by the static import graph even when the importing statement
      // is tree-shaken, so @ionic/react must not import the split components at all any more.
      if (id.replace(/\\/g, '/').endsWith('@ionic/react/dist/index.js')) {
        let out = code;
        for (const text of removals) out = out.replace(text, '');
        out = out.replace(/^export \{([^}]*)\};$/m, (_all, list: string) => {
          const names = list.split(',').map((x) => x.trim()).filter((x) => x && !modules.has(x));
          return `export { ${names.join(', ')} };`;
        });
        return { code: out, map: null };
      }
      if (!/[\\/]src[\\/].*\.tsx?$/.test(id) || !code.includes('@ionic/react')) return undefined;
      const out = code.replace(/import\s*\{([^}]*)\}\s*from\s*['"]@ionic\/react['"];?/g, (whole, list: string) => {
        const keep: string[] = [];
        const split: string[] = [];
        for (const raw of list.split(',')) {
          const spec = raw.trim();
          if (!spec) continue;
          const [name, alias] = spec.split(/\s+as\s+/);
          if (!spec.startsWith('type ') && modules.has(name)) split.push(`import { ${name}${alias ? ` as ${alias}` : ''} } from '${PREFIX}${name}';`);
          else keep.push(spec);
        }
        if (split.length === 0) return whole;
        return [...split, keep.length ? `import { ${keep.join(', ')} } from '@ionic/react';` : ''].join('\n');
      });
      return out === code ? undefined : { code: out, map: null };
    },
  };
}
