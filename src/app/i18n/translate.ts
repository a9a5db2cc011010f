import { formatNumberIn } from '../../domain/format';
import { dictionaries, type Lang, type MessageKey } from './dictionary';

export type Params = Record<string, string | number>;

/**
 * Fills `{name}` placeholders; a missing key falls back to Indonesian, then to the key itself.
 * A number is written the language's way (decimal comma in Indonesian, thousands grouped from
 * five digits, so a year stays '2026').
 */
export function translate(lang: Lang, key: MessageKey | string, params?: Params): string {
  const dict = dictionaries[lang] as Record<string, string>;
  const template = dict[key] ?? (dictionaries.id as Record<string, string>)[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!(name in params)) return m;
    const v = params[name];
    return typeof v === 'number' ? formatNumberIn(lang, v) : String(v);
  });
}
