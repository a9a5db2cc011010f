import type { Queryable } from '../db/types';
import { json } from '../db/types';
import { parseAddr } from '../../domain/records';

// The places of a kabupaten as the server knows them, for the county officer's enrolment-code
// picker (kecamatan → desa → Posyandu / RT / dasawisma group): every unit that has a record of its
// own (posyandu.unit, rt.unit, dasawisma.group, dasawisma.pkkRt) with its name, and every unit only
// seen in the addresses of other records (no name then; the picker shows its number or id).
// Kecamatan have no record anywhere, so they are known by their code only.

export interface PlaceGroup {
  id: string;
  name: string | null;
}

export interface PlaceRt {
  rt: string;
  rw: string | null;
  groups: PlaceGroup[];
}

export interface PlaceDesa {
  code: string;
  name: string | null;
  posyandu: { id: string; name: string | null }[];
  rts: PlaceRt[];
}

export interface CountyPlaces {
  kabupaten: string;
  kecamatan: { code: string; desa: PlaceDesa[] }[];
}

/** One row per unit address: its address and, when it has its own record, that record's data. */
export interface PlaceRow {
  addr: string;
  kind?: string;
  data?: { name?: string; desaName?: string; rw?: string };
}

const byCode = <T,>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** The place tree from unit addresses and unit records (pure; see countyPlaces for the reads). */
export function buildPlaces(kab: string, rows: readonly PlaceRow[]): CountyPlaces {
  const desas = new Map<string, PlaceDesa>();
  const desaOf = (code: string) => {
    let d = desas.get(code);
    if (!d) desas.set(code, (d = { code, name: null, posyandu: [], rts: [] }));
    return d;
  };
  const rtOf = (d: PlaceDesa, rt: string) => {
    let r = d.rts.find((x) => x.rt === rt);
    if (!r) d.rts.push((r = { rt, rw: null, groups: [] }));
    return r;
  };
  for (const row of rows) {
    const p = parseAddr(row.addr);
    if (p.kabupaten !== kab || !p.desa || !p.desa.startsWith(`${kab}.`)) continue;
    const d = desaOf(p.desa);
    if (row.data?.desaName && !d.name) d.name = row.data.desaName;
    if (p.posyandu) {
      let u = d.posyandu.find((x) => x.id === p.posyandu);
      if (!u) d.posyandu.push((u = { id: p.posyandu, name: null }));
      if (row.kind === 'posyandu.unit' && row.data?.name) u.name = row.data.name;
    }
    if (p.rt) {
      const r = rtOf(d, p.rt);
      if ((row.kind === 'rt.unit' || row.kind === 'dasawisma.pkkRt') && row.data?.rw && !r.rw) r.rw = row.data.rw;
      if (p.group) {
        let g = r.groups.find((x) => x.id === p.group);
        if (!g) r.groups.push((g = { id: p.group, name: null }));
        if (row.kind === 'dasawisma.group' && row.data?.name) g.name = row.data.name;
      }
    }
  }
  const kecamatan = new Map<string, PlaceDesa[]>();
  for (const d of [...desas.values()].sort(byCode((x) => x.code))) {
    d.posyandu.sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id));
    d.rts.sort(byCode((x) => x.rt));
    for (const r of d.rts) r.groups.sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id));
    const k = d.code.split('.').slice(0, 3).join('.');
    kecamatan.set(k, [...(kecamatan.get(k) ?? []), d]);
  }
  return { kabupaten: kab, kecamatan: [...kecamatan].map(([code, desa]) => ({ code, desa })) };
}

const UNIT_KINDS = ['posyandu.unit', 'rt.unit', 'dasawisma.group', 'dasawisma.pkkRt'];

/**
 * Reads the kabupaten's unit addresses (every distinct address of its live records) and its unit
 * records, and builds the tree. Two small queries: distinct addresses are few (one per unit).
 */
export async function countyPlaces(q: Queryable, kab: string): Promise<CountyPlaces> {
  const [addrs, units] = await Promise.all([
    q.query<{ addr: string }>('select distinct addr from records where kab = $1 and not deleted', [kab]),
    q.query<{ addr: string; kind: string; data: unknown }>(
      'select addr, kind, data from records where kab = $1 and kind = any($2::text[]) and not deleted',
      [kab, UNIT_KINDS],
    ),
  ]);
  const rows: PlaceRow[] = [
    ...units.map((u) => ({ addr: u.addr, kind: u.kind, data: json<PlaceRow['data']>(u.data) })),
    ...addrs.map((a) => ({ addr: a.addr })),
  ];
  return buildPlaces(kab, rows);
}
