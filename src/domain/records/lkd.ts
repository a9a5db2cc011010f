import * as v from 'valibot';
import { defineKind } from './envelope';
import { isoDate, optText, nik16, refId, sex, text } from './common';
import { GROUNDS, INSTITUTION_TYPES, POSITIONS } from '../lkd/codes';

// Record kinds of the village institutions module (LKD, Perdes Prangat Selatan 2/2025). Owned by
// that module; extend freely, but a field once synced must stay readable (add optional fields;
// never rename or narrow).
//
// Where they live (address.ts, segment 'lkd'): an RT's board under its RT ('…/rt:001/lkd:rt'), a
// Posyandu's under its Posyandu ('…/posyandu:mawar/lkd:posyandu'), the others under the desa
// ('…/64.11.05.2003/lkd:lpm'). The institution record, its boards, their seats and its activities
// all sit at the institution's address, so one prefix is one institution: an RT head's phone reads
// its own RT's board and nothing else, the county's reports mark each institution separately.

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));

export const institutionData = v.object({
  type: v.picklist(INSTITUTION_TYPES),
  name: text(120),
  /** Kelompok PKK: the area it serves (Pasal 27 ayat (2)). */
  area: v.optional(v.picklist(['dusun', 'rw', 'rt'])),
  areaName: optText(120),
  /** For printing on a phone that holds no RT unit record of the desa. */
  desaName: optText(120),
  notes: optText(500),
});
export type InstitutionData = v.InferOutput<typeof institutionData>;

/** One term of office (kepengurusan) set by a Keputusan Kepala Desa. */
export const boardData = v.object({
  termStart: isoDate,
  /** As written in the SK; absent: the article's length from the start. */
  termEnd: v.optional(isoDate),
  skNumber: optText(80),
  skDate: v.optional(isoDate),
  notes: optText(500),
});
export type BoardData = v.InferOutput<typeof boardData>;

/** Who sits in a seat: a link to the RT books where the person is there, else what was typed. */
export const seatPersonData = v.object({
  /** rt.person id: age and residence are then read from the RT books, never typed twice. */
  personId: v.optional(refId),
  /** Always kept (also for a linked person) so the board prints on a phone without the RT books. */
  name: text(120),
  nik: v.optional(nik16),
  sex: v.optional(sex),
  birthDate: v.optional(isoDate),
  address: optText(300),
});
export type SeatPersonData = v.InferOutput<typeof seatPersonData>;

/** A board member (parent = the lkd.board record). */
export const seatData = v.object({
  position: v.picklist(POSITIONS),
  /** A section code of domain/lkd/rules.ts (pokja-1, lpm-sarpras) or a bidang's name. */
  section: optText(80),
  /** First day in the seat; absent: the board's term start. */
  start: v.optional(isoDate),
  /** The day the member stopped (berhenti / diberhentikan). */
  end: v.optional(isoDate),
  /** One of the grounds the institution's article allows. */
  endReason: v.optional(v.picklist(GROUNDS)),
  endNote: optText(300),
  /** Pengganti antarwaktu (or an acting holder): the seat this one takes over. */
  replaces: v.optional(refId),
  /** Pelaksana tugas until the replacement is chosen (Posyandu, Pasal 81). */
  acting: v.optional(v.boolean()),
  /** SK of a replacement or of the member's dismissal. */
  skNumber: optText(80),
  skDate: v.optional(isoDate),
  /** Dismissal grounds the desa ticked on the checklist (those the app cannot see itself). */
  grounds: v.optional(v.pipe(v.array(v.picklist(GROUNDS)), v.maxLength(GROUNDS.length))),
  person: seatPersonData,
  notes: optText(500),
});
export type SeatData = v.InferOutput<typeof seatData>;

export const activityData = v.object({
  date: isoDate,
  title: text(200),
  description: optText(1000),
  participants: v.optional(count),
});
export type LkdActivityData = v.InferOutput<typeof activityData>;

export const lkdKinds = {
  'lkd.institution': defineKind({ kind: 'lkd.institution', module: 'lkd', mode: 'shared', schema: institutionData }),
  'lkd.board': defineKind({ kind: 'lkd.board', module: 'lkd', mode: 'shared', schema: boardData }),
  'lkd.seat': defineKind({ kind: 'lkd.seat', module: 'lkd', mode: 'shared', schema: seatData }),
  /** Activities log (Karang Taruna's, and any institution's). */
  'lkd.activity': defineKind({ kind: 'lkd.activity', module: 'lkd', mode: 'shared', schema: activityData }),
};
