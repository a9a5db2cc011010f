import type { KaderDb } from '../db';
import { getEnrolment, localDeviceId } from '../device';
import { newId } from '../ids';
import { listRecords, type WriteContext } from '../records';
import { desaAddr, parseAddr } from '../../domain/records';
import type { Role } from '../../domain/records/scope';
import type { InstitutionData } from '../../domain/records/lkd';
import type { RtUnitData } from '../../domain/records/rt';

// Which desa's institutions this phone keeps, and whether it may change them. The desa's staff
// (role desa) write every board of their desa; an RT head's phone reads its own RT's board; a
// phone not enrolled yet works on the desa of the boards (or RT books) already on it, or asks.

export interface LkdContext {
  role: Role | null;
  /** '64.11.05.2003', or null when the phone does not know its desa yet. */
  desaCode: string | null;
  desaName?: string;
  /** What this phone reads: the desa's address, or an RT head's own RT. */
  readPrefix: string | null;
  /** May record and change boards (desa staff, or a phone not enrolled yet). */
  canWrite: boolean;
  /** An RT head's phone: the RT whose board it shows. */
  rtOnly?: string;
  /** Enrolled for another module (kader, dasawisma, PKK, county): the Desa tab is not for it. */
  otherRole: boolean;
  /** The enrolment's label ('Posyandu Mawar, Desa Prangat Selatan'). */
  label?: string;
}

export async function lkdContext(db: KaderDb): Promise<LkdContext> {
  const e = await getEnrolment(db);
  if (e) {
    const p = parseAddr(e.scope.prefix);
    const desaCode = p.desa ?? null;
    const desaName = await desaNameOf(db, desaCode, e.scope.label);
    if (e.role === 'desa') return { role: e.role, desaCode, desaName, readPrefix: e.scope.prefix, canWrite: e.scope.modules.includes('lkd'), otherRole: false };
    if (e.role === 'ketua-rt') return { role: e.role, desaCode, desaName, readPrefix: e.scope.prefix, canWrite: false, rtOnly: p.rt, otherRole: false };
    return { role: e.role, desaCode, desaName, readPrefix: null, canWrite: false, otherRole: true, label: e.scope.label };
  }
  // Not enrolled: the desa of the institutions already recorded here, else of the RT books here.
  const insts = await listRecords<InstitutionData>(db, 'lkd.institution');
  const units = await listRecords<RtUnitData>(db, 'rt.unit');
  const latest = [...insts, ...units].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
  const desaCode = latest ? (parseAddr(latest.addr).desa ?? null) : null;
  if (!desaCode || desaCode === 'local') return { role: null, desaCode: null, readPrefix: null, canWrite: true, otherRole: false };
  return { role: null, desaCode, desaName: await desaNameOf(db, desaCode), readPrefix: desaAddr(desaCode), canWrite: true, otherRole: false };
}

/** The desa's name as the RT books or the institutions record it; else the enrolment's label. */
async function desaNameOf(db: KaderDb, desaCode: string | null, label?: string): Promise<string | undefined> {
  if (!desaCode) return undefined;
  const prefix = desaAddr(desaCode);
  const [units, insts] = await Promise.all([listRecords<RtUnitData>(db, 'rt.unit', prefix), listRecords<InstitutionData>(db, 'lkd.institution', prefix)]);
  const named = units.find((u) => u.data.desaName)?.data.desaName ?? insts.find((i) => i.data.desaName)?.data.desaName;
  if (named) return named;
  const m = label ? /Desa (.+)$/.exec(label) : null;
  return m?.[1];
}

/** Every LKD write is signed with this device's id. */
export async function writeContext(db: KaderDb, now?: () => Date): Promise<WriteContext> {
  return { by: await localDeviceId(db, newId), now };
}
