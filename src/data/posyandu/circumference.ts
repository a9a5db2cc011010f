import { ageInDays, completedMonths } from '../../domain/dates';
import { growthCategory, isImplausible } from '../../domain/growth/classify';
import { zScore } from '../../domain/growth/zscore';
import type { IndicatorResult } from '../../domain/growth/assess';
import type { WhoTables } from '../../domain/growth/tables';
import { balitaLilaClass, type BalitaLilaClass } from '../../domain/ilp/anthropometry';
import type { Sex } from '../../domain/types';

// Head circumference and LiLA of a balita weighing (issue 15): their WHO z-scores with category
// and flag (domain zScore 'hcfa'/'acfa', as WHO anthro), and the absolute LiLA class Kemenkes
// screens balita with (domain LILA_BALITA, 6–59 months). Imported by path by the lazy weighing,
// child and CSV screens only: data/posyandu/growth.ts is on the first screen's chunk.

export type CircumferenceAlert = 'headSmall' | 'headLarge' | 'lilaSevere' | 'lilaModerate' | 'implausibleCirc';

export interface CircumferenceResult {
  /** head circumference-for-age; null when not measured */
  hcfa: IndicatorResult | null;
  /** LiLA-for-age; null when not measured or under 91 days (WHO's table starts there) */
  acfa: IndicatorResult | null;
  /** Kemenkes LiLA class (6–59 months); null outside those ages or when not measured */
  lila: BalitaLilaClass | null;
  alerts: CircumferenceAlert[];
  /**
   * A referral to suggest: LiLA < 11.5 cm (gizi buruk, as domain ilp referralReasons 'lilaBalita'),
   * or the head outside ±2 SD (SDIDTK: a head outside the Buku KIA chart's green band is referred).
   */
  refer: boolean;
}

function one(indicator: 'hcfa' | 'acfa', z: number | null): IndicatorResult | null {
  return z === null ? null : { z, category: growthCategory(indicator, z), implausible: isImplausible(indicator, z) };
}

/** Head and arm of one weighing of a child born `birthDate`, measured on `date`. */
export function assessCircumferences(
  child: { sex: Sex; birthDate: string },
  date: string,
  m: { headCm?: number; muacCm?: number },
  tables?: WhoTables,
): CircumferenceResult {
  const ageDays = ageInDays(child.birthDate, date);
  const hcfa = one('hcfa', m.headCm === undefined ? null : zScore({ indicator: 'hcfa', sex: child.sex, ageDays, headCm: m.headCm }, tables));
  const acfa = one('acfa', m.muacCm === undefined ? null : zScore({ indicator: 'acfa', sex: child.sex, ageDays, armCm: m.muacCm }, tables));
  const lila = m.muacCm === undefined ? null : balitaLilaClass(m.muacCm, completedMonths(child.birthDate, date));
  const alerts: CircumferenceAlert[] = [];
  if (hcfa?.category === 'microcephaly') alerts.push('headSmall');
  if (hcfa?.category === 'macrocephaly') alerts.push('headLarge');
  if (lila === 'severe') alerts.push('lilaSevere');
  if (lila === 'moderate') alerts.push('lilaModerate');
  if (hcfa?.implausible || acfa?.implausible) alerts.push('implausibleCirc');
  const refer = lila === 'severe' || alerts.includes('headSmall') || alerts.includes('headLarge');
  return { hcfa, acfa, lila, alerts, refer };
}

/** The alerts of a weighing and of its head/LiLA, the referral line last and once. */
export function weighingAlerts(alerts: readonly string[], circ: CircumferenceResult | null): string[] {
  const out = [...alerts.filter((a) => a !== 'refer'), ...(circ?.alerts ?? [])];
  if (alerts.includes('refer') || circ?.refer) out.push('refer');
  return out;
}
