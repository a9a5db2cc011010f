import { kindLabel } from '../i18n/issue-words';
import { useLang } from '../i18n';

/** The name of a record kind in the language in use ('Penduduk', 'Data balita'), never the kind's code. */
export function issueKindLabel(kind: string): string {
  return kindLabel(kind, useLang.getState().lang) ?? '';
}
