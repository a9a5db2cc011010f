import {
  dasawismaGroupRecap, fromSnapshot, parseAddr, recapYear, rollUpRecap,
  type FactCounts, type RecapColumn, type RecapCounts, type RecapSnapshot, type RecapTable,
} from '../../domain';
import type { FamilyData, MemberData } from '../../domain/records/dasawisma';
import type { LiveRecord } from './load';
import { desaOfAddr, kecamatanOf } from './places';

// PKK per desa and kecamatan (SPEC §5): which dasawisma groups reported the month, which have no
// coordinator, and the figures of recap 4.16 (houses, KK, members, balita, PUS, WUS, pregnant,
// elderly, house facts, facts not asked yet) rolled up from the groups. Each group counts as the
// coordinators' phones count it (src/data/dasawisma/rollup.ts), with the same domain functions:
// its latest submitted recap for the month, or, when it has not reported, its recap computed from
// the family records (the catatan keluarga of the month's year or the latest earlier one).
// A group is named by its address (src/data/dasawisma/groups.ts); the record edited last stands
// for an address that has two.

export interface GroupRow {
  id: string;
  addr: string;
  name: string;
  desa: string;
  desaName: string;
  kecamatan: string;
  rt: string;
  reported: boolean;
  /** date the month's recap was submitted (the latest submission for the month) */
  submittedOn: string | null;
  hasCoordinator: boolean;
  /** 4.16a totals of the group: the submitted recap's, else computed from its records */
  counts: RecapCounts;
  /** households not yet asked each fact; absent when the submitted recap predates it */
  missing?: FactCounts;
}

export interface PkkDesa {
  code: string;
  name: string;
  groups: number;
  reported: number;
  withoutCoordinator: number;
  /** 4.16 figures of the area: the sum of its groups' */
  counts: RecapCounts;
  missing?: FactCounts;
}

export interface PkkOverview {
  month: string;
  rows: GroupRow[];
  desa: PkkDesa[];
  kecamatan: PkkDesa[];
  total: PkkDesa;
}

interface GroupData { name: string; coordinatorName?: string; coordinatorMemberId?: string; desaName?: string }
interface RecapData { month: string; submittedOn: string; snapshot: RecapSnapshot }

export interface PkkRecords {
  groups: LiveRecord<GroupData>[];
  recaps: LiveRecord<RecapData>[];
  families: LiveRecord<FamilyData>[];
  members: LiveRecord<MemberData>[];
  /** Records that name their desa (dasawisma.pkkRt, rt.unit, posyandu.unit): data.desaName. */
  named: LiveRecord<{ desaName?: string }>[];
}

function byKey<T>(rows: readonly T[], key: (r: T) => string | null): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** A group's 4.16a for the month from its family records, as the phone computes it when the group has not reported. */
export function liveGroupTable(families: LiveRecord<FamilyData>[], membersOf: Map<string, LiveRecord<MemberData>[]>, month: string): RecapTable {
  const year = recapYear(families.map((f) => f.data.year), month);
  const input = families
    .filter((f) => f.data.year === year)
    .map((f) => ({ id: f.id, data: f.data, members: (membersOf.get(f.id) ?? []).map((m) => m.data) }));
  return dasawismaGroupRecap(input, month);
}

export function pkkOverview(r: PkkRecords, month: string): PkkOverview {
  // The latest submission of the month per group address.
  const submitted = new Map<string, LiveRecord<RecapData>>();
  for (const s of r.recaps) {
    if (s.data.month !== month) continue;
    const had = submitted.get(s.addr);
    if (!had || s.updatedAt > had.updatedAt || (s.updatedAt === had.updatedAt && s.id > had.id)) submitted.set(s.addr, s);
  }
  const familiesAt = byKey(r.families, (f) => f.addr);
  const membersOf = byKey(r.members, (m) => m.parent);

  const desaNames = new Map<string, string>();
  for (const x of [...r.named, ...r.groups]) if (x.data.desaName) desaNames.set(desaOfAddr(x.addr), x.data.desaName);

  // One group per address: the record edited last.
  const groupAt = new Map<string, LiveRecord<GroupData>>();
  for (const g of r.groups) {
    if (!parseAddr(g.addr).group) continue;
    const had = groupAt.get(g.addr);
    if (!had || g.updatedAt > had.updatedAt || (g.updatedAt === had.updatedAt && g.id < had.id)) groupAt.set(g.addr, g);
  }

  const rows: (GroupRow & { table: RecapTable })[] = [...groupAt.values()]
    .map((g) => {
      const desa = desaOfAddr(g.addr);
      const s = submitted.get(g.addr);
      const table = s ? fromSnapshot(s.data.snapshot) : liveGroupTable(familiesAt.get(g.addr) ?? [], membersOf, month);
      return {
        id: g.id, addr: g.addr, name: g.data.name, desa, desaName: desaNames.get(desa) ?? '', kecamatan: kecamatanOf(desa), rt: parseAddr(g.addr).rt ?? '',
        reported: !!s, submittedOn: s?.data.submittedOn ?? null,
        hasCoordinator: Boolean(g.data.coordinatorName || g.data.coordinatorMemberId),
        counts: table.totals, ...(table.missing ? { missing: table.missing } : {}),
        table,
      };
    })
    .sort((a, b) => (a.addr < b.addr ? -1 : a.addr > b.addr ? 1 : 0));

  const area = (code: string, name: string, rs: typeof rows): PkkDesa & { table: RecapTable } => {
    const table = rollUpRecap(rs.map((x) => ({ id: x.id, label: x.name, table: x.table })));
    return {
      code, name, groups: rs.length, reported: rs.filter((x) => x.reported).length, withoutCoordinator: rs.filter((x) => !x.hasCoordinator).length,
      counts: table.totals, ...(table.missing ? { missing: table.missing } : {}), table,
    };
  };
  const strip = <T extends { table: RecapTable }>({ table: _t, ...rest }: T): Omit<T, 'table'> => rest;

  const desa = [...byKey(rows, (x) => x.desa)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, rs]) => area(code, desaNames.get(code) ?? '', rs));
  const kecamatan = [...byKey(rows, (x) => x.kecamatan)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, rs]) => area(code, '', rs));
  return {
    month,
    rows: rows.map(strip),
    desa: desa.map(strip),
    kecamatan: kecamatan.map(strip),
    total: strip(area('', '', rows)),
  };
}

/** Column headings of the 4.16 figures in the county's CSV (the same words as the phone's tables). */
export const PKK_FIGURE_HEAD: Record<RecapColumn, string> = {
  dasawisma: 'Dasawisma', households: 'Jml rumah', kk: 'Jml KK', membersL: 'Anggota L', membersP: 'Anggota P',
  balitaL: 'Balita L', balitaP: 'Balita P', pus: 'PUS', wus: 'WUS', pregnant: 'Ibu hamil', breastfeeding: 'Ibu menyusui',
  elderly: 'Lansia', illiterate: '3 buta', specialNeeds: 'Berkebutuhan khusus', houseHealthy: 'Rumah sehat',
  houseUnhealthy: 'Rumah kurang sehat', rubbishDump: 'Tempat sampah', spal: 'SPAL', latrineSeptic: 'Jamban septic',
  waterPdam: 'Air PDAM', waterWell: 'Air sumur', waterOther: 'Air lainnya', stapleRice: 'Beras', stapleNonRice: 'Non-beras',
  up2k: 'UP2K', yardUse: 'Pemanfaatan pekarangan', homeIndustry: 'Industri rumah tangga', envHealth: 'Kesehatan lingkungan',
};
