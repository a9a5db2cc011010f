// Every synced record carries an address: a path from kabupaten down to the unit that owns it.
//   posyandu: "64.11/64.11.05.2003/posyandu:<id>"
//   RT:       "64.11/64.11.05.2003/rt:001"
//   group:    "64.11/64.11.05.2003/rt:001/dw:<id>"
//   LKD:      "64.11/64.11.05.2003/lkd:lpm", ".../rt:001/lkd:rt", ".../posyandu:mawar/lkd:posyandu"
//   Posyantek: "64.11/64.11.05.2003/posyantek:desa" (Posyantekdes), "64.11/64.11.05/posyantek:antar-desa"
//             (Posyantek Antar Desa: under a kecamatan segment, which stands beside the desa codes)
// A device scope is such a path used as a prefix, plus the modules the role may touch, so one
// string comparison decides both push permission and pull visibility, and the first segment
// (kabupaten) is the shard key on the server.
// Records made before the device is enrolled use the prefix "local/" and are re-addressed into
// the scope at enrolment.

import { cutText } from '../text/safe-text';

export type ModuleName = 'posyandu' | 'rt' | 'dasawisma' | 'lkd' | 'posyantek' | 'config';

export const LOCAL_PREFIX = 'local';

/** '64.11.05.2003' → '64.11' */
export function kabupatenOfDesa(desaCode: string): string {
  return desaCode.split('.').slice(0, 2).join('.');
}

export function desaAddr(desaCode: string): string {
  return `${kabupatenOfDesa(desaCode)}/${desaCode}`;
}

export function posyanduAddr(desaCode: string, posyanduId: string): string {
  return `${desaAddr(desaCode)}/posyandu:${posyanduId}`;
}

/** rtNo is the three-digit number within the desa, e.g. '001'. */
export function rtAddr(desaCode: string, rtNo: string): string {
  return `${desaAddr(desaCode)}/rt:${rtNo}`;
}

export function groupAddr(desaCode: string, rtNo: string, groupId: string): string {
  return `${rtAddr(desaCode, rtNo)}/dw:${groupId}`;
}

/** '64.11.05.2003' → '64.11.05' */
export function kecamatanOfDesa(desaCode: string): string {
  return desaCode.split('.').slice(0, 3).join('.');
}

/** A kecamatan's own address ('64.11/64.11.05'): only kecamatan-level units stand under it (Posyantek Antar Desa). */
export function kecamatanAddr(kecamatanCode: string): string {
  return `${kecamatanCode.split('.').slice(0, 2).join('.')}/${kecamatanCode}`;
}

/** A Posyantek under its desa ('…/64.11.05.2003/posyantek:desa') or kecamatan ('64.11/64.11.05/posyantek:antar-desa'). */
export function posyantekAddr(parentAddr: string, id: string): string {
  return `${parentAddr}/posyantek:${id}`;
}

/** A village institution (LKD) under the desa, an RT or a Posyandu address. */
export function lkdAddr(parentAddr: string, id: string): string {
  return `${parentAddr}/lkd:${id}`;
}

/** The kabupaten segment of an address ('local' for records not yet enrolled). */
export function kabupatenOf(addr: string): string {
  const i = addr.indexOf('/');
  return i < 0 ? addr : addr.slice(0, i);
}

/** True when `addr` is the scope itself or lies below it (segment-wise, so rt:00 never covers rt:001). */
export function covers(scopePrefix: string, addr: string): boolean {
  return addr === scopePrefix || addr.startsWith(scopePrefix + '/');
}

// ---------------------------------------------------------------------------------------------
// The address grammar. An address is canonical when every segment is one of the types below and
// stands directly under a type its row allows: no empty, '.' or '..' segment, no unit under a unit
// that does not hold it. The phone checks it before saving (data/records.ts) and the server before
// storing (server/sync/scope.ts), so an address that merely *starts* with a device's prefix
// ('<prefix>/..', '<prefix>/../../64.11.05.2004/posyandu:melati') can never be stored.
//
// A new unit type is one row (and the types it may stand under). Rows must not be ambiguous: no
// segment may match two types that can stand under the same parent (a unit test checks this).

/** The parent of a first segment. */
export const ROOT = '(root)';

export interface SegmentType {
  /** Name of the level: 'kabupaten', 'desa', 'posyandu', … */
  type: string;
  /** The whole segment: a region code ('64.11.05.2003') or '<unit>:<id>'. */
  pattern: RegExp;
  /** Types this segment may stand directly under (ROOT: first segment). */
  under: readonly string[];
  /** A region code that must extend its parent's code (desa 64.11.05.2003 under kabupaten 64.11). */
  extendsParent?: true;
  /** Used on the phone before enrolment only; never valid on the server. */
  localOnly?: true;
}

const UNIT_ID = '[0-9A-Za-z_-]{1,64}';
const unit = (name: string, id = UNIT_ID) => new RegExp(`^${name}:${id}$`);

export const SEGMENT_TYPES: readonly SegmentType[] = [
  { type: 'kabupaten', pattern: /^\d{2}\.\d{2}$/, under: [ROOT] },
  { type: 'local', pattern: new RegExp(`^${LOCAL_PREFIX}$`), under: [ROOT], localOnly: true },
  { type: 'desa', pattern: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, under: ['kabupaten'], extendsParent: true },
  { type: 'posyandu', pattern: unit('posyandu'), under: ['desa', 'local'] },
  { type: 'rt', pattern: unit('rt', '\\d{3}'), under: ['desa', 'local'] },
  { type: 'dw', pattern: unit('dw'), under: ['rt'] },
  // A village institution's board (module lkd): the RT's under its RT, a Posyandu's under it.
  { type: 'lkd', pattern: unit('lkd'), under: ['desa', 'rt', 'posyandu', 'local'] },
  // A kecamatan (64.11.05) beside the desa codes, not above them: desa addresses keep their shape.
  // Only kecamatan-level units stand under it (Posyantek Antar Desa, Perbup Paser 2/2022).
  { type: 'kecamatan', pattern: /^\d{2}\.\d{2}\.\d{2}$/, under: ['kabupaten'], extendsParent: true },
  // A Posyantek (module posyantek): a Posyantekdes under its desa, a Posyantek Antar Desa under its kecamatan.
  { type: 'posyantek', pattern: unit('posyantek'), under: ['desa', 'kecamatan', 'local'] },
];

export interface AddrSegment {
  type: string;
  /** The segment as written. */
  text: string;
}

export type AddrParse = { ok: true; segments: AddrSegment[] } | { ok: false; reason: string };

export interface AddrOptions {
  /** Accept the phone's pre-enrolment 'local/…' addresses (never on the server). */
  local?: boolean;
}

/** Splits an address into typed segments, or says what is wrong with it (a short English reason). */
export function parseAddrSegments(addr: string, o: AddrOptions = {}): AddrParse {
  if (addr === '') return { ok: false, reason: 'empty address' };
  const segments: AddrSegment[] = [];
  let parent: AddrSegment | null = null;
  for (const [i, text] of addr.split('/').entries()) {
    const where = `segment ${i + 1}`;
    if (text === '' || text === '.' || text === '..') return { ok: false, reason: `${where} is ${text === '' ? 'empty' : `"${text}"`}` };
    const under: string = parent?.type ?? ROOT;
    const row: SegmentType | undefined = SEGMENT_TYPES.find((t) => t.under.includes(under) && t.pattern.test(text) && (o.local || !t.localOnly));
    if (!row) return { ok: false, reason: `${where} "${cutText(text, 70)}" cannot stand ${parent ? `under ${under}` : 'first'}` };
    if (row.extendsParent && parent && !text.startsWith(parent.text + '.')) {
      return { ok: false, reason: `${where} "${text}" is not in ${parent.type} ${parent.text}` };
    }
    parent = { type: row.type, text };
    segments.push(parent);
  }
  return { ok: true, segments };
}

/** Why an address is not canonical, or null when it is. */
export function addrProblem(addr: string, o: AddrOptions = {}): string | null {
  const p = parseAddrSegments(addr, o);
  return p.ok ? null : p.reason;
}

export function isCanonicalAddr(addr: string, o: AddrOptions = {}): boolean {
  return addrProblem(addr, o) === null;
}

export interface ParsedAddr {
  kabupaten: string;
  desa?: string;
  posyandu?: string;
  rt?: string;
  group?: string;
  lkd?: string;
  /** A kecamatan-level address ('64.11/64.11.05/…'): then there is no desa. */
  kecamatan?: string;
  posyantek?: string;
}

const KECAMATAN_CODE = /^\d{2}\.\d{2}\.\d{2}$/;

export function parseAddr(addr: string): ParsedAddr {
  const [kabupaten, desa, ...rest] = addr.split('/');
  const out: ParsedAddr = { kabupaten };
  if (desa && KECAMATAN_CODE.test(desa)) out.kecamatan = desa;
  else if (desa) out.desa = desa;
  for (const seg of rest) {
    const [k, v] = seg.split(':');
    if (k === 'posyandu') out.posyandu = v;
    else if (k === 'rt') out.rt = v;
    else if (k === 'dw') out.group = v;
    else if (k === 'lkd') out.lkd = v;
    else if (k === 'posyantek') out.posyantek = v;
  }
  return out;
}
