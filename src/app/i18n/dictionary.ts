import * as common from './strings/common';
import * as sync from './strings/sync';
import * as settings from './strings/settings';
import type * as posyandu from './strings/posyandu';
import type * as rt from './strings/rt';
import type * as dasawisma from './strings/dasawisma';
import type * as county from './strings/county';

// One file of strings per module, so modules grow their strings without touching each other.
// The shell's strings (common, sync, settings) are in the first-screen bundle; each module's
// strings load with its pages (lazyPage in shell/lazyPage.ts), so adding Posyandu text never
// slows the cold start of the app. The key type still covers every module, so a typo in any
// key is a compile error.
type AllStrings = typeof common.id & typeof sync.id & typeof settings.id & typeof posyandu.id & typeof rt.id & typeof dasawisma.id & typeof county.id;

export type Lang = 'id' | 'en';
export type MessageKey = keyof AllStrings;

export const dictionaries: Record<Lang, Record<string, string>> = {
  id: { ...common.id, ...sync.id, ...settings.id },
  en: { ...common.en, ...sync.en, ...settings.en },
};

const loaders = {
  posyandu: () => import('./strings/posyandu'),
  rt: () => import('./strings/rt'),
  dasawisma: () => import('./strings/dasawisma'),
  county: () => import('./strings/county'),
};

export type ModuleStrings = keyof typeof loaders;

const loaded = new Map<ModuleStrings, Promise<void>>();

/** Loads a module's strings into the dictionaries (once); page chunks wait for it before rendering. */
export function loadStrings(name: ModuleStrings): Promise<void> {
  let p = loaded.get(name);
  if (!p) {
    p = loaders[name]().then((m) => {
      Object.assign(dictionaries.id, m.id);
      Object.assign(dictionaries.en, m.en);
    });
    p.catch(() => loaded.delete(name));
    loaded.set(name, p);
  }
  return p;
}
