import { loadSchoolAgeTables } from '../../domain/growth';
import { ilpRecap, recapVisitOf, type RecapSubject, type RecapVisit, type StageRecap } from '../../domain/ilp/recap';
import type { Queryable } from '../db/types';
import { json } from '../db/types';

// The monthly ILP recap (domain/ilp/recap.ts, the phone's own code) for the county, per desa or
// kecamatan, from the synced rows of the caller's kabupaten only. Each place's recap is computed
// over all its Posyandu's visit rows at once (a person is counted once per stage per place). The
// balita stage is SKDN's, already in the Posyandu report (reports/posyandu): not repeated here.

export type RecapBy = 'desa' | 'kecamatan';

export interface PlaceRecap {
  /** desa code 64.11.05.2003, or kecamatan code 64.11.05 */
  code: string;
  /** desa name as a Posyandu of it wrote it (kecamatan: none) */
  name?: string;
  units: number;
  stages: StageRecap[];
}

interface Row {
  id: string;
  kind: string;
  addr: string;
  data: unknown;
}

const VISITS = ['posyandu.maternalVisit', 'posyandu.youthVisit', 'posyandu.adultVisit'];
const SUBJECTS = ['posyandu.person', 'posyandu.pregnant', 'posyandu.mother'];

const placeOf = (desaCode: string, by: RecapBy) => (by === 'desa' ? desaCode : desaCode.split('.').slice(0, 3).join('.'));

export async function ilpRecapByPlace(q: Queryable, kab: string, period: string, by: RecapBy): Promise<PlaceRecap[]> {
  const units = await q.query<Row>("select id, kind, addr, data from records where kab = $1 and kind = 'posyandu.unit' and not deleted", [kab]);
  const visitRows = await q.query<Row>(
    "select id, kind, addr, data from records where kab = $1 and kind = any($2::text[]) and not deleted and data->>'date' >= $3 and data->>'date' <= $4",
    [kab, VISITS, `${period}-01`, `${period}-31`],
  );
  const visits = visitRows.map(recapVisitOf).filter((v): v is RecapVisit => v !== null);
  const ids = [...new Set(visits.map((v) => v.subjectId))];
  const subjectRows = ids.length
    ? await q.query<Row>('select id, kind, addr, data from records where kab = $1 and kind = any($2::text[]) and not deleted and id = any($3::text[])', [kab, SUBJECTS, ids])
    : [];
  const subjects = new Map<string, RecapSubject>(subjectRows.map((r) => {
    const d = json<{ sex?: 'L' | 'P'; birthDate?: string }>(r.data);
    return [r.id, { id: r.id, sex: r.kind === 'posyandu.person' ? (d.sex ?? 'P') : 'P', birthDate: d.birthDate }];
  }));
  const places = new Map<string, { name?: string; addrs: Set<string> }>();
  for (const u of units) {
    const d = json<{ desaCode?: string; desaName?: string }>(u.data);
    if (!d.desaCode) continue;
    const code = placeOf(d.desaCode, by);
    const p = places.get(code) ?? { name: by === 'desa' ? d.desaName : undefined, addrs: new Set<string>() };
    p.addrs.add(u.addr);
    places.set(code, p);
  }
  const addrOf = new Map(visitRows.map((r) => [r.id, r.addr]));
  const byAddr = new Map<string, RecapVisit[]>();
  for (const v of visits) {
    const addr = addrOf.get(v.id) ?? '';
    const list = byAddr.get(addr) ?? [];
    list.push(v);
    byAddr.set(addr, list);
  }
  const schoolAge = await loadSchoolAgeTables();
  return [...places.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, p]) => {
    const own = [...p.addrs].flatMap((a) => byAddr.get(a) ?? []);
    const recap = ilpRecap({ month: period, subjects: [...subjects.values()], visits: own, schoolAge });
    return { code, ...(p.name ? { name: p.name } : {}), units: p.addrs.size, stages: recap.stages };
  });
}
