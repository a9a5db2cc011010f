import type { Sourced } from '../bands';
import { dayNumber } from '../dates';
import type { IsoDate } from '../types';
import { addDays, addMonthsToDate } from '../dates';

// Pregnancy rules: due date (HPL) from the last period (HPHT), gestational age, trimester, the
// ANC visit standard (K1–K6) and what is due, KEK by LiLA, danger signs. Visits and signs are
// recorded elsewhere; these functions only judge them.

/**
 * HPL by Naegele's rule as Indonesian midwives write it — day + 7, month − 3, year + 1 — computed
 * as HPHT + 7 days, then + 9 calendar months (a day the month lacks falls on its last day). It can
 * differ by a day or two from HPHT + 280 days, as the hand rule does.
 */
export function hplFromHpht(hpht: IsoDate): IsoDate {
  return addMonthsToDate(addDays(hpht, 7), 9);
}

export type Trimester = 1 | 2 | 3;

export interface AncStandard extends Sourced {
  /** last completed week of gestation of trimesters 1 and 2; trimester 3 runs to delivery */
  trimesterEnds: readonly [number, number];
  /** minimum contacts per trimester */
  minVisits: Readonly<Record<Trimester, number>>;
  /** trimesters that need a contact with a doctor (USG) */
  doctorTrimesters: readonly Trimester[];
}

export const ANC_PERMENKES_21_2021: AncStandard = {
  id: 'anc-k6-permenkes-21-2021',
  version: 1,
  source:
    'Permenkes 21/2021, Pasal 13: pelayanan kesehatan masa hamil paling sedikit 6 kali — 1 kali trimester ' +
    'pertama, 2 kali trimester kedua, 3 kali trimester ketiga; paling sedikit 2 kali oleh dokter (kunjungan ' +
    'pertama di trimester pertama, kunjungan kelima di trimester ketiga). Trimester edges as Buku KIA prints ' +
    'them (0–12 minggu, >12–24 minggu, >24 minggu sampai persalinan), read as completed weeks: ' +
    'correctable data (WHO uses 13+6 and 27+6 weeks).',
  trimesterEnds: [12, 24],
  minVisits: { 1: 1, 2: 2, 3: 3 },
  // "kunjungan pertama" and "kunjungan kelima": one doctor contact in trimester 1 and one in
  // trimester 3, whichever visit number it falls on.
  doctorTrimesters: [1, 3],
};

export interface Gestation {
  /** days since HPHT (HPHT itself = day 0) */
  days: number;
  /** completed weeks, and the days past them: '12 minggu 3 hari' */
  weeks: number;
  extraDays: number;
  trimester: Trimester;
}

/** Gestational age on a date; null before HPHT. */
export function gestationOn(hpht: IsoDate, on: IsoDate, std: AncStandard = ANC_PERMENKES_21_2021): Gestation | null {
  const days = dayNumber(on) - dayNumber(hpht);
  if (days < 0) return null;
  const weeks = Math.floor(days / 7);
  const trimester: Trimester = weeks <= std.trimesterEnds[0] ? 1 : weeks <= std.trimesterEnds[1] ? 2 : 3;
  return { days, weeks, extraDays: days - weeks * 7, trimester };
}

export interface AncVisit {
  date: IsoDate;
  /** examined by a doctor (USG at K1 and K5) */
  byDoctor?: boolean;
}

export interface AncStatus {
  gestation: Gestation;
  /** visits counted so far (between HPHT and the date); the next one is K(count + 1) */
  count: number;
  byTrimester: Record<Trimester, number>;
  /** the current trimester still lacks its minimum: a visit is due */
  due: boolean;
  /** earlier trimesters that ended below their minimum */
  missedTrimesters: Trimester[];
  /** K1 in trimester 1 (K1 murni) */
  k1Early: boolean;
  /** K6 standard met: every trimester's minimum (only final once the pregnancy ends) */
  complete: boolean;
  /** trimesters up to the current one that need a doctor contact and have none yet */
  doctorMissing: Trimester[];
}

/** ANC position of a pregnancy on a date; null before HPHT. Visits outside HPHT..date are ignored. */
export function ancStatus(hpht: IsoDate, visits: readonly AncVisit[], on: IsoDate, std: AncStandard = ANC_PERMENKES_21_2021): AncStatus | null {
  const now = gestationOn(hpht, on, std);
  if (!now) return null;
  const counted = visits
    .filter((v) => dayNumber(v.date) >= dayNumber(hpht) && dayNumber(v.date) <= dayNumber(on))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const byTrimester: Record<Trimester, number> = { 1: 0, 2: 0, 3: 0 };
  const trimesterOf = counted.map((v) => gestationOn(hpht, v.date, std)!.trimester);
  for (const t of trimesterOf) byTrimester[t]++;
  const missedTrimesters = ([1, 2] as Trimester[]).filter((t) => t < now.trimester && byTrimester[t] < std.minVisits[t]);
  const doctorMissing = std.doctorTrimesters.filter(
    (t) => t <= now.trimester && !counted.some((v, i) => v.byDoctor && trimesterOf[i] === t),
  );
  return {
    gestation: now,
    count: counted.length,
    byTrimester,
    due: byTrimester[now.trimester] < std.minVisits[now.trimester],
    missedTrimesters,
    k1Early: trimesterOf[0] === 1,
    complete: ([1, 2, 3] as Trimester[]).every((t) => byTrimester[t] >= std.minVisits[t]),
    doctorMissing,
  };
}

export interface LilaTable extends Sourced {
  /** LiLA below this (cm) is Kurang Energi Kronis */
  kekBelowCm: number;
}

export const LILA_KEK: LilaTable = {
  id: 'lila-kek-kemenkes',
  version: 1,
  source:
    'Kemenkes: LiLA < 23,5 cm = risiko Kurang Energi Kronis (KEK) pada wanita usia subur dan ibu hamil ' +
    '(Buku KIA 2020/2023; Pedoman Penanggulangan KEK pada Ibu Hamil)',
  kekBelowCm: 23.5,
};

/** KEK: LiLA strictly below 23.5 cm (23.5 itself is not KEK). */
export function isKek(lilaCm: number, table: LilaTable = LILA_KEK): boolean {
  return lilaCm < table.kekBelowCm;
}

/** Vitamin A for an ibu nifas: two red capsules, one right after delivery and one the next day. */
export const VITAMIN_A_NIFAS: Sourced & { colour: 'merah'; count: number; iu: number } = {
  id: 'vitamin-a-nifas-permenkes-21-2015',
  version: 1,
  source:
    'Permenkes 21/2015 (Standar Kapsul Vitamin A bagi Bayi, Anak Balita, dan Ibu Nifas) and Buku KIA: ibu nifas ' +
    'minum 2 kapsul vitamin A merah (200.000 SI), satu segera setelah melahirkan, satu lagi 24 jam kemudian',
  colour: 'merah',
  count: 2,
  iu: 200_000,
};

export type PregnancyDangerSign =
  | 'vomitingPersistent' | 'highFever' | 'swellingHeadacheSeizure' | 'reducedFetalMovement' | 'bleeding' | 'membraneRupture';
export type NifasDangerSign =
  | 'bleeding' | 'foulDischarge' | 'swellingHeadacheSeizure' | 'feverOver2Days' | 'breastSwollenPainful' | 'depression';

export interface DangerSignList<C extends string> extends Sourced {
  /** each sign with the Buku KIA wording (the app's i18n names them; this is the reference) */
  signs: readonly { code: C; asPrinted: string }[];
}

export const PREGNANCY_DANGER_SIGNS: DangerSignList<PregnancyDangerSign> = {
  id: 'tanda-bahaya-kehamilan-buku-kia',
  version: 1,
  source:
    'Buku KIA (Kemenkes 2020, repeated 2023), "Tanda bahaya pada kehamilan": segera ke fasilitas kesehatan. ' +
    'The book also lists other complaints (demam menggigil, sakit saat kencing, diare berulang, jantung ' +
    'berdebar/nyeri dada, batuk lama, sulit tidur/cemas, keputihan berbau) that are not danger signs here.',
  signs: [
    { code: 'vomitingPersistent', asPrinted: 'Muntah terus dan tidak mau makan' },
    { code: 'highFever', asPrinted: 'Demam tinggi' },
    { code: 'swellingHeadacheSeizure', asPrinted: 'Bengkak kaki, tangan dan wajah, atau sakit kepala disertai kejang' },
    { code: 'reducedFetalMovement', asPrinted: 'Janin dirasakan kurang bergerak dibandingkan sebelumnya' },
    { code: 'bleeding', asPrinted: 'Perdarahan pada hamil muda dan hamil tua' },
    { code: 'membraneRupture', asPrinted: 'Air ketuban keluar sebelum waktunya' },
  ],
};

export const NIFAS_DANGER_SIGNS: DangerSignList<NifasDangerSign> = {
  id: 'tanda-bahaya-nifas-buku-kia',
  version: 1,
  source: 'Buku KIA (Kemenkes 2020, repeated 2023), "Tanda bahaya pada ibu nifas": segera ke fasilitas kesehatan',
  signs: [
    { code: 'bleeding', asPrinted: 'Perdarahan lewat jalan lahir' },
    { code: 'foulDischarge', asPrinted: 'Keluar cairan berbau dari jalan lahir' },
    { code: 'swellingHeadacheSeizure', asPrinted: 'Bengkak di wajah, tangan dan kaki, atau sakit kepala dan kejang-kejang' },
    { code: 'feverOver2Days', asPrinted: 'Demam lebih dari 2 hari' },
    { code: 'breastSwollenPainful', asPrinted: 'Payudara bengkak, merah disertai rasa sakit' },
    { code: 'depression', asPrinted: 'Ibu terlihat sedih, murung dan menangis tanpa sebab (depresi)' },
  ],
};

/** Signs of the list that were ticked; any one means referral today. Unknown codes are ignored. */
export function dangerSignsPresent<C extends string>(ticked: readonly string[], list: DangerSignList<C>): C[] {
  return list.signs.filter((s) => ticked.includes(s.code)).map((s) => s.code);
}
