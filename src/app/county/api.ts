import { downloadBlob } from '../shell/shareFile';
import { getDb } from '../../data';
import { getEnrolment } from '../../data/device';

// The county screens read the county endpoints online, with this device's bearer token. No
// signal is a normal state in the field, so it is its own error kind the screens explain.

export type CountyError = { kind: 'offline' | 'notCounty' | 'server'; status?: number; reason?: string };

export class CountyApiError extends Error {
  constructor(public info: CountyError) {
    super(info.reason ?? info.kind);
  }
}

async function base(): Promise<{ url: string; token: string }> {
  const e = await getEnrolment(getDb());
  if (!e || e.role !== 'county') throw new CountyApiError({ kind: 'notCounty' });
  return { url: `${e.serverUrl.replace(/\/$/, '')}/api/v1/county/`, token: e.token };
}

async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new CountyApiError({ kind: 'offline' });
  const b = await base();
  let res: Response;
  try {
    res = await fetch(b.url + path, {
      method,
      headers: { authorization: `Bearer ${b.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new CountyApiError({ kind: 'offline' });
  }
  if (!res.ok) {
    const j = (await res.json().catch(() => ({}))) as { reason?: string };
    throw new CountyApiError({ kind: res.status === 403 ? 'notCounty' : 'server', status: res.status, reason: j.reason });
  }
  return res;
}

export async function getJson<T>(path: string): Promise<T> {
  return (await call('GET', path)).json() as Promise<T>;
}

export async function postJson<T>(path: string, body: unknown = {}): Promise<T> {
  return (await call('POST', path, body)).json() as Promise<T>;
}

/** Downloads a CSV export from the server (the token cannot ride on a plain link). */
export async function downloadCsv(path: string): Promise<void> {
  const res = await call('GET', path);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'kabupaten.csv';
  downloadBlob(await res.blob(), name);
}

export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
