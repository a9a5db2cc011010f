import * as common from './strings/common';
import * as settings from './strings/settings';
import type * as posyandu from './strings/posyandu.id';
import type * as posyanduDay from './strings/posyandu-day.id';
import type * as rt from './strings/rt';
import type * as dasawisma from './strings/dasawisma.id';
import type * as county from './strings/county';
import type * as lkd from './strings/lkd.id';
import type * as records from './strings/records';
import type * as sync from './strings/sync';
import type * as print from './strings/print';
import type * as security from './strings/security';
import type * as posyanduIlp from './strings/posyandu-ilp';
import type * as books from './strings/books';
import type * as interop from './strings/interop';
import type * as ilpRecap from './strings/ilp-recap';
import type * as posyantek from './strings/posyantek';

// One file of strings per module, so modules grow their strings without touching each other.
// The shell's strings (common, settings) are in the first-screen bundle, in both languages; the
// Sinkron tab's load with its page like a module's (the status store keeps error kinds, not words).
// Each module's strings load with its pages (lazyPage in shell/lazyPage.ts), in the language in use:
// the other one loads when the user switches (loadLanguage), so English never weighs on an
// Indonesian phone's first screen. The key type still covers every module, so a typo in any key is
// a compile error.
type AllStrings = typeof common.id & typeof sync.id & typeof settings.id & typeof posyandu.id & typeof posyanduDay.id & typeof rt.id & typeof dasawisma.id & typeof county.id & typeof records.id & typeof print.id & typeof lkd.id & typeof security.id & typeof posyanduIlp.id & typeof books.id & typeof interop.id & typeof ilpRecap.id & typeof posyantek.id;

export type Lang = 'id' | 'en';
export type MessageKey = keyof AllStrings;

export const dictionaries: Record<Lang, Record<string, string>> = {
  id: { ...common.id, ...settings.id },
  en: { ...common.en, ...settings.en },
};

/** 'print': the strings of printed forms and exports, loaded with the pages that print. */
export type ModuleStrings = 'posyandu' | 'posyanduDay' | 'rt' | 'dasawisma' | 'county' | 'records' | 'sync' | 'print' | 'lkd' | 'security' | 'posyanduIlp' | 'books' | 'interop' | 'ilpRecap' | 'posyantek';

// posyandu and dasawisma have a file per language; rt, county, records and print keep both in one (smaller) file.
const loaders: Record<ModuleStrings, Record<Lang, () => Promise<Record<string, string>>>> = {
  posyandu: { id: () => import('./strings/posyandu.id').then((m) => m.id), en: () => import('./strings/posyandu.en').then((m) => m.en) },
  // The day and weighing screens' strings: not needed by the Posyandu home page (first screen).
  posyanduDay: { id: () => import('./strings/posyandu-day.id').then((m) => m.id), en: () => import('./strings/posyandu-day.en').then((m) => m.en) },
  rt: { id: () => import('./strings/rt').then((m) => m.id), en: () => import('./strings/rt').then((m) => m.en) },
  dasawisma: { id: () => import('./strings/dasawisma.id').then((m) => m.id), en: () => import('./strings/dasawisma.en').then((m) => m.en) },
  county: { id: () => import('./strings/county').then((m) => m.id), en: () => import('./strings/county').then((m) => m.en) },
  lkd: { id: () => import('./strings/lkd.id').then((m) => m.id), en: () => import('./strings/lkd.en').then((m) => m.en) },
  // Words for refused records (issue-words.ts): every module's pages load them (lazyPage).
  records: { id: () => import('./strings/records').then((m) => m.id), en: () => import('./strings/records').then((m) => m.en) },
  sync: { id: () => import('./strings/sync').then((m) => m.id), en: () => import('./strings/sync').then((m) => m.en) },
  posyanduIlp: { id: () => import('./strings/posyandu-ilp').then((m) => m.id), en: () => import('./strings/posyandu-ilp').then((m) => m.en) },
  print: { id: () => import('./strings/print').then((m) => m.id), en: () => import('./strings/print').then((m) => m.en) },
  // The PIN lock and the people on the phone (issue 17): only on phones that use them.
  security: { id: () => import('./strings/security').then((m) => m.id), en: () => import('./strings/security').then((m) => m.en) },
  // SIP formats 1–4 and B5: only the pages that print them.
  books: { id: () => import('./strings/books').then((m) => m.id), en: () => import('./strings/books').then((m) => m.en) },
  // e-PPGBM export/import (issue 16): only the pages that exchange files and the links to them.
  interop: { id: () => import('./strings/interop').then((m) => m.id), en: () => import('./strings/interop').then((m) => m.en) },
  // The monthly ILP recap (phone and county screens).
  ilpRecap: { id: () => import('./strings/ilp-recap').then((m) => m.id), en: () => import('./strings/ilp-recap').then((m) => m.en) },
  // The Posyantek's pages under the Desa tab (issue 19).
  posyantek: { id: () => import('./strings/posyantek').then((m) => m.id), en: () => import('./strings/posyantek').then((m) => m.en) },
};

const requested = new Set<ModuleStrings>();
const loaded = new Map<string, Promise<void>>();

function loadIn(name: ModuleStrings, lang: Lang): Promise<void> {
  const key = `${name}:${lang}`;
  let p = loaded.get(key);
  if (!p) {
    p = loaders[name][lang]().then((strings) => void Object.assign(dictionaries[lang], strings));
    p.catch(() => loaded.delete(key));
    loaded.set(key, p);
  }
  return p;
}

/** Loads a module's strings in `lang` (once); page chunks wait for it before rendering. */
export function loadStrings(name: ModuleStrings, lang: Lang): Promise<void> {
  requested.add(name);
  return loadIn(name, lang);
}

/** Loads `lang` for every module whose strings were asked for, so a switch shows no raw key. */
export async function loadLanguage(lang: Lang): Promise<void> {
  await Promise.all([...requested].map((name) => loadIn(name, lang)));
}
