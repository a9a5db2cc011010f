import { bandOf, type BandTable, type Sourced } from '../bands';
import type { Sex } from '../types';

// Anaemia by haemoglobin (g/dL), WHO cut-offs by age, sex and pregnancy.

export type AnaemiaClass = 'severe' | 'moderate' | 'mild' | 'none';
export type AnaemiaGroup = 'child6to59m' | 'child5to11y' | 'child12to14y' | 'woman' | 'pregnant' | 'man';

export interface AnaemiaTable extends Sourced {
  groups: Readonly<Record<AnaemiaGroup, BandTable<AnaemiaClass>['bands']>>;
}

// The calls below are marked pure: the domain barrel is imported by the first screen, and the
// bundler keeps top-level calls it cannot prove harmless even when the table is unused.
const bands = (severe: number, moderate: number, mild: number) => [
  { code: 'severe' as const, below: severe },
  { code: 'moderate' as const, below: moderate },
  { code: 'mild' as const, below: mild },
  { code: 'none' as const },
];

export const ANAEMIA_WHO_2011: AnaemiaTable = {
  id: 'anemia-who-2011',
  version: 1,
  source:
    'WHO, Haemoglobin concentrations for the diagnosis of anaemia and assessment of severity ' +
    '(WHO/NMH/NHD/MNM/11.1, 2011), Table 1, in g/dL: 6–59 months and pregnant women: no anaemia ≥ 11.0, mild ' +
    '10.0–10.9, moderate 7.0–9.9, severe < 7.0; 5–11 years: ≥ 11.5, mild 11.0–11.4, moderate 8.0–10.9, severe < 8.0; ' +
    '12–14 years and non-pregnant women ≥ 15: ≥ 12.0, mild 11.0–11.9, moderate 8.0–10.9, severe < 8.0; men ≥ 15: ' +
    '≥ 13.0, mild 11.0–12.9, moderate 8.0–10.9, severe < 8.0. The cut-offs Kemenkes uses for remaja putri and WUS ' +
    '(Pedoman Pencegahan dan Penanggulangan Anemia pada Rematri dan WUS, 2018). WHO revised the 6–23-month and ' +
    'second-trimester cut-offs in 2024; not adopted here.',
  groups: {
    child6to59m: /* @__PURE__ */ bands(7, 10, 11),
    child5to11y: /* @__PURE__ */ bands(8, 11, 11.5),
    child12to14y: /* @__PURE__ */ bands(8, 11, 12),
    woman: /* @__PURE__ */ bands(8, 11, 12),
    pregnant: /* @__PURE__ */ bands(7, 10, 11),
    man: /* @__PURE__ */ bands(8, 11, 13),
  },
};

/** WHO group from age in completed months, sex and pregnancy; null under 6 months (no cut-off). */
export function anaemiaGroup(ageMonths: number, sex: Sex, pregnant = false): AnaemiaGroup | null {
  if (ageMonths < 6) return null;
  if (pregnant) return 'pregnant';
  if (ageMonths < 60) return 'child6to59m';
  if (ageMonths < 12 * 12) return 'child5to11y';
  if (ageMonths < 15 * 12) return 'child12to14y';
  return sex === 'P' ? 'woman' : 'man';
}

/** Anaemia class of a haemoglobin value (g/dL); null where WHO gives no cut-off or Hb is not > 0. */
export function anaemiaClass(
  hbGdl: number, ageMonths: number, sex: Sex, pregnant = false, table: AnaemiaTable = ANAEMIA_WHO_2011,
): AnaemiaClass | null {
  const group = anaemiaGroup(ageMonths, sex, pregnant);
  if (group === null || !(hbGdl > 0)) return null;
  return bandOf(hbGdl, table.groups[group]);
}
