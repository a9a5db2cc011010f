import type * as v from 'valibot';
import { completedMonths, ageInDays, monthOf } from '../dates';
import { assessGrowth, roundZ, type IndicatorResult } from '../growth';
import { indexChild, trendAt, KBM_KMS_2010, type KbmTable } from '../kms';
import { monthIndex } from '../dates';
import { childRecordOf } from '../records/posyandu-inputs';
import type { posyanduKinds } from '../records/posyandu';
import type { IsoDate, Month } from '../types';
import { EPPGBM_PENGUKURAN_V1, type EppgbmColumnMap, type EppgbmField } from './eppgbm-columns';
import { LHFA_WORDS, POSITION_WORDS, WFA_WORDS, WFL_WORDS, ageText } from './eppgbm-words';

// One Posyandu's weighings of one month as e-PPGBM measurement rows. Pure: the phone and the
// county endpoint hand in the records, the caller writes the cells to XLSX.

type ChildData = v.InferOutput<(typeof posyanduKinds)['posyandu.child']['schema']>;
type VisitData = v.InferOutput<(typeof posyanduKinds)['posyandu.visit']['schema']>;

/** A written cell: text, number, a calendar day (written as a date cell), or empty. */
export type OutCell = string | number | { date: IsoDate } | null;

export interface EppgbmPlace {
  prov?: string;
  kab?: string;
  kec?: string;
  puskesmas?: string;
}

export interface EppgbmExportInput {
  posyandu: { name: string; desaName?: string; desaCode?: string };
  place: EppgbmPlace;
  month: Month;
  children: readonly { id: string; data: ChildData }[];
  /** Every live visit of these children (all months: the trend and vitamin A count look back), in entry order. */
  visits: readonly VisitData[];
  kbm?: KbmTable;
}

/** "RT 001 / RW 02" style area text → its RT and RW numbers, as written. */
export function rtRwOf(area: string | undefined): { rt?: string; rw?: string } {
  const rt = /\bRT\.?\s*0*(\d{1,3})\b/i.exec(area ?? '')?.[1];
  const rw = /\bRW\.?\s*0*(\d{1,3})\b/i.exec(area ?? '')?.[1];
  return { ...(rt ? { rt: rt.padStart(3, '0') } : {}), ...(rw ? { rw: rw.padStart(3, '0') } : {}) };
}

const z2 = (r: IndicatorResult | null) => (r ? roundZ(r.z) : null);

/**
 * Rows of the month: one per weighing or measuring in the month (a child seen twice has two rows,
 * as e-PPGBM keeps each measurement), ordered by date then name. Children of other units are the
 * caller's business: hand in one Posyandu's records.
 */
export function eppgbmRows(input: EppgbmExportInput, map: EppgbmColumnMap = EPPGBM_PENGUKURAN_V1): { header: string[]; rows: OutCell[][] } {
  const kbm = input.kbm ?? KBM_KMS_2010;
  const byChild = new Map<string, VisitData[]>();
  for (const vd of input.visits) {
    const list = byChild.get(vd.childId);
    if (list) list.push(vd);
    else byChild.set(vd.childId, [vd]);
  }
  const out: { date: string; name: string; cells: OutCell[] }[] = [];
  for (const child of input.children) {
    const visits = byChild.get(child.id) ?? [];
    const inMonth = visits.filter((x) => monthOf(x.date) === input.month && (x.weightKg !== undefined || x.lengthCm !== undefined));
    if (!inMonth.length) continue;
    const indexed = indexChild(childRecordOf(child, visits));
    const trend = trendAt(indexed, monthIndex(input.month), kbm);
    const { rt, rw } = rtRwOf(child.data.area);
    for (const vd of inMonth) {
      const g = assessGrowth({
        sex: child.data.sex,
        ageDays: ageInDays(child.data.birthDate, vd.date),
        weightKg: vd.weightKg,
        lengthCm: vd.lengthCm,
        position: vd.position,
        armCm: vd.muacCm,
      });
      const vitA = visits.filter((x) => x.date <= vd.date && x.services?.vitaminA).length;
      const value: Record<EppgbmField, OutCell> = {
        nik: child.data.nik ?? null,
        name: child.data.name,
        sex: child.data.sex,
        birthDate: { date: child.data.birthDate },
        birthWeight: child.data.birthWeightKg ?? null,
        birthLength: null,
        parentName: child.data.motherName ?? child.data.fatherName ?? null,
        prov: input.place.prov ?? null,
        kab: input.place.kab ?? null,
        kec: input.place.kec ?? null,
        puskesmas: input.place.puskesmas ?? null,
        desa: input.posyandu.desaName ?? null,
        posyandu: input.posyandu.name,
        rt: rt ?? null,
        rw: rw ?? null,
        address: child.data.address ?? null,
        ageText: ageText(completedMonths(child.data.birthDate, vd.date)),
        date: { date: vd.date },
        weight: vd.weightKg ?? null,
        height: vd.lengthCm ?? null,
        position: vd.lengthCm !== undefined && vd.position ? POSITION_WORDS[vd.position] : null,
        muac: vd.muacCm ?? null,
        wfaCat: g.wfa ? WFA_WORDS[g.wfa.category as keyof typeof WFA_WORDS] : null,
        wfaZ: z2(g.wfa),
        lhfaCat: g.lhfa ? LHFA_WORDS[g.lhfa.category as keyof typeof LHFA_WORDS] : null,
        lhfaZ: z2(g.lhfa),
        wflCat: g.wfl ? WFL_WORDS[g.wfl.category as keyof typeof WFL_WORDS] : null,
        wflZ: z2(g.wfl),
        // The month's KMS trend belongs to the weighing that counts for the month (the last one).
        weightUp: vd.weightKg !== undefined && indexed.byMonth.get(monthIndex(input.month))?.date === vd.date ? trend : null,
        pmtKg: null,
        vitACount: vitA || null,
        kpsp: null,
        kia: child.data.hasKms ? 'Ya' : 'Tidak',
        noKk: null,
        childOrder: null,
        phone: null,
      };
      out.push({ date: vd.date, name: child.data.name, cells: map.columns.map((c) => value[c.field]) });
    }
  }
  out.sort((a, b) => (a.date === b.date ? a.name.localeCompare(b.name, 'id') : a.date < b.date ? -1 : 1));
  return { header: map.columns.map((c) => c.header), rows: out.map((r) => r.cells) };
}

/** File name: e-PPGBM_<Posyandu>_<YYYY-MM>.xlsx, safe on every phone's file system. */
export function eppgbmFileName(posyandu: string, month: Month): string {
  return `e-PPGBM_${posyandu.replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '')}_${month}.xlsx`;
}

/** The sheet's name: Posyandu and month, without the characters Excel refuses, at most 31 characters. */
export function eppgbmSheetName(posyandu: string, month: Month): string {
  return `${posyandu.replace(/[[\]:*?/\\]+/g, ' ').trim().slice(0, 23)} ${month}`;
}
