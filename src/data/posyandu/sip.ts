import type { KaderDb } from '../db';
import { listRecords } from '../records';
import { byDateThenId } from './register';
import type { Child, ChildData, PregnantData, Visit, VisitData, VitalData, WusPusData } from './types';
import type { SyncRecord } from '../../domain';

// Read model of the SIP books (Sistem Informasi Posyandu, formats 1–4) for one Posyandu and year,
// built from the records the kaders already keep — nothing is typed twice:
//   1 births and deaths   ← posyandu.vital, plus children born or died in the year who have no
//                            vital record of their own (the child register is the same event);
//   2 balita register     ← posyandu.child + every visit (weights by month, services, doses);
//   3 WUS/PUS register    ← posyandu.wuspus registered on or before the year's end, not left before it;
//   4 ibu hamil register  ← posyandu.pregnant likewise.
// Columns and words are the app's (src/app/posyandu/sip); the decisions are in docs/printing.md.

export type Vital = SyncRecord<VitalData>;
export type WusPus = SyncRecord<WusPusData>;
export type Pregnant = SyncRecord<PregnantData>;

export interface SipSource {
  children: Child[];
  visits: Visit[];
  vitals: Vital[];
  wuspus: WusPus[];
  pregnant: Pregnant[];
}

export async function loadSipSource(db: KaderDb, addr: string): Promise<SipSource> {
  const [children, visits, vitals, wuspus, pregnant] = await Promise.all([
    listRecords<ChildData>(db, 'posyandu.child', addr) as Promise<Child[]>,
    listRecords<VisitData>(db, 'posyandu.visit', addr) as Promise<Visit[]>,
    listRecords<VitalData>(db, 'posyandu.vital', addr) as Promise<Vital[]>,
    listRecords<WusPusData>(db, 'posyandu.wuspus', addr) as Promise<WusPus[]>,
    listRecords<PregnantData>(db, 'posyandu.pregnant', addr) as Promise<Pregnant[]>,
  ]);
  return { children, visits, vitals, wuspus, pregnant };
}

const inYear = (date: string | undefined, year: number) => !!date && date.slice(0, 4) === String(year);
const byDate = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Format 1: one row per birth or death (of a baby/balita or a mother) in the year. */
export interface SipEvent {
  date: string;
  /** whose event */
  subject: VitalData['subject'];
  event: 'lahir' | 'mati';
  motherName?: string;
  fatherName?: string;
  babyName?: string;
  babySex?: 'L' | 'P';
  babyBirthDate?: string;
  babyDeathDate?: string;
  motherDeathDate?: string;
  cause?: string;
  notes?: string;
}

export function sipFormat1(src: SipSource, year: number): SipEvent[] {
  const childById = new Map(src.children.map((c) => [c.id, c]));
  const out: SipEvent[] = [];
  const covered = new Set<string>();
  for (const v of src.vitals) {
    const d = v.data;
    if (!inYear(d.date, year)) continue;
    const child = d.childId ? childById.get(d.childId) : undefined;
    if (child) covered.add(`${d.event}:${child.id}`);
    const baby = d.subject === 'bayi' || d.subject === 'balita';
    out.push({
      date: d.date,
      subject: d.subject,
      event: d.event,
      motherName: baby ? child?.data.motherName : d.name,
      fatherName: baby ? child?.data.fatherName : undefined,
      babyName: baby ? d.name : undefined,
      babySex: baby ? d.sex ?? child?.data.sex : undefined,
      babyBirthDate: baby ? (d.event === 'lahir' ? d.date : child?.data.birthDate) : undefined,
      babyDeathDate: baby && d.event === 'mati' ? d.date : undefined,
      motherDeathDate: !baby && d.event === 'mati' ? d.date : undefined,
      cause: d.cause,
      notes: d.notes,
    });
  }
  for (const c of src.children) {
    const d = c.data;
    const parents = { motherName: d.motherName, fatherName: d.fatherName, babyName: d.name, babySex: d.sex, babyBirthDate: d.birthDate };
    if (inYear(d.birthDate, year) && !covered.has(`lahir:${c.id}`)) out.push({ date: d.birthDate, subject: 'bayi', event: 'lahir', ...parents });
    if (d.leftReason === 'meninggal' && inYear(d.leftDate, year) && !covered.has(`mati:${c.id}`)) {
      out.push({ date: d.leftDate!, subject: 'balita', event: 'mati', ...parents, babyDeathDate: d.leftDate });
    }
  }
  return out.sort(byDate((e) => e.date));
}

/** Format 2: a child in the Posyandu's area during the year, with the year's weighings and services. */
export interface SipChildRow {
  child: Child;
  /** weight (kg) of the month's last weighing, index 0 = January */
  weights: (number | undefined)[];
  /** dates of iron syrup given in the year (first two are the form's columns) */
  iron: string[];
  /** vitamin A in the February round (given January–June) and in the August round (July–December) */
  vitaminAFeb?: string;
  vitaminAAug?: string;
  ors: string[];
  /** first date each antigen was given, over the child's whole history */
  doses: Record<string, string>;
}

const balitaIn = (c: Child, year: number) => {
  const d = c.data;
  const born = d.birthDate;
  // Under five at some day of the year, born by its end, not gone before it began.
  return born <= `${year}-12-31` && born > `${year - 5}-01-01` && !(d.leftDate && d.leftDate < `${year}-01-01`);
};

export function sipFormat2(src: SipSource, year: number): SipChildRow[] {
  const visitsByChild = new Map<string, Visit[]>();
  for (const v of src.visits) {
    const list = visitsByChild.get(v.data.childId);
    if (list) list.push(v);
    else visitsByChild.set(v.data.childId, [v]);
  }
  return src.children
    .filter((c) => balitaIn(c, year))
    .sort(byDate((c) => `${c.data.birthDate}${c.data.name}`))
    .map((child) => {
      const visits = [...(visitsByChild.get(child.id) ?? [])].sort(byDateThenId);
      const row: SipChildRow = { child, weights: Array.from({ length: 12 }, () => undefined), iron: [], ors: [], doses: {} };
      for (const v of visits) {
        const d = v.data;
        const s = d.services ?? {};
        for (const a of s.immunisations ?? []) row.doses[a] ??= d.date;
        if (!inYear(d.date, year)) continue;
        // The month's last weighing wins (a correction is a later row; a confirmed outlier stays).
        if (d.weightKg !== undefined) row.weights[Number(d.date.slice(5, 7)) - 1] = d.weightKg;
        if (s.iron) row.iron.push(d.date);
        if (s.ors) row.ors.push(d.date);
        if (s.vitaminA) {
          if (d.date.slice(5, 7) <= '06') row.vitaminAFeb ??= d.date;
          else row.vitaminAAug ??= d.date;
        }
      }
      return row;
    });
}

const activeIn = (registered: string | undefined, left: string | undefined, year: number) =>
  (!registered || registered <= `${year}-12-31`) && !(left && left < `${year}-01-01`);

/** Format 3: WUS and PUS on the register during the year. */
export function sipFormat3(src: SipSource, year: number): WusPus[] {
  return src.wuspus
    .filter((w) => activeIn(w.data.registeredOn, w.data.leftOn, year))
    .sort(byDate((w) => `${w.data.registeredOn ?? ''}${w.data.name}`));
}

/** Format 4: pregnant women registered in the year, or still pregnant at its start. */
export function sipFormat4(src: SipSource, year: number): Pregnant[] {
  return src.pregnant
    .filter((p) => activeIn(p.data.registeredOn ?? p.data.lastPeriod, p.data.outcomeDate, year))
    .sort(byDate((p) => `${p.data.registeredOn ?? p.data.lastPeriod ?? ''}${p.data.name}`));
}

/** Whole years of age on a date ('umur' columns). */
export function ageYears(birthDate: string | undefined, on: string): number | undefined {
  if (!birthDate) return undefined;
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Weeks of pregnancy on a date from the first day of the last period. */
export function gestationWeeks(lastPeriod: string | undefined, on: string | undefined): number | undefined {
  if (!lastPeriod || !on) return undefined;
  const days = (Date.parse(`${on}T00:00:00Z`) - Date.parse(`${lastPeriod}T00:00:00Z`)) / 86_400_000;
  return days >= 0 ? Math.floor(days / 7) : undefined;
}
