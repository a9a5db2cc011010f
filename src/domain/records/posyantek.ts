import * as v from 'valibot';
import { defineKind } from './envelope';
import { isoDate, month, nik16, optText, refId, sex, text } from './common';
import {
  ACTIVITY_TYPES, CASH_CATEGORIES, END_REASONS, NEED_STATUSES, POSITIONS, POST_LEVELS, TTG_CONDITIONS, UNIT_TYPES,
} from '../posyantek/codes';

// Record kinds of the Posyantek module (Perbup Paser 2/2022, seed 000). Owned by that module;
// extend freely, but a field once synced must stay readable (add optional fields; never rename or
// narrow).
//
// Where they live (address.ts, segment 'posyantek'): a Posyantekdes under its desa
// ('64.11/64.11.05.2003/posyantek:desa'), a Posyantek Antar Desa under its kecamatan
// ('64.11/64.11.05/posyantek:antar-desa'). Every record of one post sits at the post's address, so
// one prefix is one post: the desa's phone holds its Posyantekdes, the county's reports mark each
// post apart, and a kecamatan's post is in no desa's scope.

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
/** Whole rupiah, more than zero, below a trillion (the split's arithmetic stays exact far above). */
const rupiah = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(999_999_999_999));
const quarterKey = v.pipe(v.string(), v.regex(/^\d{4}-Q[1-4]$/, 'quarter'));

export const postData = v.object({
  level: v.picklist(POST_LEVELS),
  name: text(120),
  /** The musyawarah that formed it (Pasal 6 ayat (2), (3)). */
  formedOn: v.optional(isoDate),
  /** Keputusan Kepala Desa / Bupati forming it (Pasal 6 ayat (2), (3)). */
  skNumber: optText(80),
  skDate: v.optional(isoDate),
  /** Surat keterangan terdaftar (Pasal 6 ayat (4)). */
  registrationNo: optText(80),
  /** For printing on a phone that holds no RT unit record: the desa's or kecamatan's name. */
  placeName: optText(120),
  notes: optText(500),
});
export type PostData = v.InferOutput<typeof postData>;

/** One term (masa bakti, Pasal 9 ayat (9)) set by the SK of the kepala desa or the bupati. */
export const boardData = v.object({
  termStart: isoDate,
  /** As the SK (or the musyawarah's extension, ayat (10)) says; absent: 3 years from the start. */
  termEnd: v.optional(isoDate),
  musyawarahOn: v.optional(isoDate),
  skNumber: optText(80),
  skDate: v.optional(isoDate),
  notes: optText(500),
});
export type PosyantekBoardData = v.InferOutput<typeof boardData>;

export const seatData = v.object({
  position: v.picklist(POSITIONS),
  start: v.optional(isoDate),
  end: v.optional(isoDate),
  endReason: v.optional(v.picklist(END_REASONS)),
  /** Pergantian antar waktu (Pasal 9 ayat (4), (5)): the seat this one takes over. */
  replaces: v.optional(refId),
  skNumber: optText(80),
  skDate: v.optional(isoDate),
  person: v.object({
    /** rt.person id where the person is in the RT books. */
    personId: v.optional(refId),
    name: text(120),
    nik: v.optional(nik16),
    sex: v.optional(sex),
    birthDate: v.optional(isoDate),
    phone: optText(30),
    address: optText(300),
  }),
  notes: optText(500),
});
export type PosyantekSeatData = v.InferOutput<typeof seatData>;

/** A technology in the inventory (TTG): what it is, its specification and where it comes from. */
export const ttgData = v.object({
  name: text(120),
  /** Field of use: pertanian, pengolahan pangan, air bersih, energi, … (free text). */
  field: optText(80),
  specification: optText(1000),
  /** Sumber TTG: maker, supplier, institute or innovator. */
  source: optText(200),
  acquiredOn: v.optional(isoDate),
  quantity: v.optional(count),
  condition: v.optional(v.picklist(TTG_CONDITIONS)),
  notes: optText(500),
});
export type TtgData = v.InferOutput<typeof ttgData>;

/** A technology need mapped with the community (pemetaan kebutuhan TTG). */
export const needData = v.object({
  date: isoDate,
  /** Who asked: a dusun, RT, group or business. */
  requester: text(200),
  problem: text(500),
  technology: optText(200),
  status: v.picklist(NEED_STATUSES),
  /** The inventory item that answers it, once there is one. */
  ttgId: v.optional(refId),
  notes: optText(500),
});
export type NeedData = v.InferOutput<typeof needData>;

/** Services, consultations, promotion, training, partnerships, … (BAB V). */
export const activityData = v.object({
  date: isoDate,
  type: v.picklist(ACTIVITY_TYPES),
  title: text(200),
  /** Who was served or took part (a user, a group, a partner). */
  who: optText(200),
  participants: v.optional(count),
  ttgId: v.optional(refId),
  notes: optText(1000),
});
export type PosyantekActivityData = v.InferOutput<typeof activityData>;

/** A productive business unit (Pasal 24 ayat (3)), run by a manager who answers to the board (Pasal 22 ayat (5), (6)). */
export const unitData = v.object({
  type: v.picklist(UNIT_TYPES),
  name: text(120),
  startedOn: v.optional(isoDate),
  manager: optText(120),
  notes: optText(500),
});
export type UnitData = v.InferOutput<typeof unitData>;

/** One line of the cash book (buku kas, Pasal 25 ayat (3) huruf c). Append-only: a mistake is corrected by a new line. */
export const cashData = v.object({
  date: isoDate,
  category: v.picklist(CASH_CATEGORIES),
  amount: rupiah,
  description: text(200),
  unitId: v.optional(refId),
  account: v.optional(v.picklist(['tunai', 'bank'])),
  receiptNo: optText(60),
});
export type CashData = v.InferOutput<typeof cashData>;

/** The treasurer's monthly report to the board meeting (Pasal 25 ayat (3) huruf e). */
export const monthlyData = v.object({
  month,
  reportedOn: isoDate,
  /** The figures as reported (whole rupiah), so a later correction of the book shows. */
  opening: v.pipe(v.number(), v.integer()),
  income: v.pipe(v.number(), v.integer(), v.minValue(0)),
  expense: v.pipe(v.number(), v.integer(), v.minValue(0)),
  closing: v.pipe(v.number(), v.integer()),
  notes: optText(500),
});
export type MonthlyData = v.InferOutput<typeof monthlyData>;

/** The quarterly report (Pasal 26) marked sent, with what it said. */
export const quarterData = v.object({
  quarter: quarterKey,
  sentOn: isoDate,
  /** Kepala Desa (Posyantekdes) or Camat (antar desa); copy to DPMD (Pasal 25 ayat (3) huruf f). */
  sentTo: optText(120),
  /**
   * The report's figures when sent, kept as sent: flat whole numbers by name ('cash.income',
   * 'activities.pelatihan.count', 'split.modal-usaha'), made by domain/posyantek reportFigures.
   */
  snapshot: v.optional(v.record(v.pipe(v.string(), v.maxLength(60)), v.pipe(v.number(), v.integer()))),
  notes: optText(1000),
});
export type QuarterData = v.InferOutput<typeof quarterData>;

export const posyantekKinds = {
  'posyantek.post': defineKind({ kind: 'posyantek.post', module: 'posyantek', mode: 'shared', schema: postData }),
  'posyantek.board': defineKind({ kind: 'posyantek.board', module: 'posyantek', mode: 'shared', schema: boardData }),
  'posyantek.seat': defineKind({ kind: 'posyantek.seat', module: 'posyantek', mode: 'shared', schema: seatData }),
  'posyantek.ttg': defineKind({ kind: 'posyantek.ttg', module: 'posyantek', mode: 'shared', schema: ttgData }),
  'posyantek.need': defineKind({ kind: 'posyantek.need', module: 'posyantek', mode: 'shared', schema: needData }),
  'posyantek.activity': defineKind({ kind: 'posyantek.activity', module: 'posyantek', mode: 'shared', schema: activityData }),
  'posyantek.unit': defineKind({ kind: 'posyantek.unit', module: 'posyantek', mode: 'shared', schema: unitData }),
  'posyantek.cash': defineKind({ kind: 'posyantek.cash', module: 'posyantek', mode: 'append', schema: cashData }),
  'posyantek.monthly': defineKind({ kind: 'posyantek.monthly', module: 'posyantek', mode: 'append', schema: monthlyData }),
  'posyantek.quarter': defineKind({ kind: 'posyantek.quarter', module: 'posyantek', mode: 'append', schema: quarterData }),
};
