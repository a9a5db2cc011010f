import { completedMonths, monthOf } from '../../domain/dates';
import { indexChild } from '../../domain/kms/child';
import { onRegisterAt } from '../../domain/kms/weighing-date';
import { workList, type WorkChild, type WorkList } from '../../domain/kms/worklist';
import { toChildRecord } from './growth';
import type { Register } from './register';
import type { Child, Visit } from './types';

// The Posyandu day's lists from the in-memory register: who is on the register that day, who was
// weighed, who was weighed twice (two phones), and the domain's work list (vitamin A,
// immunisation, referral). The register's visits carry the work list's services (snapshot.ts).

/** Children on the register on `date`: born by then and not gone; the day page lists only these. */
export function childrenOn(reg: Register, date: string): Child[] {
  return reg.children.filter((c) => onRegisterAt(c.data, date));
}

export interface DayStatus {
  /** child id → that day's live visits (one; two or more when two phones weighed the child) */
  weighed: Map<string, Visit[]>;
  /** children with more than one visit that day: the kader is asked which is right */
  doubles: string[];
}

export function dayStatus(reg: Register, date: string): DayStatus {
  const weighed = new Map<string, Visit[]>();
  const doubles: string[] = [];
  for (const [id, visits] of reg.visitsByChild) {
    const today = visits.filter((v) => v.data.date === date);
    if (!today.length) continue;
    weighed.set(id, today);
    if (today.length > 1) doubles.push(id);
  }
  return { weighed, doubles };
}

function workChild(child: Child, visits: readonly Visit[]): WorkChild {
  const immunisations = new Set<string>();
  const vitaminAMonths = new Set<string>();
  const referralMonths = new Set<string>();
  const lilaByMonth = new Map<string, { cm: number; date: string }>();
  for (const v of visits) {
    // Visits are sorted by date: the later LiLA of a month wins.
    if (v.data.muacCm !== undefined) lilaByMonth.set(monthOf(v.data.date), { cm: v.data.muacCm, date: v.data.date });
    const s = v.data.services;
    if (!s) continue;
    for (const a of s.immunisations ?? []) immunisations.add(a);
    if (s.vitaminA) vitaminAMonths.add(monthOf(v.data.date));
    if (s.referral) referralMonths.add(monthOf(v.data.date));
  }
  return {
    id: child.id,
    birthDate: child.data.birthDate,
    leftDate: child.data.leftDate,
    basicComplete: child.data.immunisationComplete,
    months: indexChild(toChildRecord(child, visits)),
    immunisations,
    vitaminAMonths,
    referralMonths,
    lilaByMonth,
    lastVisitMonth: visits.length ? monthOf(visits[visits.length - 1].data.date) : undefined,
    registeredOn: child.data.registeredOn,
  };
}

/** The day's work list (domain rules) for the children on the register that day. */
export function dayWorkList(reg: Register, date: string): WorkList {
  // Balita only (the domain checks again): older children cost nothing here.
  const children = childrenOn(reg, date)
    .filter((c) => completedMonths(c.data.birthDate, date) < 60)
    .map((c) => workChild(c, reg.visitsByChild.get(c.id) ?? []));
  return workList(children, date, { kbm: reg.kbm });
}
