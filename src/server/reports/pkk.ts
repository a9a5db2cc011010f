import { parseAddr } from '../../domain';
import type { LiveRecord } from './load';
import { desaOfAddr, groupRows, kecamatanOf } from './places';

// PKK status per desa (SPEC §5): dasawisma groups with a recap submitted for the month, and groups
// without a coordinator. The phone's rule (src/data/dasawisma/status.ts): a group has reported a
// month when a dasawisma.recap for that month exists at its address; it has a coordinator when a
// name or a member is set.

export interface GroupRow {
  id: string;
  addr: string;
  name: string;
  desa: string;
  kecamatan: string;
  rt: string;
  reported: boolean;
  /** date the month's recap was submitted (the latest submission for the month) */
  submittedOn: string | null;
  hasCoordinator: boolean;
}

export interface PkkDesa {
  code: string;
  name: string;
  groups: number;
  reported: number;
  withoutCoordinator: number;
}

export interface PkkOverview {
  month: string;
  rows: GroupRow[];
  desa: PkkDesa[];
  kecamatan: PkkDesa[];
  total: PkkDesa;
}

interface GroupData { name: string; coordinatorName?: string; coordinatorMemberId?: string; desaName?: string }
interface RecapData { month: string; submittedOn: string }

export function pkkOverview(groups: LiveRecord<GroupData>[], recaps: LiveRecord<RecapData>[], pkkRts: LiveRecord<{ desaName?: string }>[], month: string): PkkOverview {
  const submitted = new Map<string, { on: string; at: string }>();
  for (const r of recaps) {
    if (r.data.month !== month) continue;
    const had = submitted.get(r.addr);
    if (!had || r.updatedAt > had.at) submitted.set(r.addr, { on: r.data.submittedOn, at: r.updatedAt });
  }
  const desaNames = new Map<string, string>();
  for (const r of [...pkkRts, ...groups]) if (r.data.desaName) desaNames.set(desaOfAddr(r.addr), r.data.desaName);
  const rows: GroupRow[] = groups
    .filter((g) => parseAddr(g.addr).group)
    .map((g) => {
      const desa = desaOfAddr(g.addr);
      const s = submitted.get(g.addr);
      return {
        id: g.id, addr: g.addr, name: g.data.name, desa, kecamatan: kecamatanOf(desa), rt: parseAddr(g.addr).rt ?? '',
        reported: !!s, submittedOn: s?.on ?? null,
        hasCoordinator: Boolean(g.data.coordinatorName || g.data.coordinatorMemberId),
      };
    })
    .sort((a, b) => (a.addr < b.addr ? -1 : a.addr > b.addr ? 1 : 0));
  const g = groupRows(rows);
  const sum = (code: string, name: string, rs: GroupRow[]): PkkDesa => ({
    code, name, groups: rs.length, reported: rs.filter((r) => r.reported).length, withoutCoordinator: rs.filter((r) => !r.hasCoordinator).length,
  });
  return {
    month,
    rows,
    desa: [...g.desa].map(([code, rs]) => sum(code, desaNames.get(code) ?? '', rs)),
    kecamatan: [...g.kecamatan].map(([code, rs]) => sum(code, '', rs)),
    total: sum('', '', rows),
  };
}
