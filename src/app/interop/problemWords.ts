import type { ImportProblem } from '../../domain/interop/eppgbm-import';
import { formatDate, type MessageKey } from '../i18n';

// An import row's problem in the kader's words (strings interop.problem.*). Dates the file held
// are shown the Indonesian way, never as ISO text.

const DATE_VALUES = new Set(['birthInFuture', 'dateInFuture', 'dateBeforeBirth']);

export function problemText(t: (key: MessageKey, params?: Record<string, string | number>) => string, p: ImportProblem): string {
  const value = p.value === undefined ? '' : DATE_VALUES.has(p.code) ? formatDate(p.value) : p.value;
  return t(`interop.problem.${p.code}` as MessageKey, { value, other: p.otherRow ?? '' });
}
