// The codes of the Posyantek module (Perbup Paser 2/2022, seed 000): kept apart from the rules so
// the record schemas (domain/records/posyantek.ts), which every phone loads, carry only these lists.

/** Pasal 2 ayat (1): Posyantek Antar Desa (kecamatan) and Posyantekdes (desa). */
export const POST_LEVELS = ['desa', 'antar-desa'] as const;
export type PostLevel = (typeof POST_LEVELS)[number];

/** Pasal 9 ayat (3): six board members, one per position, in the article's order. */
export const POSITIONS = ['ketua', 'sekretaris', 'bendahara', 'seksi-pelayanan-usaha', 'seksi-kemitraan', 'seksi-pengembangan'] as const;
export type PosyantekPosition = (typeof POSITIONS)[number];

/** Why a board member stops (the Perbup lists none; the usual ones, and the end of the term). */
export const END_REASONS = ['habis-masa', 'meninggal', 'mundur', 'pindah', 'diberhentikan', 'lainnya'] as const;
export type EndReason = (typeof END_REASONS)[number];

/**
 * The work of the positions (BAB V) kept as records: services and consultations (Pasal 16 ayat (2)
 * huruf b, f; 19 huruf d), promotion and socialisation (16 huruf b; 19 huruf c), training (Pasal 24
 * ayat (3) huruf c), partnerships (Pasal 20, 23), development and study of a TTG (Pasal 21).
 */
export const ACTIVITY_TYPES = ['layanan', 'konsultasi', 'pendampingan', 'promosi', 'sosialisasi', 'pelatihan', 'kemitraan', 'pengembangan', 'rapat'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** A technology need mapped with the community (pemetaan kebutuhan TTG, Pasal 16 huruf c; 21 huruf b, d, e). */
export const NEED_STATUSES = ['baru', 'dikaji', 'dipenuhi', 'ditunda'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const TTG_CONDITIONS = ['baik', 'rusak-ringan', 'rusak-berat'] as const;
export type TtgCondition = (typeof TTG_CONDITIONS)[number];

/** Pasal 24 ayat (3) huruf a–m: the productive business units the Perbup names. */
export const UNIT_TYPES = [
  'bengkel', 'rumah-kemasan', 'kursus-ttg', 'sewa-ttg', 'konsultasi', 'alat-rumah-tangga', 'alat-pengolahan',
  'elektronik', 'kerajinan', 'kedai-kopi', 'wisata', 'bank-sampah', 'lainnya',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/**
 * Cash book categories (Pasal 25 ayat (3) huruf c: every income and expense in the buku kas).
 * Only 'pendapatan-usaha' and 'beban-usaha' make the business result (Pasal 24 ayat (5)); funds
 * (Pasal 25 ayat (1), (2)) and the split paid out are cash, not business result.
 */
export const INCOME_CATEGORIES = ['pendapatan-usaha', 'dana-apbn', 'dana-apbd-provinsi', 'dana-apbd', 'dana-desa', 'dana-lain', 'lainnya-masuk'] as const;
export const EXPENSE_CATEGORIES = ['beban-usaha', 'kegiatan', 'bagi-hasil', 'aset', 'lainnya-keluar'] as const;
export const CASH_CATEGORIES = [...INCOME_CATEGORIES, ...EXPENSE_CATEGORIES] as const;
export type IncomeCategory = (typeof INCOME_CATEGORIES)[number];
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];
export type CashCategory = (typeof CASH_CATEGORIES)[number];

/** Pasal 24 ayat (6) huruf a–e, in the article's order (the order breaks ties in the split). */
export const SPLIT_SHARES = ['insentif-pengurus', 'pendapatan-desa', 'sosial-pendidikan-kesehatan', 'kapasitas-pengurus', 'modal-usaha'] as const;
export type SplitShare = (typeof SPLIT_SHARES)[number];
