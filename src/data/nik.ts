import type { KaderDb } from './db';
import type { SyncRecord } from '../domain/records/envelope';
import { KINDS } from '../domain/records/registry';

// Who in the phone's books already has a NIK, in any module (issue 13 item 7): the shared NIK
// field (src/app/ui/NikField.tsx) warns, naming the person, when it is someone else.
// Imported by path (not through data/index.ts), so it stays off the first screen.

type Schema = { type: string; entries?: Record<string, Schema>; wrapped?: Schema };
const unwrap = (s: Schema | undefined): Schema | undefined => (s?.wrapped ? unwrap(s.wrapped) : s);

/** Where each kind keeps a NIK: 'nik' at the top, or inside a group ('person.nik' of lkd.seat). */
function nikPaths(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (s: Schema | undefined, path: string[], kind: string) => {
    const o = unwrap(s);
    if (o?.type !== 'object' || !o.entries) return;
    for (const [k, e] of Object.entries(o.entries)) {
      if (k === 'nik') out.set(kind, [...path, k]);
      else walk(e, [...path, k], kind);
    }
  };
  for (const [kind, spec] of Object.entries(KINDS)) walk(spec.schema as unknown as Schema, [], kind);
  return out;
}

let paths: Map<string, string[]> | null = null;

export interface NikHolder {
  /** The record that holds the NIK. */
  id: string;
  kind: string;
  /** The person's name as that record has it. */
  name: string;
  /** The rt.person it is linked to (Posyandu, dasawisma and LKD records can link one). */
  personId?: string;
}

function at(data: unknown, path: string[]): unknown {
  let cur = data as Record<string, unknown> | undefined;
  for (const k of path) cur = cur && typeof cur === 'object' ? (cur[k] as Record<string, unknown>) : undefined;
  return cur;
}

/**
 * Every live record in the phone's books, any module, holding this NIK. Reads the records of the
 * kinds that have a NIK through the kind index (an RT's few hundred people take a few ms).
 */
export async function findNikHolders(db: KaderDb, nik: string): Promise<NikHolder[]> {
  if (!/^\d{16}$/.test(nik)) return [];
  paths ??= nikPaths();
  const kinds = [...paths.keys()];
  const rows = await db.records.where('kind').anyOf(kinds).toArray();
  const out: NikHolder[] = [];
  for (const r of rows as SyncRecord<Record<string, unknown>>[]) {
    if (r.deleted || at(r.data, paths.get(r.kind)!) !== nik) continue;
    const path = paths.get(r.kind)!;
    const owner = path.length > 1 ? (at(r.data, path.slice(0, -1)) as Record<string, unknown>) : r.data;
    const name = String(owner.name ?? r.data.name ?? r.data.headName ?? '');
    const personId = (owner.personId ?? r.data.personId) as string | undefined;
    out.push({ id: r.id, kind: r.kind, name, ...(personId ? { personId } : {}) });
  }
  return out;
}

/** The one the form is about, as the duplicate rule sees it. */
export interface NikSelf {
  /** The record being edited, if it exists already. */
  id?: string;
  /** The rt.person it is (or is linked to). */
  personId?: string;
  /** The name typed on the form. */
  name?: string;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Holders that are another person: not the record itself, not linked to the same rt.person, and
 * not the same name (the same woman in the pregnant and WUS/PUS registers is one person with one
 * NIK, linked or not).
 */
export function otherHolders(holders: readonly NikHolder[], self: NikSelf): NikHolder[] {
  const ids = new Set([self.id, self.personId].filter(Boolean));
  return holders.filter((h) =>
    !ids.has(h.id)
    && !(h.personId && ids.has(h.personId))
    && !(self.name && norm(h.name) === norm(self.name)));
}
