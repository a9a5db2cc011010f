import { bandOf, type BandTable, type Sourced } from '../bands';

// Blood glucose screening (mg/dL) at the Posyandu: sewaktu (random) or puasa (fasting).

export type GlucoseKind = 'sewaktu' | 'puasa';
export type GlucoseClass = 'normal' | 'uncertain' | 'diabetes';

export interface GlucoseTable extends Sourced {
  kinds: Readonly<Record<GlucoseKind, BandTable<GlucoseClass>['bands']>>;
}

export const GLUCOSE_PERKENI_2021: GlucoseTable = {
  id: 'glukosa-perkeni-2021-plasma',
  version: 1,
  source:
    'PERKENI, Pedoman Pengelolaan dan Pencegahan Diabetes Melitus Tipe 2 Dewasa di Indonesia 2021, "Kadar ' +
    'glukosa darah sewaktu dan puasa sebagai patokan penyaring dan diagnosis DM", plasma vena (mg/dL): sewaktu — ' +
    'bukan DM < 100, belum pasti DM 100–199, DM ≥ 200; puasa — bukan DM < 100, belum pasti DM 100–125 (glukosa ' +
    'darah puasa terganggu, prediabetes), DM ≥ 126. Posbindu/ILP refer at sewaktu ≥ 200 or puasa ≥ 126. Most ' +
    'meters are plasma-calibrated; for capillary whole-blood values use GLUCOSE_PERKENI_2021_CAPILLARY.',
  kinds: {
    sewaktu: [{ code: 'normal', below: 100 }, { code: 'uncertain', below: 200 }, { code: 'diabetes' }],
    puasa: [{ code: 'normal', below: 100 }, { code: 'uncertain', below: 126 }, { code: 'diabetes' }],
  },
};

export const GLUCOSE_PERKENI_2021_CAPILLARY: GlucoseTable = {
  id: 'glukosa-perkeni-2021-kapiler',
  version: 1,
  source:
    'PERKENI 2021, same table, darah kapiler (mg/dL): sewaktu — bukan DM < 90, belum pasti DM 90–199, DM ≥ 200; ' +
    'puasa — bukan DM < 90, belum pasti DM 90–99, DM ≥ 100',
  kinds: {
    sewaktu: [{ code: 'normal', below: 90 }, { code: 'uncertain', below: 200 }, { code: 'diabetes' }],
    puasa: [{ code: 'normal', below: 90 }, { code: 'uncertain', below: 100 }, { code: 'diabetes' }],
  },
};

/** Class of a glucose value; null for a value not > 0. */
export function glucoseClass(mgdl: number, kind: GlucoseKind, table: GlucoseTable = GLUCOSE_PERKENI_2021): GlucoseClass | null {
  if (!(mgdl > 0)) return null;
  return bandOf(mgdl, table.kinds[kind]);
}

/** Referral threshold: in the diabetes range (sewaktu ≥ 200, puasa ≥ 126 on plasma values). */
export function isHighGlucose(mgdl: number, kind: GlucoseKind, table: GlucoseTable = GLUCOSE_PERKENI_2021): boolean {
  return glucoseClass(mgdl, kind, table) === 'diabetes';
}
