import type { ErrorBody } from './protocol';
import { cutText } from '../domain/text';

// One JSON POST to the county endpoint, with a hard timeout and errors sorted into the few kinds
// the engine and the screen act on. `fetch` is injected so Node tests can route through a proxy.

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type SyncErrorKind =
  | 'offline' // no answer at all: no signal, DNS, connection reset, dropped request
  | 'timeout'
  | 'server' // 5xx: the server is ill; retry later
  | 'revoked' // 401: token unknown or revoked; only a new enrolment helps
  | 'forbidden' // 403 on the whole request
  | 'badRequest' // 400
  | 'tooLarge' // 413
  | 'notEnrolled'
  | 'protocol'; // an answer we cannot read (wrong server, captive portal page)

export class SyncError extends Error {
  constructor(
    public readonly kind: SyncErrorKind,
    /** Machine-readable reason from the server's ErrorBody, or a short technical detail. */
    public readonly reason: string = '',
    public readonly status = 0,
    /** Seconds the server asked to wait (Retry-After), e.g. after too many wrong enrolment codes. */
    public readonly retryAfterSec?: number,
  ) {
    super(`${kind}${reason ? `: ${reason}` : ''}`);
    this.name = 'SyncError';
  }

  /** Worth retrying by itself later (with backoff). */
  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'timeout' || this.kind === 'server' || this.kind === 'protocol';
  }
}

function kindOfStatus(status: number): SyncErrorKind {
  if (status === 401) return 'revoked';
  if (status === 403) return 'forbidden';
  if (status === 413) return 'tooLarge';
  if (status >= 500 || status === 408 || status === 429) return 'server';
  if (status >= 400) return 'badRequest';
  return 'protocol';
}

export interface PostOptions {
  fetch: FetchLike;
  url: string;
  body: unknown;
  token?: string;
  timeoutMs: number;
}

export async function postJson<T>({ fetch, url, body, token, timeoutMs }: PostOptions): Promise<T> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
        signal: ctrl.signal,
      });
    } catch (err) {
      throw new SyncError(ctrl.signal.aborted ? 'timeout' : 'offline', (err as Error)?.message ?? '');
    }
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      // The connection broke while the answer was coming: we do not know what the server did.
      throw new SyncError(ctrl.signal.aborted ? 'timeout' : 'offline', (err as Error)?.message ?? '');
    }
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const reason = (json as ErrorBody | undefined)?.reason ?? (json as ErrorBody | undefined)?.error ?? '';
      const wait = Number(res.headers.get('retry-after'));
      throw new SyncError(kindOfStatus(res.status), cutText(String(reason), 200), res.status, Number.isFinite(wait) && wait > 0 ? wait : undefined);
    }
    if (json === undefined || json === null || typeof json !== 'object') throw new SyncError('protocol', 'not json', res.status);
    return json as T;
  } finally {
    clearTimeout(timer);
  }
}

export function joinUrl(base: string, path: string): string {
  return base ? base.replace(/\/+$/, '') + path : path;
}
