import {
  evaluateDesa, groupInstitutions, institutionInput, PeopleIndex, summarise, totalsOf,
  type BoardPosition, type FindingCode, type InstitutionSummary, type SummaryTotals,
} from '../../domain/lkd';
import type { DesaLkdRecords } from './lkd-inputs';
import { groupRows, kecamatanOf } from './places';

// Village institutions per desa and kecamatan for the county (issue 18 item 4): every board judged
// on the day with the same rules as the desa's phone (domain/lkd), reported as counts and as one
// row per institution with its SK and term. A member who no longer qualifies is named by the seat
// (position) and the finding with its article, not by name: the names stay with the desa (its
// printed board list has them); the county sees what needs action and where.

/** A member's finding as the county sees it: the seat, the rule, the article. */
export interface SeatIssue {
  position: BoardPosition;
  section?: string;
  code: FindingCode;
  article: string;
  /** the finding's numbers and dates (age, max, date, other institution's name); no person's name */
  values?: Record<string, string | number>;
}

export interface OpenSeat {
  position: BoardPosition;
  section?: string;
  article: string;
}

export interface LkdRow extends InstitutionSummary {
  addr: string;
  desa: string;
  desaName: string;
  kecamatan: string;
  /** the article the institution stands on (Pasal 7 ayat (1) huruf …) */
  basis: string;
  /** article of the term that ends soon or has ended */
  termArticle?: string;
  open: OpenSeat[];
  issues: SeatIssue[];
  activities: number;
  lastActivity: string | null;
}

export interface LkdGroup extends SummaryTotals {
  code: string;
  name: string;
}

export interface LkdOverview {
  date: string;
  /** "Term ends soon" window in months. */
  soonMonths: number;
  rows: LkdRow[];
  desa: LkdGroup[];
  kecamatan: LkdGroup[];
  total: LkdGroup;
}

export const SOON_MONTHS = 6;

/** Finding values that may carry a person's name are left out of the county's copy. */
const COUNTY_VALUES = new Set(['age', 'min', 'max', 'on', 'date', 'since', 'months', 'terms', 'other', 'rt', 'ground', 'years']);

export function lkdOverview(desas: readonly DesaLkdRecords[], date: string): LkdOverview {
  const rows: LkdRow[] = [];
  for (const d of desas) {
    const groups = groupInstitutions(d.institutions, d.boards, d.seats, d.activities);
    const people = new PeopleIndex(d.people);
    const results = evaluateDesa(groups.map((g) => institutionInput(g, people, date)), date, { soonMonths: SOON_MONTHS });
    results.forEach((r, i) => {
      const acts = [...groups[i].activities].sort((a, b) => (a.data.date < b.data.date ? 1 : -1));
      const term = r.findings.find((f) => f.code === 'term-ends-soon' || f.code === 'term-expired');
      const issues: SeatIssue[] = (r.current?.seats ?? []).filter((s) => s.active).flatMap((s) =>
        s.findings.filter((f) => f.level === 'ineligible').map((f) => {
          const values = Object.fromEntries(Object.entries(f.values ?? {}).filter(([k]) => COUNTY_VALUES.has(k)));
          return {
            position: s.seat.position, ...(s.seat.section ? { section: s.seat.section } : {}),
            code: f.code, article: f.article, ...(Object.keys(values).length ? { values } : {}),
          };
        }));
      rows.push({
        ...summarise(r),
        addr: groups[i].addr,
        desa: d.desa,
        desaName: d.desaName,
        kecamatan: kecamatanOf(d.desa),
        basis: r.rules.basis,
        ...(term ? { termArticle: term.article } : {}),
        open: (r.current?.openSeats ?? []).map((p) => ({ position: p.position, ...(p.section ? { section: p.section } : {}), article: p.article })),
        issues,
        activities: acts.length,
        lastActivity: acts[0]?.data.date ?? null,
      });
    });
  }
  rows.sort((a, b) => (a.desa !== b.desa ? (a.desa < b.desa ? -1 : 1) : a.addr < b.addr ? -1 : a.addr > b.addr ? 1 : 0));
  const g = groupRows(rows);
  const names = new Map(desas.map((d) => [d.desa, d.desaName]));
  const group = (code: string, name: string, rs: readonly LkdRow[]): LkdGroup => ({ code, name, ...totalsOf(rs) });
  return {
    date,
    soonMonths: SOON_MONTHS,
    rows,
    desa: [...g.desa].map(([code, rs]) => group(code, names.get(code) ?? '', rs)),
    kecamatan: [...g.kecamatan].map(([code, rs]) => group(code, '', rs)),
    total: group('', '', rows),
  };
}
