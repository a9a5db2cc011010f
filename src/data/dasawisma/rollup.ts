import type { KaderDb } from '../db';
import { rollUpRecap, type RecapTable } from '../../domain';
import { getPkkRt, listGroups, type Group } from './groups';
import { groupRecap, fromSnapshot } from './recap';
import { listSubmissions, submissionFor } from './submissions';
import { desaAddr, rtAddr } from '../../domain/records';
import { listRecords } from '../records';

export interface GroupTable {
  group: Group;
  table: RecapTable;
  /** 'submitted': the recap the coordinator sent; 'live': not sent, computed from the records. */
  source: 'submitted' | 'live';
}

export interface Unit {
  id: string;
  label: string;
  table: RecapTable;
}

export interface DesaRollup {
  desaCode: string;
  /** The desa's name as the groups or PKK RT records give it (the code when none does). */
  desaName: string;
  month: string;
  groups: GroupTable[];
  /** 4.16b per RT: rows = groups. */
  rts: (Unit & { rtNo: string; rw: string | undefined; groups: GroupTable[] })[];
  /** 4.16c per RW/dusun: rows = RTs. */
  rws: (Unit & { rw: string | undefined })[];
  /** 4.16d: rows = RW/dusun. */
  desa: RecapTable;
}

/** A group's table for the month: its submitted recap when it reported, else computed now. */
export async function groupTable(db: KaderDb, group: Group, month: string): Promise<GroupTable> {
  const sub = submissionFor(await listSubmissions(db, group.addr), month);
  if (sub) return { group, table: fromSnapshot(sub), source: 'submitted' };
  return { group, table: await groupRecap(db, group, month), source: 'live' };
}

/** 4.16b, 4.16c and 4.16d of a desa for a month, each level built from the level below by the domain. */
export async function desaRollup(db: KaderDb, desaCode: string, month: string): Promise<DesaRollup> {
  const groups = await listGroups(db, desaAddr(desaCode));
  const tables: GroupTable[] = [];
  for (const g of groups) tables.push(await groupTable(db, g, month));
  const rtNos = [...new Set(groups.map((g) => g.rtNo))].sort();
  const rts: DesaRollup['rts'] = [];
  for (const rtNo of rtNos) {
    const own = tables.filter((x) => x.group.rtNo === rtNo);
    const rw = await rwOf(db, desaCode, rtNo);
    const table = rollUpRecap(own.map((x) => ({ id: x.group.id, label: x.group.data.name, table: x.table })));
    rts.push({ id: rtNo, rtNo, rw, label: `RT ${rtNo}`, table, groups: own });
  }
  const rwKeys = [...new Set(rts.map((r) => r.rw ?? ''))].sort();
  const rws = rwKeys.map((k) => {
    const below = rts.filter((r) => (r.rw ?? '') === k);
    return { id: k || '-', rw: k || undefined, label: k ? `RW ${k}` : '-', table: rollUpRecap(below) };
  });
  const desaName = groups.find((g) => g.data.desaName)?.data.desaName ?? (await desaNameOf(db, desaCode)) ?? desaCode;
  return { desaCode, desaName, month, groups: tables, rts, rws, desa: rollUpRecap(rws) };
}

/** The RT's RW: the PKK RT record's, else the RT books' (rt.unit) when they are on this phone. */
export async function rwOf(db: KaderDb, desaCode: string, rtNo: string): Promise<string | undefined> {
  const pkk = (await getPkkRt(db, desaCode, rtNo))?.data.rw;
  if (pkk) return pkk;
  const units = await listRecords<{ rw?: string }>(db, 'rt.unit', rtAddr(desaCode, rtNo));
  return units.find((u) => u.addr === rtAddr(desaCode, rtNo) && u.data.rw)?.data.rw;
}

/** A desa's name from any PKK RT or RT unit record of it on this phone. */
async function desaNameOf(db: KaderDb, desaCode: string): Promise<string | undefined> {
  for (const kind of ['dasawisma.pkkRt', 'rt.unit']) {
    const rows = await listRecords<{ desaName?: string }>(db, kind, desaAddr(desaCode));
    const named = rows.find((r) => r.data.desaName);
    if (named) return named.data.desaName;
  }
  return undefined;
}
