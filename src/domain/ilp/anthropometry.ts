import { bandOf, type BandTable, type Sourced } from '../bands';
import type { Sex } from '../types';

// Adult BMI classes, central obesity by waist, and LiLA screening of balita — thresholds as data.

export type AdultBmiClass = 'thinSevere' | 'thin' | 'normal' | 'overweight' | 'obese';
export type AsiaPacificBmiClass = 'underweight' | 'normal' | 'atRisk' | 'obese1' | 'obese2';

/** IMT = weight / height², kg/m²; null unless both are > 0. */
export function bmi(weightKg: number, heightCm: number): number | null {
  if (!(weightKg > 0) || !(heightCm > 0)) return null;
  return weightKg / (heightCm / 100) ** 2;
}

export const IMT_DEWASA_KEMENKES: BandTable<AdultBmiClass> = {
  id: 'imt-dewasa-kemenkes',
  version: 1,
  source:
    'Kemenkes, Batas Ambang IMT untuk Indonesia (Pedoman Gizi Seimbang, Permenkes 41/2014; P2PTM Kemenkes, ' +
    '"Tabel Batas Ambang Indeks Massa Tubuh"): kurus — kekurangan berat badan tingkat berat < 17,0, tingkat ringan ' +
    '17,0–18,4; normal 18,5–25,0; gemuk — kelebihan berat badan tingkat ringan 25,1–27,0, tingkat berat > 27,0 ' +
    '(obesitas, as Riskesdas reports it). Gaps between the printed 1-decimal bands are closed as < 18,5, ≤ 25,0 ' +
    'and ≤ 27,0. For adults from 18 years.',
  bands: [
    { code: 'thinSevere', below: 17 },
    { code: 'thin', below: 18.5 },
    { code: 'normal', atMost: 25 },
    { code: 'overweight', atMost: 27 },
    { code: 'obese' },
  ],
};

export const IMT_ASIA_PASIFIK: BandTable<AsiaPacificBmiClass> = {
  id: 'imt-asia-pasifik-who-wpro-2000',
  version: 1,
  source:
    'WHO WPRO/IASO/IOTF, The Asia-Pacific perspective: redefining obesity and its treatment (2000), as P2PTM ' +
    'Kemenkes also publishes it: underweight < 18,5; normal 18,5–22,9; berisiko (overweight at risk) 23–24,9; ' +
    'obes I 25–29,9; obes II ≥ 30. An alternative a county may choose.',
  bands: [
    { code: 'underweight', below: 18.5 },
    { code: 'normal', below: 23 },
    { code: 'atRisk', below: 25 },
    { code: 'obese1', below: 30 },
    { code: 'obese2' },
  ],
};

export function adultBmiClass<C extends string>(value: number, table: BandTable<C>): C;
export function adultBmiClass(value: number): AdultBmiClass;
export function adultBmiClass(value: number, table: BandTable<string> = IMT_DEWASA_KEMENKES): string {
  return bandOf(value, table);
}

export interface WaistTable extends Sourced {
  /** central obesity when the waist is strictly above this (cm) */
  aboveCm: Readonly<Record<Sex, number>>;
}

export const WAIST_KEMENKES: WaistTable = {
  id: 'lingkar-perut-kemenkes',
  version: 1,
  source:
    'P2PTM Kemenkes / Posbindu PTM: obesitas sentral bila lingkar perut > 90 cm (laki-laki), > 80 cm ' +
    '(perempuan) — the WHO WPRO 2000 Asian cut-offs',
  aboveCm: { L: 90, P: 80 },
};

export function isCentralObesity(waistCm: number, sex: Sex, table: WaistTable = WAIST_KEMENKES): boolean {
  return waistCm > table.aboveCm[sex];
}

export type BalitaLilaClass = 'severe' | 'moderate' | 'normal';

export interface BalitaLilaTable extends BandTable<BalitaLilaClass> {
  /** ages in completed months the screening applies to */
  fromMonths: number;
  toMonths: number;
}

export const LILA_BALITA: BalitaLilaTable = {
  id: 'lila-balita-kemenkes-2019',
  version: 1,
  source:
    'Kemenkes, Pedoman Pencegahan dan Tata Laksana Gizi Buruk pada Balita (2019/2020), after WHO 2013: balita ' +
    '6–59 bulan LiLA < 11,5 cm gizi buruk, 11,5 sd < 12,5 cm gizi kurang',
  fromMonths: 6,
  toMonths: 59,
  bands: [
    { code: 'severe', below: 11.5 },
    { code: 'moderate', below: 12.5 },
    { code: 'normal' },
  ],
};

/** LiLA class of a balita aged 6–59 completed months; null outside those ages or for LiLA ≤ 0. */
export function balitaLilaClass(lilaCm: number, ageMonths: number, table: BalitaLilaTable = LILA_BALITA): BalitaLilaClass | null {
  if (ageMonths < table.fromMonths || ageMonths > table.toMonths || !(lilaCm > 0)) return null;
  return bandOf(lilaCm, table);
}
