import { create } from 'zustand';
import { loadLanguage, type Lang, type MessageKey } from './dictionary';
import { translate, type Params } from './translate';

const KEY = 'kader-desa.lang';

function initialLang(): Lang {
  try {
    const v = globalThis.localStorage?.getItem(KEY);
    if (v === 'id' || v === 'en') return v;
  } catch {
    /* storage blocked: default to Indonesian */
  }
  return 'id';
}

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

// Only the latest choice takes effect: a quick second tap must not be undone by the first one's
// strings arriving later.
let latestSwitch = 0;

export const useLang = create<LangState>((set) => ({
  lang: initialLang(),
  setLang(lang) {
    try {
      globalThis.localStorage?.setItem(KEY, lang);
    } catch {
      /* not persisted; still switch for this session */
    }
    // The pages loaded so far get their strings in the new language first (from the precache,
    // offline too); should that fail, the switch still happens and missing text falls back to
    // Indonesian (translate.ts).
    const mine = ++latestSwitch;
    void loadLanguage(lang)
      .catch(() => undefined)
      .then(() => {
        if (mine !== latestSwitch) return;
        if (typeof document !== 'undefined') document.documentElement.lang = lang;
        set({ lang });
      });
  },
}));

/** Hook for components: `const t = useT(); t('tab.posyandu')`. */
export function useT() {
  const lang = useLang((s) => s.lang);
  return (key: MessageKey, params?: Params) => translate(lang, key, params);
}

/** For code outside React (stores, sync messages). */
export function t(key: MessageKey, params?: Params): string {
  return translate(useLang.getState().lang, key, params);
}
