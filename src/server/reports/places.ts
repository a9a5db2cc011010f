import { parseAddr } from '../../domain/records';

// Grouping by place: a desa is the second address segment; its kecamatan is the first three
// segments of the desa code (64.11.05.2003 → 64.11.05).

export function kecamatanOf(desaCode: string): string {
  return desaCode.split('.').slice(0, 3).join('.');
}

export function desaOfAddr(addr: string): string {
  return parseAddr(addr).desa ?? '';
}

/** Rows grouped by desa and by kecamatan, each group's key order stable (codes sort as the region tree). */
export function groupRows<T extends { desa: string }>(rows: readonly T[]): { desa: Map<string, T[]>; kecamatan: Map<string, T[]> } {
  const desa = new Map<string, T[]>();
  const kecamatan = new Map<string, T[]>();
  const sorted = [...rows].sort((a, b) => (a.desa < b.desa ? -1 : a.desa > b.desa ? 1 : 0));
  for (const r of sorted) {
    push(desa, r.desa, r);
    push(kecamatan, kecamatanOf(r.desa), r);
  }
  return { desa, kecamatan };
}

function push<T>(m: Map<string, T[]>, k: string, v: T) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
