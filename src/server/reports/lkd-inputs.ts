import { desaAddr, parseAddr } from '../../domain/records';
import type { BoardData, InstitutionData, LkdActivityData, SeatData } from '../../domain/records/lkd';
import type { MutationData, PersonData } from '../../domain/records/rt';
import { desaPeople, type DesaPerson, type RecordLike } from '../../domain/lkd';
import type { Queryable } from '../db/types';
import { loadKind } from './load';

// The county's reading of the village institutions: the LKD records of the kabupaten, and the RT
// books of the desa that have institutions (people and their mutation entries), turned into the
// same inputs the phone builds (domain/lkd/inputs.ts), so both judge the same boards the same way.

export interface DesaLkdRecords {
  desa: string;
  desaName: string;
  institutions: RecordLike<InstitutionData>[];
  boards: RecordLike<BoardData>[];
  seats: RecordLike<SeatData>[];
  activities: RecordLike<LkdActivityData>[];
  people: DesaPerson[];
}

const likePrefixes = (desas: string[], kab: string) => desas.map((d) => desaAddr(d).replace(/[\\%_]/g, '\\$&') + '/%').filter((p) => p.startsWith(kab + '/'));

/** Tabs and line breaks out of a text column, so one row stays one line of the tab-separated answer. */
const flat = (expr: string) => `translate(${expr}, E'\\t\\n\\r', '   ')`;

async function columns(q: Queryable, kab: string, kind: string, exprs: string[], prefixes: string[]): Promise<string[][]> {
  if (!prefixes.length) return [];
  const cols = exprs.map((e) => `coalesce((${e})::text, '')`).join(`, E'\\t', `);
  const [r] = await q.query<{ t: string | null }>(
    `select string_agg(concat(${cols}), E'\\n') as t from records where kab = $1 and kind = $2 and not deleted and addr like any($3::text[])`,
    [kab, kind, prefixes],
  );
  return r?.t ? r.t.split('\n').map((line) => line.split('\t')) : [];
}

export async function loadLkd(q: Queryable, kab: string): Promise<DesaLkdRecords[]> {
  const [institutions, boards, seats, activities, units] = await Promise.all([
    loadKind<InstitutionData>(q, kab, 'lkd.institution'),
    loadKind<BoardData>(q, kab, 'lkd.board'),
    loadKind<SeatData>(q, kab, 'lkd.seat'),
    loadKind<LkdActivityData>(q, kab, 'lkd.activity'),
    loadKind<{ desaName?: string }>(q, kab, 'rt.unit'),
  ]);
  const desaOf = (addr: string) => parseAddr(addr).desa ?? '';
  const desas = [...new Set(institutions.map((i) => desaOf(i.addr)))].filter(Boolean).sort();
  const prefixes = likePrefixes(desas, kab);
  // Only the columns the rules read: no JSON per person (a county holds hundreds of thousands).
  const [persons, mutations] = await Promise.all([
    columns(q, kab, 'rt.person', ['id', 'addr', flat("data->>'name'"), "data->>'nik'", "data->>'sex'", "data->>'birthDate'", "data->>'citizenship'", "data->>'education'", "data->>'canRead'"], prefixes),
    columns(q, kab, 'rt.mutation', ['id', 'addr', 'updated_at', "data->>'type'", "data->>'date'", "data->>'personId'", "data->>'corrects'", "data->>'cancel'"], prefixes),
  ]);
  const byDesa = <T extends { addr: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) {
      const d = desaOf(r.addr);
      m.set(d, [...(m.get(d) ?? []), r]);
    }
    return m;
  };
  const personRecs = persons.map((r): RecordLike<PersonData> => ({
    id: r[0], addr: r[1], parent: null, updatedAt: '',
    data: {
      name: r[2], ...(r[3] ? { nik: r[3] } : {}), sex: r[4] as 'L' | 'P', birthDate: r[5], citizenship: r[6] as 'WNI' | 'WNA',
      ...(r[7] ? { education: r[7] as PersonData['education'] } : {}), ...(r[8] ? { canRead: r[8] === 'true' } : {}),
    },
  }));
  const mutationRecs = mutations.map((r): RecordLike<MutationData> => ({
    id: r[0], addr: r[1], parent: null, updatedAt: r[2],
    // Only what the chains and residence read; the entry's identity columns are not needed here.
    data: { type: r[3] as MutationData['type'], date: r[4], personId: r[5], ...(r[6] ? { corrects: r[6] } : {}), ...(r[7] === 'true' ? { cancel: true } : {}) } as MutationData,
  }));
  const [iBy, bBy, sBy, aBy, pBy, mBy] = [byDesa(institutions), byDesa(boards), byDesa(seats), byDesa(activities), byDesa(personRecs), byDesa(mutationRecs)];
  const names = new Map<string, string>();
  for (const u of units) if (u.data.desaName) names.set(desaOf(u.addr), u.data.desaName);
  for (const i of institutions) if (i.data.desaName && !names.has(desaOf(i.addr))) names.set(desaOf(i.addr), i.data.desaName);
  return desas.map((desa) => ({
    desa,
    desaName: names.get(desa) ?? '',
    institutions: iBy.get(desa) ?? [],
    boards: bBy.get(desa) ?? [],
    seats: sBy.get(desa) ?? [],
    activities: aBy.get(desa) ?? [],
    people: desaPeople(pBy.get(desa) ?? [], mBy.get(desa) ?? []),
  }));
}
