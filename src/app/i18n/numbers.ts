import { formatNumberIn, formatPercentIn, type NumberStyle } from '../../domain/format';
import type { Lang } from './dictionary';
import { useLang } from './store';

// Numbers for reading: '8,7 kg', '−3,75', '71,4 %' in Indonesian, '8.7 kg', '−3.75', '71.4%' in
// English. Every screen, print and share goes through these (a unit test fails on toFixed or
// toLocaleString written straight into text); CSV files use the domain's writer instead.
export type { NumberStyle };
const current = (): Lang => useLang.getState().lang;

export function formatNumber(n: number | null | undefined, style: NumberStyle = {}, lang: Lang = current()): string {
  return formatNumberIn(lang, n, style);
}

/** A fraction as a percentage (0.714 → '71,4 %'); '–' when null. */
export function formatPercent(fraction: number | null | undefined, digits = 1, lang: Lang = current()): string {
  return formatPercentIn(lang, fraction, digits);
}

/** A measurement with one decimal and its unit: '8,7 kg', '75,0 cm'; '' when missing. */
export function formatMeasure(n: number | null | undefined, unit: string, lang: Lang = current()): string {
  const s = formatNumberIn(lang, n, { digits: 1 });
  return s ? `${s} ${unit}` : '';
}

/** Rupiah with thousands separators: 'Rp 150.000'. */
export function formatRupiah(n: number, lang: Lang = current()): string {
  return `Rp ${formatNumberIn(lang, n, { grouping: 'always', maxDigits: 0 })}`;
}
