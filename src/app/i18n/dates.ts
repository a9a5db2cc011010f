import { formatDateIn, formatDateTimeIn, formatMonthIn, formatMonthShortIn } from '../../domain/format';
import type { Lang } from './dictionary';
import { useLang } from './store';

// Dates the way the users write them ('22 Nov 2026', 'November 2026'), in the language in use
// unless one is given. The formatting itself is the domain's (src/domain/format.ts), shared with
// the county server's CSV. The calendar's date-fns locales are in ./date-locales.ts (lazy pages only).
const current = (): Lang => useLang.getState().lang;

export function formatDate(iso: string, lang: Lang = current()): string {
  return formatDateIn(lang, iso);
}

export function formatMonth(month: string, lang: Lang = current()): string {
  return formatMonthIn(lang, month);
}

export function formatMonthShort(month: string, lang: Lang = current()): string {
  return formatMonthShortIn(lang, month);
}

export function formatDateTime(iso: string, lang: Lang = current()): string {
  return formatDateTimeIn(lang, iso);
}
