import type { LhfaCategory, WfaCategory, WflCategory } from '../growth';

// Nutrition-status words of Permenkes 2/2020 (Standar Antropometri Anak), Pasal 4 and Lampiran,
// as e-PPGBM writes them. They are the regulation's terms, so they stay Indonesian in every UI
// language: the file goes to the puskesmas, not to the phone's reader.

export const WFA_WORDS: Record<WfaCategory, string> = {
  severelyUnderweight: 'Berat badan sangat kurang',
  underweight: 'Berat badan kurang',
  normal: 'Berat badan normal',
  riskOverweight: 'Risiko berat badan lebih',
};

export const LHFA_WORDS: Record<LhfaCategory, string> = {
  severelyStunted: 'Sangat pendek',
  stunted: 'Pendek',
  normal: 'Normal',
  tall: 'Tinggi',
};

export const WFL_WORDS: Record<WflCategory, string> = {
  severelyWasted: 'Gizi buruk',
  wasted: 'Gizi kurang',
  normal: 'Gizi baik',
  riskOverweight: 'Berisiko gizi lebih',
  overweight: 'Gizi lebih',
  obese: 'Obesitas',
};

/** "Cara Ukur" as e-PPGBM writes it. */
export const POSITION_WORDS = { lying: 'Terlentang', standing: 'Berdiri' } as const;

/** "Usia Saat Ukur": completed years and months, "2 Tahun - 3 Bulan". */
export function ageText(months: number): string {
  return `${Math.floor(months / 12)} Tahun - ${months % 12} Bulan`;
}
