import * as v from 'valibot';
import { defineKind } from './envelope';
import { isoDate, month, sex, text, optText, nik16, refId } from './common';
import { RELIGIONS, MARITAL, EDUCATION, FAMILY_POSITION } from './rt';
import { ordered } from './order-schema';

// Record kinds of the Dasawisma/PKK module. Owned by that module; extend freely, but a field
// once synced must stay readable (add optional fields; never rename or narrow).
//
// Where the PKK forms (TP PKK guide 4.14.1a, 4.15, 4.16a, 4.18) have choices, the schema has a
// picklist, so the phone shows chips and the recap counts codes, never free text.

// An optional yes/no: absent = not asked yet (shown as missing; see domain/dasawisma/facts.ts),
// false = an explicit no.
const bool = v.optional(v.boolean());
const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const multi = <T extends readonly [string, ...string[]]>(opts: T) => v.optional(v.pipe(v.array(v.picklist(opts)), v.maxLength(opts.length)));

export const STAPLE_FOODS = ['beras', 'non-beras'] as const;
export const WATER_SOURCES = ['pdam', 'sumur', 'lainnya'] as const;
export const LATRINES = ['tidak-ada', 'ada', 'ada-septic'] as const;
export const YARD_USES = ['peternakan', 'perikanan', 'warung-hidup', 'toga', 'lumbung-hidup', 'tanaman-keras'] as const;
export const HOME_INDUSTRIES = ['pangan', 'sandang', 'jasa', 'lainnya'] as const;
// Same codes as the RT books, so a member linked to an RT person reads the same values.
export const FAMILY_STATUSES = FAMILY_POSITION;
export const MARITAL_STATUSES = MARITAL;
export { RELIGIONS };
export const EDUCATIONS = EDUCATION;
export const OCCUPATIONS = [
  'belum-bekerja', 'pelajar', 'mengurus-rumah-tangga', 'petani', 'nelayan', 'buruh', 'pedagang',
  'wiraswasta', 'pns', 'tni-polri', 'karyawan-swasta', 'honorer', 'pensiunan', 'lainnya',
] as const;
export const STUDY_GROUPS = ['paket-a', 'paket-b', 'paket-c', 'kf'] as const;
export const SPECIAL_NEEDS = ['fisik', 'netra', 'rungu-wicara', 'mental', 'lainnya'] as const;
/** The eight PKK main programmes a member can join (catatan keluarga 4.15). */
export const PKK_ACTIVITIES = [
  'pancasila', 'gotong-royong', 'pendidikan-keterampilan', 'koperasi', 'pangan', 'sandang', 'kesehatan', 'perencanaan-sehat',
] as const;
export const KB_METHODS = ['pil', 'suntik', 'implan', 'iud', 'kondom', 'mow', 'mop', 'lainnya'] as const;
/** Registers 4.18 (a: mothers and births; b: deaths of babies and balita). */
export const REGISTER_TYPES = ['hamil', 'melahirkan', 'nifas', 'ibu-meninggal', 'kelahiran-bayi', 'kematian-bayi', 'kematian-balita'] as const;

export const familyData = v.object({
  /** Year of the catatan keluarga; next year is a copy the kader updates. */
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
  headName: text(120),
  houseNo: optText(20),
  address: optText(300),
  noKk: v.optional(nik16),
  /** The household in the RT books (rt.household id); the members then follow the RT books. */
  rtHouseholdId: v.optional(refId),
  kkCount: v.optional(v.pipe(count(20), v.minValue(1))),
  stapleFood: v.optional(v.picklist(STAPLE_FOODS)),
  latrine: v.optional(v.picklist(LATRINES)),
  water: multi(WATER_SOURCES),
  rubbishDump: bool,
  spal: bool,
  stikerP4k: bool,
  healthyHouse: bool,
  up2k: bool,
  envHealth: bool,
  yardUse: multi(YARD_USES),
  homeIndustry: multi(HOME_INDUSTRIES),
  notes: optText(500),
});
export type FamilyData = v.InferOutput<typeof familyData>;

export const memberData = v.object({
  name: text(120),
  regNo: optText(20),
  nik: v.optional(nik16),
  /** Why a NIK that disagrees with birth date or sex (or is another person's) was kept as written. */
  nikNote: optText(300),
  /** The same person in the RT books (rt.person id): identity comes from there when present. */
  personId: v.optional(refId),
  sex,
  birthPlace: optText(80),
  birthDate: v.optional(isoDate),
  /** When only the age is known (the form allows "tgl lahir/umur"). */
  ageYears: v.optional(count(130)),
  /** Position in PKK/community (jabatan), free because the forms leave it open. */
  position: optText(60),
  familyStatus: v.optional(v.picklist(FAMILY_STATUSES)),
  maritalStatus: v.optional(v.picklist(MARITAL_STATUSES)),
  religion: v.optional(v.picklist(RELIGIONS)),
  education: v.optional(v.picklist(EDUCATIONS)),
  occupation: v.optional(v.picklist(OCCUPATIONS)),
  kbAcceptor: bool,
  kbMethod: v.optional(v.picklist(KB_METHODS)),
  activePosyandu: bool,
  bkb: bool,
  savings: bool,
  studyGroup: v.optional(v.picklist(STUDY_GROUPS)),
  paud: bool,
  cooperative: bool,
  specialNeeds: v.optional(v.picklist(SPECIAL_NEEDS)),
  /** "3 buta": cannot read, write or count. */
  illiterate: bool,
  pregnant: bool,
  breastfeeding: bool,
  pkkActivities: multi(PKK_ACTIVITIES),
  notes: optText(300),
});
export type MemberData = v.InferOutput<typeof memberData>;

/** One number per recap column; the keys are the domain recap's column names. */
const countMap = v.record(v.pipe(v.string(), v.maxLength(40)), v.pipe(v.number(), v.minValue(0)));

export const recapSubmissionData = v.object({
  month,
  submittedOn: isoDate,
  submittedBy: optText(120),
  snapshot: v.object({
    rows: v.pipe(
      // missing: per household fact, 1 when not asked yet (domain/dasawisma/facts.ts); absent in older submissions.
      v.array(v.object({ familyId: refId, label: text(160), counts: countMap, missing: v.optional(countMap), notes: optText(500) })),
      v.maxLength(200),
    ),
    totals: countMap,
    /** Households not yet asked each fact; absent in submissions made before it was kept. */
    missing: v.optional(countMap),
  }),
});
export type RecapSubmissionData = v.InferOutput<typeof recapSubmissionData>;

export const registerData = ordered(v.object({
  type: v.picklist(REGISTER_TYPES),
  date: isoDate,
  /** The mother (or the person who died) in this group's catatan keluarga. */
  memberId: v.optional(refId),
  /** The same person in the RT books, and her/his NIK, so Posyandu and RT records can be joined. */
  personId: v.optional(refId),
  nik: v.optional(nik16),
  nikNote: optText(300),
  name: text(120),
  /** For births and deaths of babies/balita: the child; name above is the mother. */
  childName: optText(120),
  childSex: v.optional(sex),
  childBirthDate: v.optional(isoDate),
  childPersonId: v.optional(refId),
  /** posyandu.child id when the baby is already registered at the Posyandu. */
  posyanduChildId: v.optional(refId),
  hasBirthCertificate: bool,
  cause: optText(200),
  notes: optText(300),
}), [['date', 'childBirthDate']]);
export type RegisterData = v.InferOutput<typeof registerData>;

export const dasawismaKinds = {
  'dasawisma.group': defineKind({
    kind: 'dasawisma.group',
    module: 'dasawisma',
    mode: 'shared',
    schema: v.object({
      name: text(120),
      coordinatorName: optText(120),
      /** The coordinator chosen among the group's members (dasawisma.member id). */
      coordinatorMemberId: v.optional(refId),
      desaName: optText(120),
    }),
  }),
  /** PKK RT group (at rtAddr): says which RW/dusun the RT rolls up to (4.16c). */
  'dasawisma.pkkRt': defineKind({
    kind: 'dasawisma.pkkRt',
    module: 'dasawisma',
    mode: 'shared',
    schema: v.object({ rw: optText(10), dusun: optText(120), chairName: optText(120), desaName: optText(120) }),
  }),
  /** Catatan keluarga 4.15 + household facts of data warga 4.14.1a, one per household and year. */
  'dasawisma.family': defineKind({ kind: 'dasawisma.family', module: 'dasawisma', mode: 'shared', schema: familyData }),
  /** A member of a family record (parent = the family record). */
  'dasawisma.member': defineKind({ kind: 'dasawisma.member', module: 'dasawisma', mode: 'shared', schema: memberData }),
  /** Recap 4.16a as submitted by the coordinator: written once; a resubmission is a new row. */
  'dasawisma.recap': defineKind({ kind: 'dasawisma.recap', module: 'dasawisma', mode: 'append', schema: recapSubmissionData }),
  /** Registers 4.18 (parent = the family record when known). */
  'dasawisma.register': defineKind({ kind: 'dasawisma.register', module: 'dasawisma', mode: 'shared', schema: registerData }),
};
