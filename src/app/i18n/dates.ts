import { format, parseISO } from 'date-fns';
import { id as idLocale } from 'date-fns/locale/id';
import { enGB } from 'date-fns/locale/en-GB';
import type { Lang } from './dictionary';

// Indonesian date forms as the users write them: '22 Nov 2026', 'November 2026'.
export const dateLocales = { id: idLocale, en: enGB };
const locales = dateLocales;

export function formatDate(iso: string, lang: Lang = 'id'): string {
  return format(parseISO(iso), 'd MMM yyyy', { locale: locales[lang] });
}

export function formatMonth(month: string, lang: Lang = 'id'): string {
  return format(parseISO(`${month}-01`), 'LLLL yyyy', { locale: locales[lang] });
}

export function formatDateTime(iso: string, lang: Lang = 'id'): string {
  return format(parseISO(iso), 'd MMM yyyy HH:mm', { locale: locales[lang] });
}
