import type { DeviceRef, Scope } from '../../sync/protocol';
import { iso, json, num, type Queryable } from '../db/types';
import { csvSection, writeCsv, type CsvColumn } from '../../domain/csv';
import { formatDateTimeIn } from '../../domain/format';

// Where sync goes wrong, for county staff: conflicts (two phones edited one record; the later
// edit from a stale copy lost) and rejections (a change the server refused for good), counted per
// unit and per device, with the latest of each listed. A unit is the address a conflict's record
// lives at (its Posyandu, RT or group), and for a rejection the scope of the phone that sent it
// (a refused record may claim any address). No record content and no resident's name leaves here:
// kinds, ids, units, phones and their kaders only.

export const SYNC_ISSUE_LIST_MAX = 200;

export interface UnitIssues {
  addr: string;
  label: string;
  conflicts: number;
  rejections: number;
}

export interface DeviceIssues extends DeviceRef {
  /** Its edits that lost a conflict / its versions that won one / its changes refused. */
  lost: number;
  won: number;
  rejected: number;
  lastSyncAt: string | null;
  revoked: boolean;
}

export interface ConflictItem {
  id: string;
  at: string;
  recordId: string;
  kind: string;
  addr: string;
  unit: string;
  loser: DeviceRef;
  winner: DeviceRef;
}

export interface RejectionItem {
  at: string;
  recordId: string;
  seq: number;
  reason: string;
  unit: string;
  device: DeviceRef;
}

export interface SyncIssues {
  /** Counted from this time on (the `days` asked for). */
  since: string;
  totals: { conflicts: number; rejections: number };
  units: UnitIssues[];
  devices: DeviceIssues[];
  /** Newest first, at most SYNC_ISSUE_LIST_MAX each. */
  conflicts: ConflictItem[];
  rejections: RejectionItem[];
}

interface DeviceRow {
  id: string;
  role: string;
  scope: unknown;
  label: string;
  device_name: string | null;
  kader_name: string | null;
  last_sync_at: unknown;
  revoked_at: unknown;
}

export async function syncIssues(q: Queryable, kab: string, since: Date): Promise<SyncIssues> {
  const at = since.toISOString();
  const [devRows, byAddr, byLoser, byWinner, byDevice, conflictRows, rejectRows] = await Promise.all([
    q.query<DeviceRow>('select id, role, scope, label, device_name, kader_name, last_sync_at, revoked_at from devices where kab = $1', [kab]),
    q.query<{ addr: string; n: unknown }>('select addr, count(*) as n from conflicts where kab = $1 and created_at >= $2 group by addr', [kab, at]),
    q.query<{ d: string; n: unknown }>('select loser_device as d, count(*) as n from conflicts where kab = $1 and created_at >= $2 group by loser_device', [kab, at]),
    q.query<{ d: string; n: unknown }>('select winner_device as d, count(*) as n from conflicts where kab = $1 and created_at >= $2 group by winner_device', [kab, at]),
    q.query<{ d: string; n: unknown }>('select device_id as d, count(*) as n from push_rejections where kab = $1 and created_at >= $2 group by device_id', [kab, at]),
    q.query<{ id: unknown; created_at: unknown; record_id: string; kind: string; addr: string; loser_device: string; winner_device: string }>(
      `select id, created_at, record_id, kind, addr, loser_device, winner_device from conflicts
       where kab = $1 and created_at >= $2 order by id desc limit ${SYNC_ISSUE_LIST_MAX}`,
      [kab, at],
    ),
    q.query<{ created_at: unknown; record_id: string; seq: unknown; reason: string; device_id: string }>(
      `select created_at, record_id, seq, reason, device_id from push_rejections
       where kab = $1 and created_at >= $2 order by created_at desc, device_id, seq desc limit ${SYNC_ISSUE_LIST_MAX}`,
      [kab, at],
    ),
  ]);

  const devices = new Map(devRows.map((d) => [d.id, d]));
  // A unit's name: the label of a phone enrolled for exactly that unit (the county's own words).
  const unitLabel = new Map<string, string>();
  for (const d of devRows) {
    const s = json<Scope>(d.scope);
    if (s?.prefix && !unitLabel.has(s.prefix) && d.role !== 'county') unitLabel.set(s.prefix, d.label);
  }
  const labelOf = (addr: string) => unitLabel.get(addr) ?? addr;
  const ref = (id: string): DeviceRef => {
    const d = devices.get(id);
    return { deviceId: id, role: d?.role ?? '', label: d?.label ?? '', deviceName: d?.device_name ?? null, kaderName: d?.kader_name ?? null };
  };
  const scopeOf = (id: string) => json<Scope>(devices.get(id)?.scope)?.prefix ?? '';

  const units = new Map<string, UnitIssues>();
  const unit = (addr: string) => {
    let u = units.get(addr);
    if (!u) units.set(addr, (u = { addr, label: labelOf(addr), conflicts: 0, rejections: 0 }));
    return u;
  };
  for (const r of byAddr) unit(r.addr).conflicts += num(r.n);
  for (const r of byDevice) unit(scopeOf(r.d) || '?').rejections += num(r.n);

  const perDevice = new Map<string, DeviceIssues>();
  const dev = (id: string) => {
    let x = perDevice.get(id);
    if (!x) {
      const d = devices.get(id);
      perDevice.set(id, (x = { ...ref(id), lost: 0, won: 0, rejected: 0, lastSyncAt: iso(d?.last_sync_at), revoked: !!d?.revoked_at }));
    }
    return x;
  };
  for (const r of byLoser) dev(r.d).lost += num(r.n);
  for (const r of byWinner) dev(r.d).won += num(r.n);
  for (const r of byDevice) dev(r.d).rejected += num(r.n);

  const sum = (rows: { n: unknown }[]) => rows.reduce((s, r) => s + num(r.n), 0);
  return {
    since: at,
    totals: { conflicts: sum(byAddr), rejections: sum(byDevice) },
    units: [...units.values()].sort((a, b) => b.conflicts + b.rejections - (a.conflicts + a.rejections) || a.label.localeCompare(b.label)),
    devices: [...perDevice.values()].sort((a, b) => b.lost + b.won + b.rejected - (a.lost + a.won + a.rejected) || a.label.localeCompare(b.label)),
    conflicts: conflictRows.map((r) => ({
      id: String(num(r.id)), at: iso(r.created_at) ?? '', recordId: r.record_id, kind: r.kind, addr: r.addr, unit: labelOf(r.addr),
      loser: ref(r.loser_device), winner: ref(r.winner_device),
    })),
    rejections: rejectRows.map((r) => ({
      at: iso(r.created_at) ?? '', recordId: r.record_id, seq: num(r.seq), reason: r.reason, unit: labelOf(scopeOf(r.device_id)), device: ref(r.device_id),
    })),
  };
}

const who = (d: DeviceRef) => [d.kaderName, d.deviceName, d.label].filter(Boolean).join(' · ');

const time = (at: string | null) => (at ? formatDateTimeIn('id', at) : '');
const table = <T,>(cols: CsvColumn<T>[], rows: readonly T[]) => writeCsv(csvSection(cols, rows));

/**
 * The tables as CSV through the product's one writer (src/domain/csv.ts: ';', BOM, headings in
 * words, times the Indonesian way with the ISO time in a last column for machines).
 */
export function syncIssuesCsv(s: SyncIssues, which: 'units' | 'devices' | 'conflicts' | 'rejections'): string {
  if (which === 'units') {
    return table<UnitIssues>([
      { head: 'Unit', value: (u) => u.label },
      { head: 'Alamat', value: (u) => u.addr },
      { head: 'Konflik', value: (u) => u.conflicts },
      { head: 'Ditolak', value: (u) => u.rejections },
    ], s.units);
  }
  if (which === 'devices') {
    return table<DeviceIssues>([
      { head: 'HP', value: who },
      { head: 'Peran', value: (d) => d.role },
      { head: 'Kalah konflik', value: (d) => d.lost },
      { head: 'Menang konflik', value: (d) => d.won },
      { head: 'Ditolak', value: (d) => d.rejected },
      { head: 'Sinkron terakhir', value: (d) => time(d.lastSyncAt) },
      { head: 'Dicabut', value: (d) => (d.revoked ? 'ya' : 'tidak') },
      { head: 'Sinkron terakhir (ISO)', value: (d) => d.lastSyncAt ?? '' },
    ], s.devices);
  }
  if (which === 'conflicts') {
    return table<ConflictItem>([
      { head: 'Waktu', value: (c) => time(c.at) },
      { head: 'Unit', value: (c) => c.unit },
      { head: 'Jenis catatan', value: (c) => c.kind },
      { head: 'Id catatan', value: (c) => c.recordId },
      { head: 'HP yang kalah', value: (c) => who(c.loser) },
      { head: 'HP yang menang', value: (c) => who(c.winner) },
      { head: 'Waktu (ISO)', value: (c) => c.at },
    ], s.conflicts);
  }
  return table<RejectionItem>([
    { head: 'Waktu', value: (r) => time(r.at) },
    { head: 'Unit', value: (r) => r.unit },
    { head: 'HP', value: (r) => who(r.device) },
    { head: 'Id catatan', value: (r) => r.recordId },
    { head: 'Alasan', value: (r) => r.reason },
    { head: 'Waktu (ISO)', value: (r) => r.at },
  ], s.rejections);
}
