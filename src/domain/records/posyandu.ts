import * as v from 'valibot';
import { defineKind } from './envelope';
import { isoDate, month, sex, text, optText, nik16, refId } from './common';
import { ordered } from './order-schema';

// Record kinds of the Posyandu module. Owned by the Posyandu module; extend freely, but a field
// once synced must stay readable (add optional fields; never rename or narrow).
// Every record's addr is its Posyandu's address (posyanduAddr): the unit is found by addr, never
// by a unit-id field, so enrolment can re-address a whole Posyandu at once.

const optDate = v.optional(isoDate);
const optNum = (min: number, max: number) => v.optional(v.pipe(v.number(), v.minValue(min), v.maxValue(max)));
const count = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)));

export const PROGRAMMES = ['BKB', 'PAUD', 'TOGA', 'POSBINDU', 'UP2K', 'LAIN'] as const;
export const KADER_ROLES = ['ketua', 'sekretaris', 'bendahara', 'anggota'] as const;
/** Antigens of the national basic + follow-up immunisation schedule, as written in Buku KIA. */
export const ANTIGENS = [
  'HB0', 'BCG', 'POLIO1', 'POLIO2', 'POLIO3', 'POLIO4', 'DPT1', 'DPT2', 'DPT3', 'IPV1', 'IPV2',
  'PCV1', 'PCV2', 'PCV3', 'ROTA1', 'ROTA2', 'ROTA3', 'MR1', 'JE', 'DPT4', 'MR2',
] as const;
export const PREGNANCY_STATUS = ['hamil', 'melahirkan', 'keguguran', 'pindah', 'meninggal'] as const;
export const VITAL_SUBJECTS = ['bayi', 'balita', 'ibuHamil', 'ibuMelahirkan', 'ibuNifas'] as const;

const kader = v.object({
  id: refId,
  name: text(120),
  role: v.picklist(KADER_ROLES),
  active: v.boolean(),
});

const services = v.object({
  immunisations: v.optional(v.array(v.picklist(ANTIGENS))),
  /** blue capsule 6–11 months, red 12–59 months */
  vitaminA: v.optional(v.picklist(['biru', 'merah'])),
  iron: v.optional(v.boolean()),
  ors: v.optional(v.boolean()),
  zinc: v.optional(v.boolean()),
  /** exclusive breast-feeding so far, asked for babies 0–6 months */
  exclusiveBf: v.optional(v.boolean()),
  counselling: v.optional(v.boolean()),
  kb: v.optional(v.boolean()),
  referral: v.optional(v.boolean()),
  referralReason: optText(200),
  pmt: v.optional(v.boolean()),
});

export const posyanduKinds = {
  'posyandu.unit': defineKind({
    kind: 'posyandu.unit',
    module: 'posyandu',
    mode: 'shared',
    schema: v.object({
      name: text(120),
      regNo: optText(60),
      desaCode: optText(20),
      desaName: optText(120),
      /** RT / dusun names the Posyandu covers, as written locally ('RT 001', 'Dusun Sukamaju') */
      areas: v.optional(v.array(text(60))),
      kaders: v.optional(v.array(kader)),
      programmes: v.optional(v.array(v.picklist(PROGRAMMES))),
      otherProgramme: optText(120),
      /** local choice of strata profile when no county config is present */
      strataProfile: v.optional(v.picklist(['nasional', 'prangat-selatan-2025'])),
      /** households in the area, and those paying into dana sehat (strata indicator 8) */
      households: count,
      danaSehatHouseholds: count,
      /** integrated-Posyandu documents the app can only list (004 C.1) */
      docs: v.optional(v.object({
        building: v.optional(v.boolean()),
        land: v.optional(v.boolean()),
        sk: v.optional(v.boolean()),
        support: v.optional(v.boolean()),
        pokjanal: v.optional(v.boolean()),
      })),
    }),
  }),
  'posyandu.child': defineKind({
    kind: 'posyandu.child',
    module: 'posyandu',
    mode: 'shared',
    schema: ordered(v.object({
      name: text(120),
      sex,
      birthDate: isoDate,
      nik: v.optional(nik16),
      /** Why a NIK that disagrees with birth date or sex (or is another person's) was kept as written. */
      nikNote: optText(300),
      hasKms: v.boolean(),
      motherName: optText(120),
      fatherName: optText(120),
      personId: v.optional(refId),
      address: optText(200),
      area: optText(60),
      birthWeightKg: optNum(0.3, 7),
      /** moved away or died: out of S from the month after */
      leftDate: optDate,
      leftReason: v.optional(v.picklist(['pindah', 'meninggal', 'lainnya'])),
      /** all basic immunisations given (strata immunisation coverage) */
      immunisationComplete: v.optional(v.boolean()),
      registeredOn: optDate,
    }), [['leftDate', 'birthDate']]),
  }),
  'posyandu.visit': defineKind({
    kind: 'posyandu.visit',
    module: 'posyandu',
    mode: 'append',
    schema: v.object({
      childId: refId,
      date: isoDate,
      weightKg: v.optional(v.pipe(v.number(), v.minValue(0.5), v.maxValue(60))),
      lengthCm: v.optional(v.pipe(v.number(), v.minValue(30), v.maxValue(140))),
      position: v.optional(v.picklist(['lying', 'standing'])),
      kaderName: optText(120),
      notes: optText(500),
      kaderId: v.optional(refId),
      sessionId: v.optional(refId),
      headCm: optNum(20, 60),
      muacCm: optNum(5, 30),
      services: v.optional(services),
      /** the kader confirmed a WHO-implausible value: kept, flagged, left out of averages */
      implausibleConfirmed: v.optional(v.boolean()),
      /** a correction: the tombstoned visit this row replaces */
      replaces: v.optional(refId),
      homeVisit: v.optional(v.boolean()),
    }),
  }),
  'posyandu.session': defineKind({
    kind: 'posyandu.session',
    module: 'posyandu',
    mode: 'shared',
    schema: v.object({
      date: isoDate,
      /** ids of the unit's kaders present (hari buka attendance) */
      kadersPresent: v.array(refId),
      withWeighing: v.boolean(),
      notes: optText(500),
    }),
  }),
  'posyandu.pregnant': defineKind({
    kind: 'posyandu.pregnant',
    module: 'posyandu',
    mode: 'shared',
    schema: ordered(v.object({
      name: text(120),
      birthDate: optDate,
      nik: v.optional(nik16),
      nikNote: optText(300),
      personId: v.optional(refId),
      husbandName: optText(120),
      area: optText(60),
      lastPeriod: optDate,
      dueDate: optDate,
      ancVisits: count,
      /** tablet tambah darah received so far */
      ironTablets: count,
      /** upper-arm circumference; < 23.5 cm is KEK */
      muacCm: optNum(10, 50),
      ancComplete: v.optional(v.boolean()),
      status: v.optional(v.picklist(PREGNANCY_STATUS)),
      registeredOn: optDate,
      outcomeDate: optDate,
      notes: optText(500),
    }), [['dueDate', 'lastPeriod'], ['outcomeDate', 'lastPeriod'], ['lastPeriod', 'birthDate']]),
  }),
  'posyandu.mother': defineKind({
    kind: 'posyandu.mother',
    module: 'posyandu',
    mode: 'shared',
    schema: v.object({
      name: text(120),
      /** Added later than the other registers' NIK: optional, as every field added to a synced kind. */
      nik: v.optional(nik16),
      nikNote: optText(300),
      personId: v.optional(refId),
      deliveryDate: isoDate,
      babyChildId: v.optional(refId),
      breastFeeding: v.optional(v.boolean()),
      exclusiveBf: v.optional(v.boolean()),
      vitaminA: v.optional(v.boolean()),
      ironTablets: count,
      postnatalVisits: count,
      area: optText(60),
      notes: optText(500),
    }),
  }),
  'posyandu.wuspus': defineKind({
    kind: 'posyandu.wuspus',
    module: 'posyandu',
    mode: 'shared',
    schema: ordered(v.object({
      name: text(120),
      birthDate: optDate,
      nik: v.optional(nik16),
      nikNote: optText(300),
      personId: v.optional(refId),
      husbandName: optText(120),
      /** PUS = married couple of reproductive age; otherwise WUS only */
      pus: v.boolean(),
      kbActive: v.boolean(),
      kbMethod: v.optional(v.picklist(['pil', 'suntik', 'implan', 'iud', 'kondom', 'mow', 'mop', 'lain'])),
      children: count,
      area: optText(60),
      registeredOn: optDate,
      leftOn: optDate,
      notes: optText(500),
    }), [['leftOn', 'registeredOn']]),
  }),
  'posyandu.vital': defineKind({
    kind: 'posyandu.vital',
    module: 'posyandu',
    mode: 'shared',
    schema: v.object({
      event: v.picklist(['lahir', 'mati']),
      subject: v.picklist(VITAL_SUBJECTS),
      name: text(120),
      date: isoDate,
      sex: v.optional(sex),
      birthWeightKg: optNum(0.3, 7),
      childId: v.optional(refId),
      personId: v.optional(refId),
      cause: optText(200),
      notes: optText(500),
    }),
  }),
  'posyandu.meeting': defineKind({
    kind: 'posyandu.meeting',
    module: 'posyandu',
    mode: 'shared',
    schema: v.object({ date: isoDate, topic: text(200), attendees: count, notes: optText(1000) }),
  }),
  'posyandu.business': defineKind({
    kind: 'posyandu.business',
    module: 'posyandu',
    mode: 'shared',
    schema: v.object({ date: isoDate, activity: text(200), resultRp: count, notes: optText(1000) }),
  }),
  'posyandu.finance': defineKind({
    kind: 'posyandu.finance',
    module: 'posyandu',
    mode: 'append',
    schema: v.object({
      date: isoDate,
      direction: v.picklist(['masuk', 'keluar']),
      amountRp: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000_000)),
      description: text(200),
      source: v.optional(v.picklist(['masyarakat', 'swasta', 'usaha', 'pemda', 'danaSehat', 'lain'])),
    }),
  }),
  'posyandu.counselling': defineKind({
    kind: 'posyandu.counselling',
    module: 'posyandu',
    mode: 'shared',
    schema: v.object({
      date: isoDate,
      targetName: text(120),
      childId: v.optional(refId),
      topic: text(200),
      kaderName: optText(120),
      notes: optText(1000),
    }),
  }),
  /** the month's F1 report marked as sent (integrated-Posyandu condition: monthly reports) */
  'posyandu.report': defineKind({
    kind: 'posyandu.report',
    module: 'posyandu',
    mode: 'shared',
    schema: v.object({ month, sentAt: isoDate, notes: optText(500) }),
  }),
};
