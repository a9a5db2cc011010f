import { dictionaries, type Lang, type MessageKey } from './dictionary';

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; a missing key falls back to Indonesian, then to the key itself. */
export function translate(lang: Lang, key: MessageKey | string, params?: Params): string {
  const dict = dictionaries[lang] as Record<string, string>;
  const template = dict[key] ?? (dictionaries.id as Record<string, string>)[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
