// The codes of the LKD module (institution types, board positions, sections, dismissal grounds):
// kept apart from the rules so the record schemas (domain/records/lkd.ts), which every phone
// loads, carry only these short lists and not the whole Perdes table.

/** Pasal 7 ayat (1) a–e, and (2) for institutions formed later. */
export const INSTITUTION_TYPES = ['rt', 'tp-pkk', 'pkk-kelompok', 'karang-taruna', 'posyandu', 'lpm', 'lainnya'] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const POSITIONS = ['ketua', 'wakil-ketua', 'sekretaris', 'bendahara', 'bidang', 'kader', 'anggota'] as const;
export type BoardPosition = (typeof POSITIONS)[number];

/** Sections the Perdes names (TP PKK working groups, LPM fields); other boards type a bidang's name. */
export const SECTIONS = ['pokja-1', 'pokja-2', 'pokja-3', 'pokja-4', 'lpm-pemuda-olahraga', 'lpm-sarpras', 'lpm-pendidikan-agama-sosbud'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * Why a board member stops or is dismissed. One vocabulary for every institution; each
 * institution lists the grounds its own article allows, with that article.
 */
export const GROUNDS = [
  'habis-masa', 'meninggal', 'berhalangan-tetap', 'mundur', 'penghapusan-rt', 'pidana', 'norma-adat',
  'partai', 'pindah', 'tidak-memenuhi-syarat', 'tidak-aktif-3-bulan', 'lainnya',
] as const;
export type Ground = (typeof GROUNDS)[number];
