import { bandOf, type BandTable, type Sourced } from '../bands';

// Lansia: activities of daily living (Barthel index, 0–20) and the simple screening (SKILAS) of the
// ILP lansia card, as data.

export type AdlItem =
  | 'feeding' | 'bathing' | 'grooming' | 'dressing' | 'bowels' | 'bladder' | 'toilet' | 'transfer' | 'mobility' | 'stairs';
export type AdlClass = 'mandiri' | 'ringan' | 'sedang' | 'berat' | 'total';

export interface AdlTable extends BandTable<AdlClass> {
  /** each item's highest score (the lowest is 0) */
  items: Readonly<Record<AdlItem, number>>;
}

export const ADL_BARTHEL_KEMENKES: AdlTable = {
  id: 'adl-indeks-barthel-kemenkes',
  version: 1,
  source:
    'Indeks Barthel (Collin, Wade, Davies & Horne 1988, 0–20 scoring), as the Kemenkes lansia instruments use it ' +
    '(Permenkes 67/2015 Pelayanan Kesehatan Lanjut Usia di Puskesmas, lampiran; ILP form "Penilaian ADL dengan ' +
    'Indeks Barthel Modifikasi" beside SKILAS): makan 0–2, mandi 0–1, perawatan diri 0–1, berpakaian 0–2, BAB ' +
    '0–2, BAK 0–2, penggunaan toilet 0–2, transfer 0–3, mobilitas 0–3, naik turun tangga 0–2. Total 20 mandiri ' +
    '(A), 12–19 ketergantungan ringan (B), 9–11 sedang (B), 5–8 berat (C), 0–4 total (C).',
  items: {
    feeding: 2, bathing: 1, grooming: 1, dressing: 2, bowels: 2, bladder: 2, toilet: 2, transfer: 3, mobility: 3, stairs: 2,
  },
  bands: [
    { code: 'total', atMost: 4 },
    { code: 'berat', atMost: 8 },
    { code: 'sedang', atMost: 11 },
    { code: 'ringan', atMost: 19 },
    { code: 'mandiri' },
  ],
};

export type AdlScores = Readonly<Record<AdlItem, number>>;

/**
 * Total and class of a complete ADL form; null when an item is missing, not a whole number, or
 * outside 0..its maximum (a half-filled form gives no class rather than a wrong one).
 */
export function adlResult(scores: Partial<AdlScores>, table: AdlTable = ADL_BARTHEL_KEMENKES): { total: number; class: AdlClass } | null {
  let total = 0;
  for (const [item, max] of Object.entries(table.items) as [AdlItem, number][]) {
    const s = scores[item];
    if (s === undefined || !Number.isInteger(s) || s < 0 || s > max) return null;
    total += s;
  }
  return { total, class: bandOf(total, table) };
}

/** The six intrinsic-capacity domains of SKILAS (Skrining Lansia Sederhana, after WHO ICOPE). */
export type SkilasDomain = 'cognition' | 'mobility' | 'nutrition' | 'vision' | 'hearing' | 'depression';
export type SkilasFinding =
  | 'recallOrOrientationFailed' | 'chairRiseFailed' | 'weightLoss3kg' | 'appetiteLoss' | 'lilaBelow21'
  | 'eyeProblem' | 'fingerCountFailed' | 'whisperTestFailed' | 'feelingDown' | 'littleInterest';

export interface SkilasTable extends Sourced {
  /** each finding (a ticked box) and its domain; any ticked box means referral to the puskesmas */
  findings: Readonly<Record<SkilasFinding, SkilasDomain>>;
  /** LiLA below this (cm) ticks the nutrition box */
  lilaBelowCm: number;
}

export const SKILAS_KEMENKES: SkilasTable = {
  id: 'skilas-kemenkes-ilp',
  version: 1,
  source:
    'Instrumen Skrining Lansia Sederhana (SKILAS), Kemenkes (Direktorat Kesehatan Usia Produktif dan Lansia, ' +
    'ILP 2023; after WHO ICOPE step 1): penurunan kognitif (ingat 3 kata, orientasi waktu dan tempat), ' +
    'keterbatasan mobilisasi (berdiri dari kursi 5 kali dalam 14 detik), malnutrisi (BB turun > 3 kg dalam 3 ' +
    'bulan, hilang nafsu makan, LiLA < 21 cm), gangguan penglihatan (masalah mata, tes hitung jari), gangguan ' +
    'pendengaran (tes bisik), gejala depresi (sedih/putus asa, sedikit minat). "Jika ada salah satu kotak ... ' +
    'dicentang, rujuk Puskesmas".',
  findings: {
    recallOrOrientationFailed: 'cognition',
    chairRiseFailed: 'mobility',
    weightLoss3kg: 'nutrition',
    appetiteLoss: 'nutrition',
    lilaBelow21: 'nutrition',
    eyeProblem: 'vision',
    fingerCountFailed: 'vision',
    whisperTestFailed: 'hearing',
    feelingDown: 'depression',
    littleInterest: 'depression',
  },
  lilaBelowCm: 21,
};

/** Domains with a ticked finding (each once, in table order); refer when not empty. */
export function skilasDomains(ticked: readonly string[], table: SkilasTable = SKILAS_KEMENKES): SkilasDomain[] {
  const out: SkilasDomain[] = [];
  for (const [finding, domain] of Object.entries(table.findings) as [SkilasFinding, SkilasDomain][]) {
    if (ticked.includes(finding) && !out.includes(domain)) out.push(domain);
  }
  return out;
}
