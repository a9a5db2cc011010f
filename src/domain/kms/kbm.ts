// Kenaikan Berat Badan Minimal (KBM): the minimum monthly gain for N, by age in completed months
// at the current weighing. County-variable data (domain-tables §1), so a versioned object a county
// can replace, not a constant in the code.

export interface KbmBand {
  /** completed months, inclusive */
  fromMonths: number;
  toMonths: number;
  grams: number;
}

export interface KbmTable {
  id: string;
  version: number;
  source: string;
  /** ascending, contiguous; ages past the last band use the last band */
  bands: KbmBand[];
}

export const KBM_KMS_2010: KbmTable = {
  id: 'kbm-kms-permenkes-155-2010',
  version: 1,
  source: 'KMS of Permenkes 155/2010, repeated in Buku KIA 2023 (Permenkes 2/2020); 7–11/12–59 split as commonly read',
  bands: [
    // The KMS starts at 1 month; a child weighed at 0 completed months (second weighing within
    // the first month of life) is judged against the 1-month value.
    { fromMonths: 0, toMonths: 1, grams: 800 },
    { fromMonths: 2, toMonths: 2, grams: 900 },
    { fromMonths: 3, toMonths: 3, grams: 800 },
    { fromMonths: 4, toMonths: 4, grams: 600 },
    { fromMonths: 5, toMonths: 5, grams: 500 },
    { fromMonths: 6, toMonths: 6, grams: 400 },
    { fromMonths: 7, toMonths: 11, grams: 300 },
    { fromMonths: 12, toMonths: 59, grams: 200 },
  ],
};

export function kbmGrams(ageMonths: number, table: KbmTable = KBM_KMS_2010): number {
  for (const b of table.bands) if (ageMonths <= b.toMonths) return b.grams;
  return table.bands[table.bands.length - 1].grams;
}
