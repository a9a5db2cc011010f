// Every synced record carries an address: a path from kabupaten down to the unit that owns it.
//   posyandu: "64.11/64.11.05.2003/posyandu:<id>"
//   RT:       "64.11/64.11.05.2003/rt:001"
//   group:    "64.11/64.11.05.2003/rt:001/dw:<id>"
// A device scope is such a path used as a prefix, plus the modules the role may touch, so one
// string comparison decides both push permission and pull visibility, and the first segment
// (kabupaten) is the shard key on the server.
// Records made before the device is enrolled use the prefix "local/" and are re-addressed into
// the scope at enrolment.

export type ModuleName = 'posyandu' | 'rt' | 'dasawisma' | 'config';

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

/** The kabupaten segment of an address ('local' for records not yet enrolled). */
export function kabupatenOf(addr: string): string {
  const i = addr.indexOf('/');
  return i < 0 ? addr : addr.slice(0, i);
}

/** True when `addr` is the scope itself or lies below it (segment-wise, so rt:00 never covers rt:001). */
export function covers(scopePrefix: string, addr: string): boolean {
  return addr === scopePrefix || addr.startsWith(scopePrefix + '/');
}

export interface ParsedAddr {
  kabupaten: string;
  desa?: string;
  posyandu?: string;
  rt?: string;
  group?: string;
}

export function parseAddr(addr: string): ParsedAddr {
  const [kabupaten, desa, ...rest] = addr.split('/');
  const out: ParsedAddr = { kabupaten };
  if (desa) out.desa = desa;
  for (const seg of rest) {
    const [k, v] = seg.split(':');
    if (k === 'posyandu') out.posyandu = v;
    else if (k === 'rt') out.rt = v;
    else if (k === 'dw') out.group = v;
  }
  return out;
}
