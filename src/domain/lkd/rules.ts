// The village institutions (LKD) of Perdes Prangat Selatan 2/2025 (seed 001) as data: which boards
// exist, their positions, term length and limit, age, residence and other conditions, and the
// grounds on which a board member stops or is dismissed (berhenti / diberhentikan). Every number
// carries the article it comes from; where the Perdes is silent the entry says so and the product's
// choice is documented in src/app/lkd/README.md. The seed wins over SPEC §6 and over issue 18's
// summary; the differences found are listed in that README.

import { type BoardPosition, type Ground, type InstitutionType, type Section } from './codes';

export * from './codes';

/** 'Pasal 14 ayat (1) huruf f' — articles are cited as the Perdes writes them (also in English). */
export function pasal(n: number, ayat?: number, huruf?: string): string {
  return `Pasal ${n}${ayat !== undefined ? ` ayat (${ayat})` : ''}${huruf ? ` huruf ${huruf}` : ''}`;
}

/**
 * How a ground is recognised. 'term': the board's term has ended; 'died' / 'moved': the RT books
 * say so; 'conditions': a condition of the article fails (age, residence, …); 'manual': only the
 * desa can know (a court ruling, a party card) and ticks it on the checklist.
 */
export type GroundCheck = 'term' | 'died' | 'moved' | 'conditions' | 'manual';

export interface GroundRule {
  ground: Ground;
  article: string;
  check: GroundCheck;
}

export interface PositionRule {
  position: BoardPosition;
  section?: Section;
  /** A board without this seat filled has an open seat. */
  required: boolean;
  /** Several people may hold it (bidang, kader, anggota). */
  many?: boolean;
  article: string;
}

export interface AgeRule {
  min?: number;
  max?: number;
  /** 'election': judged on the day the seat began (RT: "pada saat pemilihan"); 'always': while serving. */
  judged: 'election' | 'always';
  article: string;
  /** The article for the upper bound when it is not the same one (Karang Taruna). */
  maxArticle?: string;
}

export interface InstitutionRules {
  type: InstitutionType;
  /** Pasal 7 ayat (1). */
  basis: string;
  /** Where the institution stands: one per RT, one per Posyandu, one per desa, or several per desa. */
  unit: 'rt' | 'posyandu' | 'desa' | 'many';
  positions: PositionRule[];
  /** May the user add bidang/anggota seats the Perdes does not list? */
  openPositions: boolean;
  term: { years: number; article: string } | null;
  /** Said when the Perdes gives no term length (the SK's end date is typed). */
  termNote?: string;
  maxTerms: { n: number; article: string } | null;
  age: AgeRule | null;
  /** Residence the article asks for: in the RT itself, or anywhere in the desa. */
  residence: { level: 'rt' | 'desa'; article: string } | null;
  citizenship: string | null;
  literacy: string | null;
  /** Lowest schooling (RT books code 'slta' = SLTA or equal). */
  education: { min: 'slta'; article: string } | null;
  /** May not hold a seat on another LKD board at the same time. */
  noOtherSeat: string | null;
  grounds: GroundRule[];
  /** Replacement between terms (pengganti antarwaktu), or null when the Perdes has none for it. */
  replacement: { article: string; untilTermEnd: boolean; fromBoard?: string; actingLimitMonths?: { months: number; article: string } } | null;
  /** Perdes text that shapes the board but cannot be checked by the app (shown on the board page). */
  notes?: string[];
}

const g = (ground: Ground, article: string, check: GroundCheck = 'manual'): GroundRule => ({ ground, article, check });
const req = (position: BoardPosition, article: string, section?: Section): PositionRule => ({ position, article, required: true, ...(section ? { section } : {}) });
const opt = (position: BoardPosition, article: string, section?: Section): PositionRule => ({ position, article, required: false, many: true, ...(section ? { section } : {}) });

const RT: InstitutionRules = {
  type: 'rt',
  basis: pasal(7, 1, 'a'),
  unit: 'rt',
  // Pasal 13 ayat (1): ketua, sekretaris, bendahara, bidang sesuai kebutuhan.
  positions: [req('ketua', pasal(13, 1, 'a')), req('sekretaris', pasal(13, 1, 'b')), req('bendahara', pasal(13, 1, 'c')), opt('bidang', pasal(13, 1, 'd'))],
  openPositions: true,
  term: { years: 5, article: pasal(17, 1) },
  maxTerms: { n: 2, article: pasal(17, 2) },
  // "berusia paling rendah 21 … dan paling tinggi berumur 60 tahun pada saat pemilihan".
  age: { min: 21, max: 60, judged: 'election', article: pasal(14, 1, 'f') },
  // "penduduk RT setempat".
  residence: { level: 'rt', article: pasal(14, 1, 'd') },
  citizenship: pasal(14, 1, 'a'),
  literacy: pasal(14, 1, 'e'),
  education: { min: 'slta', article: pasal(14, 1, 'h') },
  noOtherSeat: pasal(14, 2),
  grounds: [
    g('habis-masa', pasal(17, 3, 'a'), 'term'),
    // Pasal 17 ayat (3) has no "meninggal dunia"; a death is read as berhalangan tetap (huruf b).
    g('berhalangan-tetap', pasal(17, 3, 'b'), 'died'),
    g('mundur', pasal(17, 3, 'c')),
    g('penghapusan-rt', pasal(17, 3, 'd')),
    g('pidana', pasal(17, 3, 'e')),
    g('norma-adat', pasal(17, 3, 'f')),
    g('partai', pasal(17, 3, 'g')),
    g('pindah', pasal(17, 3, 'h'), 'moved'),
    g('tidak-memenuhi-syarat', pasal(17, 3, 'i'), 'conditions'),
  ],
  // The ketua is replaced by one of the board (2/3 of the heads of family present), until the term ends.
  replacement: { article: `${pasal(17, 4)}–(6)`, untilTermEnd: true, fromBoard: pasal(17, 4) },
  notes: ['lkd.note.rtParty', 'lkd.note.rtElection'],
};

const TP_PKK: InstitutionRules = {
  type: 'tp-pkk',
  basis: pasal(7, 1, 'b'),
  unit: 'desa',
  // Pasal 26 ayat (5) and, for each working group, ayat (7): ketua, wakil ketua, sekretaris, anggota.
  positions: [
    req('ketua', pasal(26, 5, 'a')),
    req('wakil-ketua', pasal(26, 5, 'b')),
    req('sekretaris', pasal(26, 5, 'c')),
    req('bendahara', pasal(26, 5, 'd')),
    ...(['pokja-1', 'pokja-2', 'pokja-3', 'pokja-4'] as const).flatMap((s) => [
      req('ketua', pasal(26, 7, 'a'), s), req('wakil-ketua', pasal(26, 7, 'b'), s), req('sekretaris', pasal(26, 7, 'c'), s), opt('anggota', pasal(26, 7, 'd'), s),
    ]),
  ],
  openPositions: false,
  // "8 (delapan) tahun terhitung sejak pelantikan mengikuti masa bhakti kepala desa".
  term: { years: 8, article: pasal(30, 1) },
  maxTerms: null,
  age: null,
  residence: null,
  citizenship: pasal(29, 3),
  literacy: null,
  education: null,
  noOtherSeat: null,
  grounds: [
    g('meninggal', pasal(30, 2, 'a'), 'died'),
    g('mundur', pasal(30, 2, 'b')),
    g('habis-masa', pasal(30, 4, 'a'), 'term'),
    g('tidak-aktif-3-bulan', pasal(30, 4, 'b')),
    g('pidana', pasal(30, 4, 'c')),
  ],
  replacement: null,
  notes: ['lkd.note.tpPkkChair'],
};

const PKK_KELOMPOK: InstitutionRules = {
  type: 'pkk-kelompok',
  basis: pasal(27, 2),
  unit: 'many',
  positions: [req('ketua', pasal(27, 3, 'a')), req('sekretaris', pasal(27, 3, 'b')), req('bendahara', pasal(27, 3, 'c')), opt('bidang', pasal(27, 3, 'd'))],
  openPositions: true,
  // Pasal 31 ayat (1): counted from the installation; the Perdes gives no length.
  term: null,
  termNote: pasal(31, 1),
  maxTerms: null,
  age: { min: 21, judged: 'always', article: pasal(27, 4, 'g') },
  residence: { level: 'desa', article: pasal(27, 4, 'd') },
  citizenship: pasal(27, 4, 'a'),
  literacy: pasal(27, 4, 'f'),
  education: null,
  noOtherSeat: null,
  grounds: [
    g('meninggal', pasal(31, 2, 'a'), 'died'),
    g('mundur', pasal(31, 2, 'b')),
    g('habis-masa', pasal(31, 3, 'a'), 'term'),
    g('tidak-aktif-3-bulan', pasal(31, 3, 'b')),
    g('pidana', pasal(31, 3, 'c')),
    // Not a ground of Pasal 31, but Pasal 27 ayat (4) makes them conditions of the seat.
    g('partai', pasal(27, 4, 'e')),
    g('tidak-memenuhi-syarat', pasal(27, 4), 'conditions'),
    g('pindah', pasal(27, 4, 'd'), 'moved'),
  ],
  replacement: null,
};

const KARANG_TARUNA: InstitutionRules = {
  type: 'karang-taruna',
  basis: pasal(7, 1, 'c'),
  unit: 'desa',
  // The Perdes names no positions (Pasal 43: the AD/ART does); these are the usual ones.
  positions: [
    req('ketua', pasal(43)), opt('wakil-ketua', pasal(43)), req('sekretaris', pasal(43)), req('bendahara', pasal(43)),
    opt('bidang', pasal(41, 4)), opt('anggota', pasal(43)),
  ],
  openPositions: true,
  term: { years: 5, article: pasal(41, 3) },
  maxTerms: { n: 2, article: pasal(41, 5) },
  // At least 17 (Pasal 41 ayat (1) huruf b). Ayat (6) huruf g dismisses a member who no longer
  // meets "Pasal 40 ayat (1)", which is the 13–45 membership age: read literally, over 45.
  age: { min: 17, max: 45, judged: 'always', article: pasal(41, 1, 'b'), maxArticle: `${pasal(41, 6, 'g')} jo. ${pasal(40, 1)}` },
  residence: { level: 'desa', article: pasal(41, 1, 'c') },
  citizenship: pasal(41, 1, 'a'),
  literacy: null,
  education: null,
  noOtherSeat: null,
  grounds: [
    g('meninggal', pasal(41, 6, 'a'), 'died'),
    g('habis-masa', pasal(41, 6, 'b'), 'term'),
    g('berhalangan-tetap', pasal(41, 6, 'c')),
    g('mundur', pasal(41, 6, 'd')),
    g('partai', pasal(41, 6, 'e')),
    g('pindah', pasal(41, 6, 'f'), 'moved'),
    g('tidak-memenuhi-syarat', pasal(41, 6, 'g'), 'conditions'),
  ],
  replacement: null,
  notes: ['lkd.note.ktActive'],
};

const POSYANDU: InstitutionRules = {
  type: 'posyandu',
  basis: pasal(7, 1, 'd'),
  unit: 'posyandu',
  // Pasal 76: ketua, sekretaris, bendahara, kader merangkap anggota; Pasal 52 ayat (1) huruf d: ketua bidang.
  positions: [req('ketua', pasal(76, undefined, 'a')), req('sekretaris', pasal(76, undefined, 'b')), req('bendahara', pasal(76, undefined, 'c')), opt('kader', pasal(76, undefined, 'd')), opt('bidang', pasal(52, 1, 'd'))],
  openPositions: true,
  term: { years: 5, article: pasal(80, 1) },
  maxTerms: { n: 2, article: pasal(80, 2) },
  age: { min: 17, max: 55, judged: 'always', article: pasal(78, 1, 'g') },
  residence: { level: 'desa', article: pasal(78, 1, 'd') },
  citizenship: pasal(78, 1, 'a'),
  literacy: pasal(78, 1, 'f'),
  education: null,
  // Printed as "(3)" after ayat (1); there is no ayat (2).
  noOtherSeat: pasal(78, 3),
  grounds: [
    g('meninggal', pasal(80, 3, 'a'), 'died'),
    g('habis-masa', pasal(80, 3, 'b'), 'term'),
    g('berhalangan-tetap', pasal(80, 3, 'c')),
    g('mundur', pasal(80, 3, 'd')),
    g('partai', pasal(80, 3, 'e')),
    // "sebagaimana dimaksud dalam Pasal 79 ayat (1)": the conditions are in Pasal 78 ayat (1).
    g('tidak-memenuhi-syarat', pasal(80, 3, 'f'), 'conditions'),
    g('pindah', pasal(57, 2, 'b'), 'moved'),
    g('pidana', pasal(57, 2, 'd')),
    g('tidak-aktif-3-bulan', pasal(57, 2, 'e')),
  ],
  // An acting holder (pelaksana tugas) first; the replacement within 3 months (ketua: ayat 3; others: ayat 6).
  replacement: { article: pasal(81), untilTermEnd: true, actingLimitMonths: { months: 3, article: `${pasal(81, 3)}, ${pasal(81, 6)}` } },
};

const LPM: InstitutionRules = {
  type: 'lpm',
  basis: pasal(7, 1, 'e'),
  unit: 'desa',
  // Pasal 89 "paling sedikit terdiri atas": every one of these is required.
  positions: [
    req('ketua', pasal(89, undefined, 'a')), req('sekretaris', pasal(89, undefined, 'b')), req('bendahara', pasal(89, undefined, 'c')),
    req('bidang', `${pasal(89, undefined, 'd')} angka 1`, 'lpm-pemuda-olahraga'),
    req('bidang', `${pasal(89, undefined, 'd')} angka 2`, 'lpm-sarpras'),
    req('bidang', `${pasal(89, undefined, 'd')} angka 3`, 'lpm-pendidikan-agama-sosbud'),
    opt('anggota', pasal(88, 2)),
  ],
  openPositions: false,
  term: { years: 5, article: pasal(94, 1) },
  maxTerms: { n: 2, article: pasal(94, 1) },
  // No "pada saat pemilihan" here: a member who turns 61 no longer meets it.
  age: { min: 21, max: 60, judged: 'always', article: pasal(90, 1, 'g') },
  residence: { level: 'desa', article: pasal(90, 1, 'd') },
  citizenship: pasal(90, 1, 'a'),
  literacy: pasal(90, 1, 'f'),
  education: { min: 'slta', article: pasal(90, 1, 'e') },
  noOtherSeat: pasal(90, 2),
  grounds: [
    g('habis-masa', pasal(94, 2, 'a'), 'term'),
    g('meninggal', pasal(94, 2, 'b'), 'died'),
    g('mundur', pasal(94, 2, 'c')),
    g('partai', pasal(94, 2, 'd')),
    g('pindah', pasal(94, 2, 'e'), 'moved'),
    g('tidak-memenuhi-syarat', pasal(94, 2, 'f'), 'conditions'),
  ],
  replacement: { article: `${pasal(94, 3)}–(5)`, untilTermEnd: true },
  notes: ['lkd.note.lpmParty'],
};

const LAINNYA: InstitutionRules = {
  type: 'lainnya',
  basis: pasal(7, 2),
  unit: 'many',
  positions: [req('ketua', pasal(4, 2, 'd')), opt('sekretaris', pasal(4, 2, 'd')), opt('bendahara', pasal(4, 2, 'd')), opt('bidang', pasal(4, 2, 'd')), opt('anggota', pasal(4, 2, 'd'))],
  openPositions: true,
  term: null,
  termNote: pasal(7, 3),
  maxTerms: null,
  age: null,
  residence: null,
  citizenship: null,
  literacy: null,
  education: null,
  noOtherSeat: null,
  grounds: [g('meninggal', pasal(7, 2), 'died'), g('mundur', pasal(7, 2)), g('habis-masa', pasal(7, 2), 'term'), g('partai', pasal(4, 2, 'f')), g('lainnya', pasal(7, 2))],
  replacement: null,
};

export const RULES: Record<InstitutionType, InstitutionRules> = {
  rt: RT,
  'tp-pkk': TP_PKK,
  'pkk-kelompok': PKK_KELOMPOK,
  'karang-taruna': KARANG_TARUNA,
  posyandu: POSYANDU,
  lpm: LPM,
  lainnya: LAINNYA,
};

/** Karang Taruna membership, stelsel pasif: every young person aged 13 to 45 (Pasal 40 ayat (1)). */
export const KARANG_TARUNA_MEMBERS = { min: 13, max: 45, article: pasal(40, 1) } as const;

/** The grounds an institution's article allows, in the article's order (the end-of-seat choices). */
export function groundsOf(type: InstitutionType): GroundRule[] {
  return RULES[type].grounds;
}
