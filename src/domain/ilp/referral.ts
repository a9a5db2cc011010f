import type { Sex } from '../types';
import { ANAEMIA_WHO_2011, anaemiaClass, type AnaemiaTable } from './anaemia';
import { balitaLilaClass, LILA_BALITA, type BalitaLilaTable } from './anthropometry';
import { BP_AAP_2017_TEEN, BP_JNC7, isHypertensive, type BpReading, type BpTable } from './bloodPressure';
import { skilasDomains, SKILAS_KEMENKES, type SkilasTable } from './elderly';
import { GLUCOSE_PERKENI_2021, isHighGlucose, type GlucoseKind, type GlucoseTable } from './glucose';
import type { KpspResult } from './kpsp';
import { isKek, LILA_KEK, type LilaTable } from './pregnancy';
import type { PersonStage } from './stage';

// "Who needs a referral": one pure predicate over what was found at a visit. Each reason is a
// stable code for the work list and the referral slip; the thresholds come from the data tables.

export type ReferralReason =
  | 'bgm' | '2t' | 'kek' | 'lilaBalita' | 'hypertension' | 'highGlucose' | 'anaemia' | 'dangerSign'
  | 'kpspDeviation' | 'skilas';

export interface VisitFindings {
  stage: PersonStage;
  sex: Sex;
  /** from the KMS rules (kms/): weight below the red line, and two months without gain */
  bgm?: boolean;
  twoT?: boolean;
  lilaCm?: number;
  /** one or two readings of the visit */
  bp?: readonly BpReading[];
  glucose?: { mgdl: number; kind: GlucoseKind };
  hbGdl?: number;
  /** codes of the danger signs ticked (pregnancy or nifas list) */
  dangerSigns?: readonly string[];
  kpsp?: KpspResult;
  /** SKILAS findings ticked */
  skilas?: readonly string[];
}

export interface ReferralTables {
  lila?: LilaTable;
  lilaBalita?: BalitaLilaTable;
  bpAdult?: BpTable<string>;
  bpTeen?: BpTable<string>;
  glucose?: GlucoseTable;
  anaemia?: AnaemiaTable;
  skilas?: SkilasTable;
}

/**
 * Reasons to refer a person today, in a fixed order. Rules (src/domain/README.md, ILP):
 * - BGM and 2T as the KMS computes them (balita);
 * - KEK (LiLA < 23.5 cm) for a woman who is pregnant or in nifas; LiLA < 11.5 cm for a balita 6–59 months;
 * - hypertension: the adult table (JNC 7) from 18 years and in pregnancy/nifas, the AAP table at 13–17
 *   years, none under 13 (percentile tables needed);
 * - glucose in the diabetes range (sewaktu ≥ 200, puasa ≥ 126);
 * - any anaemia by the WHO cut-offs (treatment is at the puskesmas);
 * - any danger sign; KPSP "penyimpangan"; any SKILAS finding.
 */
export function referralReasons(f: VisitFindings, t: ReferralTables = {}): ReferralReason[] {
  const out: ReferralReason[] = [];
  const months = f.stage.ageMonths;
  if (f.bgm) out.push('bgm');
  if (f.twoT) out.push('2t');
  if (f.lilaCm !== undefined && f.lilaCm > 0) {
    if (f.sex === 'P' && f.stage.maternal && isKek(f.lilaCm, t.lila ?? LILA_KEK)) out.push('kek');
    if (balitaLilaClass(f.lilaCm, months, t.lilaBalita ?? LILA_BALITA) === 'severe') out.push('lilaBalita');
  }
  if (f.bp && f.bp.length > 0) {
    const adult = months >= 18 * 12 || f.stage.maternal !== undefined;
    const table = adult ? (t.bpAdult ?? BP_JNC7) : months >= 13 * 12 ? (t.bpTeen ?? BP_AAP_2017_TEEN) : null;
    if (table && isHypertensive(f.bp, table)) out.push('hypertension');
  }
  if (f.glucose && isHighGlucose(f.glucose.mgdl, f.glucose.kind, t.glucose ?? GLUCOSE_PERKENI_2021)) out.push('highGlucose');
  if (f.hbGdl !== undefined) {
    const c = anaemiaClass(f.hbGdl, months, f.sex, f.stage.maternal === 'hamil', t.anaemia ?? ANAEMIA_WHO_2011);
    if (c !== null && c !== 'none') out.push('anaemia');
  }
  if (f.dangerSigns && f.dangerSigns.length > 0) out.push('dangerSign');
  if (f.kpsp === 'penyimpangan') out.push('kpspDeviation');
  if (f.skilas && skilasDomains(f.skilas, t.skilas ?? SKILAS_KEMENKES).length > 0) out.push('skilas');
  return out;
}
