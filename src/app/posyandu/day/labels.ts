import type { GrowthCategory } from '../../../domain';
import { formatNumber, type MessageKey } from '../../i18n';

/**
 * SPEC §3.2 words. 'normal' and 'riskOverweight' are shared codes whose Indonesian word differs
 * for weight-for-length ('gizi baik', 'berisiko gizi lebih'), so the indicator picks the key.
 */
export function categoryKey(indicator: 'wfa' | 'lhfa' | 'wfl' | 'hcfa' | 'acfa', c: GrowthCategory): MessageKey {
  if (indicator === 'wfl' && c === 'normal') return 'posyandu.cat.wflNormal';
  if (indicator === 'wfl' && c === 'riskOverweight') return 'posyandu.cat.wflRisk';
  return `posyandu.cat.${c}` as MessageKey;
}

export function isBadCategory(c: GrowthCategory): boolean {
  return c !== 'normal' && c !== 'tall';
}

/** z to two decimals with its sign and the language's decimal mark, as on paper: '−3,75', '+0,40'. */
export function fmtZ(z: number): string {
  const s = formatNumber(z, { digits: 2 });
  return s.startsWith('\u2212') || /^0[.,]00$/.test(s) ? s : `+${s}`;
}

/**
 * A measurement with the decimal comma in Indonesian ('8,7'), a point in English. (To be replaced
 * by the shared number formatter when it lands.)
 */
export function fmtNum(x: number, lang: 'id' | 'en'): string {
  const s = String(Math.round(x * 10) / 10);
  return lang === 'id' ? s.replace('.', ',') : s;
}
