import type { MessageKey, Params } from '../../i18n';

export type T = (key: MessageKey, params?: Params) => string;

/** A coded value of B1 in words ('belum_kawin' → 'Belum kawin'); '' when not recorded. */
export function codeWord(t: T, group: 'religion' | 'marital' | 'education' | 'position', code: string | undefined): string {
  return code ? t(`rt.val.${group}.${code}` as MessageKey) : '';
}

export const sexWord = (t: T, s: 'L' | 'P') => t(s === 'L' ? 'rt.p.sex.L' : 'rt.p.sex.P');
