import { describe, expect, it } from 'vitest';
import { firstScreenGroup } from '../../../scripts/first-screen-chunk';

const NM = '/app/node_modules/';
const IONIC_REACT = `${NM}@ionic/react/dist/index.js`;
const ion = (name: string) => `${NM}@ionic/core/components/${name}.js`;

/** A module graph as the bundler describes it: id -> static importers (entries marked). */
function graph(edges: Record<string, string[]>, entries: string[]) {
  const infos = new Map(Object.entries(edges).map(([id, importers]) => [id, { id, isEntry: entries.includes(id), importers }]));
  for (const e of entries) if (!infos.has(e)) infos.set(e, { id: e, isEntry: true, importers: [] });
  return { getModuleInfo: (id: string) => infos.get(id) ?? null };
}

const g = graph(
  {
    '/app/src/main.tsx': ['/app/index.html'],
    '/app/src/App.tsx': ['/app/src/main.tsx'],
    [IONIC_REACT]: ['/app/src/App.tsx', '/app/src/pages/Form.tsx'],
    [ion('ion-tabs')]: [IONIC_REACT],
    [ion('ion-select')]: [IONIC_REACT],
    [ion('p-runtime')]: [ion('ion-tabs'), ion('ion-select')],
    [ion('p-overlay')]: [ion('ion-select')],
    '/app/src/pages/Form.tsx': [], // only imported with import()
    '/app/src/data/records.ts': ['/app/src/pages/Form.tsx'],
    '/app/src/cycle-a.ts': ['/app/src/cycle-b.ts'],
    '/app/src/cycle-b.ts': ['/app/src/cycle-a.ts'],
    '/app/src/cycle-c.ts': ['/app/src/cycle-d.ts', '/app/src/App.tsx'],
    '/app/src/cycle-d.ts': ['/app/src/cycle-c.ts'],
  },
  ['/app/index.html'],
);

describe('firstScreenGroup', () => {
  const group = firstScreenGroup('shell', ['ion-tabs']);
  it.each([
    ['the entry itself stays the entry', '/app/index.html', null],
    ['a module the entry imports', '/app/src/main.tsx', 'shell'],
    ['a module imported two steps down', '/app/src/App.tsx', 'shell'],
    ['@ionic/react, imported by the shell', IONIC_REACT, 'shell'],
    ['a component the shell renders (listed)', ion('ion-tabs'), 'shell'],
    ['an Ionic helper that listed component imports', ion('p-runtime'), 'shell'],
    ['a component only pages use (not listed)', ion('ion-select'), null],
    ['a helper reached only through an unlisted component', ion('p-overlay'), null],
    ['a lazy page', '/app/src/pages/Form.tsx', null],
    ['what only a lazy page imports', '/app/src/data/records.ts', null],
    ['a cycle nothing from the entry reaches', '/app/src/cycle-a.ts', null],
    ['a cycle the entry reaches', '/app/src/cycle-d.ts', 'shell'],
    ['an unknown module', '/app/src/nowhere.ts', null],
  ])('%s', (_what, id, expected) => {
    expect(group.name(id, g)).toBe(expected);
  });

  describe('with the page the app opens at', () => {
    const withPage = firstScreenGroup('shell', ['ion-tabs'], ['src/pages/Form.tsx']);
    const gp = graph(
      {
        '/app/src/pages/Form.tsx': [],
        '/app/src/data/records.ts': ['/app/src/pages/Form.tsx'],
        [IONIC_REACT]: ['/app/src/pages/Form.tsx'],
        [ion('ion-select')]: [IONIC_REACT],
        '/app/src/otherpages/Form.tsx': [],
        'C:\\app\\src\\pages\\Form.tsx': [],
      },
      ['/app/index.html'],
    );
    it.each([
      ['the listed lazy page joins', '/app/src/pages/Form.tsx', 'shell'],
      ['what it imports statically joins', '/app/src/data/records.ts', 'shell'],
      ['a component it takes from @ionic/react still needs listing', ion('ion-select'), null],
      ['a path that only ends alike does not match', '/app/src/otherpages/Form.tsx', null],
      ['Windows separators match', 'C:\\app\\src\\pages\\Form.tsx', 'shell'],
    ])('%s', (_what, id, expected) => {
      expect(withPage.name(id, gp)).toBe(expected);
    });
  });

  it('answers the same whichever module of a cycle is asked first', () => {
    const fresh = firstScreenGroup('shell', []);
    expect(fresh.name('/app/src/cycle-b.ts', g)).toBeNull();
    expect(fresh.name('/app/src/cycle-c.ts', g)).toBe('shell');
    expect(fresh.name('/app/src/cycle-d.ts', g)).toBe('shell');
    expect(fresh.name('/app/src/cycle-a.ts', g)).toBeNull();
  });
});
