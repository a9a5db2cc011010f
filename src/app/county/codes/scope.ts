import type { CountyPlaces, PlaceDesa } from '../../../server/admin/places';

// What the officer picked in the enrolment-code form, turned into the code's scope address and a
// label in words. The officer never types an address: she picks kecamatan, desa and the unit the
// role works in, or names a new one (a desa by its Kemendagri code, an RT by its number, a new
// Posyandu or dasawisma group by its name, whose id is made from the name).

export type CodeRole = 'kader' | 'ketua-rt' | 'dasawisma' | 'pkk' | 'desa' | 'county';

export const NEW = '__baru';

export interface PickState {
  kecamatan: string;
  desa: string;
  newDesaCode: string;
  newDesaName: string;
  posyandu: string;
  newPosyandu: string;
  /** '' = the whole desa (PKK coordinator of a desa) */
  rt: string;
  newRt: string;
  group: string;
  newGroup: string;
}

export const emptyPick: PickState = {
  kecamatan: '', desa: '', newDesaCode: '', newDesaName: '', posyandu: '', newPosyandu: '', rt: '', newRt: '', group: '', newGroup: '',
};

/** What the picked scope is, for the label (in the officer's words) and the address. */
export type Picked =
  | { ok: true; prefix: string; place: { kind: 'county' | 'desa' | 'rt' | 'posyandu' | 'group'; desa?: string; rt?: string; name?: string } }
  | { ok: false; missing: 'desa' | 'desaCode' | 'posyandu' | 'rt' | 'rtNo' | 'group' };

const DESA_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const RT_NO = /^\d{3}$/;

/** An id for a new Posyandu or group made from its name: 'Posyandu Kenari' → 'kenari', unique within `taken`. */
export function idFromName(name: string, taken: readonly string[]): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^(posyandu|dasawisma|kelompok)\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48) || 'unit';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

export function desaOf(places: CountyPlaces | null, code: string): PlaceDesa | undefined {
  return places?.kecamatan.flatMap((k) => k.desa).find((d) => d.code === code);
}

/** The scope of the picked place for `role`, or which choice is still missing. */
export function pickedScope(role: CodeRole, s: PickState, places: CountyPlaces | null, kab: string): Picked {
  if (role === 'county') return { ok: true, prefix: kab, place: { kind: 'county' } };
  const isNewDesa = s.desa === NEW;
  const desaCode = isNewDesa ? s.newDesaCode.trim() : s.desa;
  if (!desaCode) return { ok: false, missing: 'desa' };
  if (isNewDesa && (!DESA_CODE.test(desaCode) || !desaCode.startsWith(`${kab}.`))) return { ok: false, missing: 'desaCode' };
  const d = desaOf(places, desaCode);
  const desaName = (isNewDesa ? s.newDesaName.trim() : d?.name) || desaCode;
  const desaPrefix = `${kab}/${desaCode}`;
  if (role === 'kader') {
    if (!s.posyandu || (s.posyandu === NEW && !s.newPosyandu.trim())) return { ok: false, missing: 'posyandu' };
    const isNew = s.posyandu === NEW;
    const id = isNew ? idFromName(s.newPosyandu, d?.posyandu.map((p) => p.id) ?? []) : s.posyandu;
    const name = isNew ? s.newPosyandu.trim() : (d?.posyandu.find((p) => p.id === id)?.name ?? undefined);
    return { ok: true, prefix: `${desaPrefix}/posyandu:${id}`, place: { kind: 'posyandu', desa: desaName, name } };
  }
  // Desa staff work for the whole desa (its institutions' boards).
  if (role === 'desa') return { ok: true, prefix: desaPrefix, place: { kind: 'desa', desa: desaName } };
  const rt = s.rt === NEW ? s.newRt.trim() : s.rt;
  if (role === 'pkk' && !rt) return { ok: true, prefix: desaPrefix, place: { kind: 'desa', desa: desaName } };
  if (!rt) return { ok: false, missing: 'rt' };
  if (!RT_NO.test(rt)) return { ok: false, missing: 'rtNo' };
  const rtPrefix = `${desaPrefix}/rt:${rt}`;
  if (role !== 'dasawisma') return { ok: true, prefix: rtPrefix, place: { kind: 'rt', desa: desaName, rt } };
  if (!s.group || (s.group === NEW && !s.newGroup.trim())) return { ok: false, missing: 'group' };
  const groups = d?.rts.find((x) => x.rt === rt)?.groups ?? [];
  const isNew = s.group === NEW;
  const id = isNew ? idFromName(s.newGroup, groups.map((g) => g.id)) : s.group;
  const name = isNew ? s.newGroup.trim() : (groups.find((g) => g.id === id)?.name ?? undefined);
  return { ok: true, prefix: `${rtPrefix}/dw:${id}`, place: { kind: 'group', desa: desaName, rt, name } };
}
