import type { IsoDate } from '../types';
import type { InstitutionResult } from './evaluate';

// What the desa list and the county report count per institution: the same numbers on the phone
// and on the server, because both come from evaluateDesa's results.

export interface InstitutionSummary {
  id: string;
  type: InstitutionResult['institution']['type'];
  name: string;
  rt?: string;
  hasBoard: boolean;
  termStart?: IsoDate;
  termEnd?: IsoDate;
  status: 'active' | 'expired' | 'none';
  /** Members in office on the day. */
  seated: number;
  openSeats: number;
  ineligible: number;
  /** Term ends within the window (and has not ended yet). */
  endsSoon: boolean;
  skNumber?: string;
  skDate?: IsoDate;
}

export function summarise(r: InstitutionResult): InstitutionSummary {
  const c = r.current;
  return {
    id: r.institution.id,
    type: r.institution.type,
    name: r.institution.name,
    ...(r.institution.rt ? { rt: r.institution.rt } : {}),
    hasBoard: !!c,
    ...(c ? { termStart: c.board.termStart } : {}),
    ...(c?.termEnd ? { termEnd: c.termEnd } : {}),
    status: !c ? 'none' : c.status === 'expired' ? 'expired' : 'active',
    seated: c ? c.seats.filter((s) => s.active).length : 0,
    openSeats: c ? c.openSeats.length : 0,
    ineligible: c ? c.ineligible : 0,
    endsSoon: r.findings.some((f) => f.code === 'term-ends-soon'),
    ...(c?.board.skNumber ? { skNumber: c.board.skNumber } : {}),
    ...(c?.board.skDate ? { skDate: c.board.skDate } : {}),
  };
}

export interface SummaryTotals {
  institutions: number;
  withBoard: number;
  expired: number;
  endsSoon: number;
  withOpenSeat: number;
  openSeats: number;
  withIneligible: number;
  ineligible: number;
}

export function totalsOf(rows: readonly InstitutionSummary[]): SummaryTotals {
  return {
    institutions: rows.length,
    withBoard: rows.filter((r) => r.hasBoard).length,
    expired: rows.filter((r) => r.status === 'expired').length,
    endsSoon: rows.filter((r) => r.endsSoon).length,
    withOpenSeat: rows.filter((r) => r.openSeats > 0).length,
    openSeats: rows.reduce((n, r) => n + r.openSeats, 0),
    withIneligible: rows.filter((r) => r.ineligible > 0).length,
    ineligible: rows.reduce((n, r) => n + r.ineligible, 0),
  };
}
