import { loadWhoTables } from '../../domain';
import { posyanduBundle, type Bundle, type FhirChild, type FhirVisit } from '../../domain/fhir';
import type { Queryable } from '../db/types';
import { json } from '../db/types';
import { uuidV5 } from './fhir-uuid';

// The records of one Posyandu and month as the FHIR mapping takes them (src/domain/fhir). Reads
// only that unit's visits of the month and the children they name; every query is bound to the
// caller's kabupaten, so an id from another kabupaten finds nothing (404), like the other reports.

interface Row {
  id: string;
  addr: string;
  data: unknown;
}

/** The Bundle, or null when the kabupaten has no such Posyandu. */
export async function posyanduFhirBundle(q: Queryable, kab: string, unitId: string, period: string, now = new Date()): Promise<Bundle | null> {
  const [unit] = await q.query<Row>("select id, addr, data from records where kab = $1 and id = $2 and kind = 'posyandu.unit' and not deleted", [kab, unitId]);
  if (!unit) return null;
  const visitRows = await q.query<Row>(
    "select id, addr, data from records where kab = $1 and kind = 'posyandu.visit' and addr = $2 and not deleted and data->>'date' >= $3 and data->>'date' <= $4",
    [kab, unit.addr, `${period}-01`, `${period}-31`],
  );
  const visits = visitRows.map((r) => ({ id: r.id, ...json<Omit<FhirVisit, 'id'>>(r.data) }));
  // A child's record may sit at another unit of the kabupaten (moved): found by id, still within the kabupaten.
  const childIds = [...new Set(visits.map((v) => v.childId))];
  const childRows = childIds.length
    ? await q.query<Row>("select id, addr, data from records where kab = $1 and kind = 'posyandu.child' and not deleted and id = any($2::text[])", [kab, childIds])
    : [];
  const children = childRows.map((r) => ({ id: r.id, ...json<Omit<FhirChild, 'id'>>(r.data) }));
  const u = json<{ name: string; desaName?: string }>(unit.data);
  return posyanduBundle({
    unit: { id: unit.id, addr: unit.addr, name: u.name, ...(u.desaName ? { desaName: u.desaName } : {}) },
    children,
    visits,
    period,
    timestamp: now.toISOString(),
    uuid: (key) => uuidV5(`${kab}|${key}`),
    tables: await loadWhoTables(),
  });
}
