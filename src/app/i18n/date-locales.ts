import { id } from 'date-fns/locale/id';
import { enGB } from 'date-fns/locale/en-GB';
import type { Lang } from './dictionary';

// date-fns' locales for the screens that need more than month names (the calendar's day names,
// SIP's month headings). Imported by path from lazy pages only: the first screen's dates are
// src/domain/format.ts's, which carries the month names alone.
export const dateLocales: Record<Lang, typeof id> = { id, en: enGB };
