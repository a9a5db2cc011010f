import * as v from 'valibot';
import { defineKind } from './envelope';
import { isoDate, month, sex, citizenship, text, optText, nik16, desaCode, rtNo, refId } from './common';
import { ordered } from './order-schema';

// Record kinds of the RT books module (001 Pasal 20 ayat 1 huruf j–m, Permendagri 47/2016 B1–B4).
// Owned by the RT module; extend freely, but a field once synced must stay readable (add optional
// fields; never rename or narrow). The first three kinds shipped with fewer fields, so every field
// added to them later is optional.

export const RELIGIONS = ['islam', 'kristen', 'katolik', 'hindu', 'buddha', 'khonghucu', 'kepercayaan'] as const;
export const MARITAL = ['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'] as const;
export const EDUCATION = [
  'tidak_sekolah', 'belum_tamat_sd', 'sd', 'sltp', 'slta', 'd1_d2', 'd3', 's1_d4', 's2', 's3',
] as const;
export const FAMILY_POSITION = [
  'kepala', 'suami', 'istri', 'anak', 'menantu', 'cucu', 'orang_tua', 'mertua', 'famili_lain', 'pembantu', 'lainnya',
] as const;
export const MUTATION_TYPES = ['lahir', 'mati', 'datang', 'pindah'] as const;

const docs = v.object({ kk: v.boolean(), akta: v.boolean(), ktpEl: v.boolean() });

const personData = v.object({
  name: text(120),
  nik: v.optional(nik16),
  sex,
  birthDate: isoDate,
  citizenship,
  birthPlace: optText(120),
  religion: v.optional(v.picklist(RELIGIONS)),
  maritalStatus: v.optional(v.picklist(MARITAL)),
  education: v.optional(v.picklist(EDUCATION)),
  occupation: optText(120),
  /** B1 column "dapat membaca huruf Latin". */
  canRead: v.optional(v.boolean()),
  familyPosition: v.optional(v.picklist(FAMILY_POSITION)),
  /** 'tetap' when absent (records made before the column existed). */
  residency: v.optional(v.picklist(['tetap', 'nonpermanen'])),
  /** Documents held; absent = not recorded yet (shown as missing, i.e. rentan adminduk). */
  documents: v.optional(docs),
  /** Why a NIK that disagrees with birth date or sex was kept as written (SPEC §2: warn, never block). */
  nikNote: optText(300),
  notes: optText(500),
});

/** The snapshot of B2's identity columns at the time of the event, so a reported month keeps its figures. */
const mutationData = ordered(v.object({
  type: v.picklist(MUTATION_TYPES),
  date: isoDate,
  personId: refId,
  householdId: refId,
  name: text(120),
  sex,
  citizenship,
  birthDate: isoDate,
  birthPlace: optText(120),
  /** datang: arrived from; pindah: moved to. */
  place: optText(200),
  /** mati: cause or place of death; free text. */
  cause: optText(200),
  notes: optText(500),
  /**
   * A correcting entry names the entry it corrects (the latest in the chain). Its own fields
   * replace the corrected entry's; `cancel` withdraws the corrected entry altogether.
   */
  corrects: v.optional(refId),
  cancel: v.optional(v.boolean()),
  reason: optText(300),
}), [['date', 'birthDate']]);

export const rtKinds = {
  'rt.unit': defineKind({
    kind: 'rt.unit',
    module: 'rt',
    mode: 'shared',
    schema: v.object({
      desaCode,
      desaName: optText(120),
      rtNo,
      rw: optText(10),
      dusun: optText(120),
      kecamatan: optText(120),
      ketua: optText(120),
      sekretaris: optText(120),
      bendahara: optText(120),
      termStart: v.optional(isoDate),
      /** The day the buku induk was opened: people entered without a birth/arrival entry live here from then. */
      bookStart: v.optional(isoDate),
    }),
  }),
  'rt.household': defineKind({
    kind: 'rt.household',
    module: 'rt',
    mode: 'shared',
    schema: v.object({
      noKk: v.optional(nik16),
      address: text(300),
      headPersonId: optText(64),
      /** Why a No. KK from another region was kept as written. */
      kkNote: optText(300),
      notes: optText(500),
    }),
  }),
  'rt.person': defineKind({ kind: 'rt.person', module: 'rt', mode: 'shared', schema: personData }),
  'rt.mutation': defineKind({ kind: 'rt.mutation', module: 'rt', mode: 'append', schema: mutationData }),
  'rt.temp': defineKind({
    kind: 'rt.temp',
    module: 'rt',
    mode: 'shared',
    schema: ordered(v.object({
      name: text(120),
      sex,
      idNumber: optText(40),
      birthPlace: optText(120),
      birthDate: v.optional(isoDate),
      /** B4 allows age instead of date of birth. */
      age: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(130))),
      occupation: optText(120),
      citizenship,
      descent: optText(120),
      arrivedFrom: optText(200),
      purpose: optText(200),
      hostName: optText(120),
      hostAddress: optText(300),
      arrivalDate: isoDate,
      departureDate: v.optional(isoDate),
      notes: optText(500),
    }), [['departureDate', 'arrivalDate'], ['arrivalDate', 'birthDate']]),
  }),
  'rt.report': defineKind({
    kind: 'rt.report',
    module: 'rt',
    mode: 'shared',
    schema: v.object({
      month,
      /** Date it went to the Kepala Desa; absent while still a draft. */
      sentOn: v.optional(isoDate),
      /** When it was marked sent: entries recorded after this are late corrections of the month. */
      sentAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
      /** Recap cells as sent ('start.WNI.L' → n), to show what a later revision changed. */
      sentRecap: v.optional(v.record(v.string(), v.number())),
      notes: optText(1000),
    }),
  }),
  'rt.activity': defineKind({
    kind: 'rt.activity',
    module: 'rt',
    mode: 'shared',
    schema: v.object({ date: isoDate, title: text(200), description: optText(1000) }),
  }),
};

export type RtUnitData = v.InferOutput<(typeof rtKinds)['rt.unit']['schema']>;
export type HouseholdData = v.InferOutput<(typeof rtKinds)['rt.household']['schema']>;
export type PersonData = v.InferOutput<typeof personData>;
export type MutationData = v.InferOutput<typeof mutationData>;
export type MutationType = (typeof MUTATION_TYPES)[number];
export type TempResidentData = v.InferOutput<(typeof rtKinds)['rt.temp']['schema']>;
export type RtReportData = v.InferOutput<(typeof rtKinds)['rt.report']['schema']>;
export type RtActivityData = v.InferOutput<(typeof rtKinds)['rt.activity']['schema']>;
