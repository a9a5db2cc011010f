import type { KaderDb } from '../db';
import { getEnrolment } from '../device';
import { desaAddr, parseAddr } from '../../domain/records';
import type { Role } from '../../domain/records/scope';
import { lkdContext } from '../lkd/context';

// Which Posyantek this phone keeps, and whether it may change it:
// - desa staff (role desa, module posyantek): the Posyantekdes of their desa — the Kepala Desa sets
//   its board and receives its reports (Pasal 9 ayat (5), 26 ayat (1));
// - a Posyantek's own phone (role posyantek): its post, a Posyantekdes or a Posyantek Antar Desa
//   (the kecamatan's, whose board the Bupati sets, Pasal 9 ayat (4));
// - a phone not enrolled yet: the desa the Desa tab knows (LKD context), recorded locally.

export interface PosyantekContext {
  role: Role | null;
  /** Where a new post is made ('64.11/64.11.05.2003' or '64.11/64.11.05'), or null: not known yet. */
  placeAddr: string | null;
  /** What the lists read (the desa's address, the post's own), or null: everything on the phone. */
  readPrefix: string | null;
  canWrite: boolean;
  /** The level a new post here has. */
  level: 'desa' | 'antar-desa';
  placeName?: string;
}

export async function posyantekContext(db: KaderDb): Promise<PosyantekContext> {
  const e = await getEnrolment(db);
  if (e) {
    const p = parseAddr(e.scope.prefix);
    const canWrite = e.scope.modules.includes('posyantek');
    if (e.role === 'posyantek') {
      const placeAddr = e.scope.prefix.split('/').slice(0, -1).join('/');
      return { role: e.role, placeAddr, readPrefix: e.scope.prefix, canWrite, level: p.desa ? 'desa' : 'antar-desa', placeName: e.scope.label };
    }
    if (e.role === 'desa' && p.desa) {
      const lkd = await lkdContext(db);
      return { role: e.role, placeAddr: desaAddr(p.desa), readPrefix: desaAddr(p.desa), canWrite, level: 'desa', placeName: lkd.desaName };
    }
    return { role: e.role, placeAddr: null, readPrefix: null, canWrite: false, level: 'desa' };
  }
  const lkd = await lkdContext(db);
  return { role: null, placeAddr: lkd.desaCode ? desaAddr(lkd.desaCode) : 'local', readPrefix: null, canWrite: true, level: 'desa', placeName: lkd.desaName };
}
