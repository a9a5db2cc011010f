// Dates and numbers as people write them, in one place for the phone (src/app/i18n wraps these
// with the language in use) and the county server (its CSV is Indonesian): '5 Nov 2026',
// 'November 2026'; '8,7' and '−3,75' in Indonesian, '8.7' and '−3.75' in English.
//
// Dates need only the month names, so they are written here rather than through date-fns'
// format(): its formatter and two whole locales weighed ~7 KB gz on the first screen, which the
// budget no longer had. The names are date-fns' own (id: 'Agt', 'Okt', 'Des'); a unit test
// checks every day of several years against date-fns' format() as the oracle.

export type TextLang = 'id' | 'en';

export const MONTH_NAMES: Record<TextLang, { short: readonly string[]; long: readonly string[] }> = {
  id: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'],
    long: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  },
  en: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
};

const two = (n: number) => String(n).padStart(2, '0');

/**
 * '5 Nov 2026' (Indonesian month abbreviations: Mei, Agt, Okt, Des). A date is written as it
 * stands; a timestamp ('…T14:05:00Z') by its day in the phone's (or server's) time zone.
 */
export function formatDateIn(lang: TextLang, iso: string): string {
  if (iso.length > 10) {
    const d = new Date(iso);
    return `${d.getDate()} ${MONTH_NAMES[lang].short[d.getMonth()]} ${d.getFullYear()}`;
  }
  return `${+iso.slice(8, 10)} ${MONTH_NAMES[lang].short[+iso.slice(5, 7) - 1]} ${iso.slice(0, 4)}`;
}

/** 'November 2026' from '2026-11'. */
export function formatMonthIn(lang: TextLang, month: string): string {
  return `${MONTH_NAMES[lang].long[+month.slice(5, 7) - 1]} ${month.slice(0, 4)}`;
}

/** 'Nov 2026' from '2026-11' (column headings of month series). */
export function formatMonthShortIn(lang: TextLang, month: string): string {
  return `${MONTH_NAMES[lang].short[+month.slice(5, 7) - 1]} ${month.slice(0, 4)}`;
}

/** '5 Nov 2026 14:05' in the phone's (or server's) time zone, from an ISO timestamp. */
export function formatDateTimeIn(lang: TextLang, iso: string): string {
  const d = new Date(iso);
  return `${d.getDate()} ${MONTH_NAMES[lang].short[d.getMonth()]} ${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export interface NumberStyle {
  /** exactly this many decimals (a weight: 1 → '9,0'); default: up to `maxDigits` */
  digits?: number;
  /** at most this many decimals when `digits` is not set; default 2 */
  maxDigits?: number;
  /**
   * Thousands separators: 'min2' (default) groups from five digits on, so a year or a count of
   * four digits stays '2026' and 12345 is '12.345'; 'always' for money ('1.500'); false for none.
   */
  grouping?: 'min2' | 'always' | false;
}

const numberLocales = { id: 'id-ID', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: TextLang, s: NumberStyle): Intl.NumberFormat {
  const key = `${lang}|${s.digits ?? ''}|${s.maxDigits ?? ''}|${s.grouping ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    const min = s.digits ?? 0;
    const max = s.digits ?? s.maxDigits ?? 2;
    f = new Intl.NumberFormat(numberLocales[lang], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: s.grouping === undefined ? 'min2' : s.grouping,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A number for reading: decimal comma in Indonesian, point in English, and a true minus sign
 * (U+2212) as typeset text has it. '' for a missing or non-finite value.
 */
export function formatNumberIn(lang: TextLang, n: number | null | undefined, style: NumberStyle = {}): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  const s = formatter(lang, style).format(n);
  if (!s.startsWith('-')) return s;
  // Intl writes a hyphen-minus; '-0' after rounding (−0,04 with no decimals) is just 0.
  return /[1-9]/.test(s) ? '\u2212' + s.slice(1) : s.slice(1);
}

/** A fraction as a percentage: 0.714 → '71,4 %' (English '71.4%'); '–' when there is none. */
export function formatPercentIn(lang: TextLang, fraction: number | null | undefined, digits = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '–';
  const n = formatNumberIn(lang, fraction * 100, { maxDigits: digits });
  return lang === 'id' ? `${n} %` : `${n}%`;
}
