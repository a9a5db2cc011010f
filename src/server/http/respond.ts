import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gz = promisify(gzip);
/** Below this, gzip costs more than it saves. */
const GZIP_MIN = 1024;

export function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

/** Sends bytes, gzipped when the client takes it (phones on 2G: pull pages compress ~10×). */
export async function sendBytes(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: Buffer,
  headers: Record<string, string>,
  compressible = true,
): Promise<void> {
  let out = body;
  const h: Record<string, string> = { ...headers };
  if (compressible && body.length >= GZIP_MIN && acceptsGzip(req)) {
    out = await gz(body, { level: 6 });
    h['Content-Encoding'] = 'gzip';
    h['Vary'] = 'Accept-Encoding';
  }
  h['Content-Length'] = String(out.length);
  res.writeHead(status, h);
  res.end(req.method === 'HEAD' ? undefined : out);
}

export function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown): Promise<void> {
  return sendBytes(req, res, status, Buffer.from(JSON.stringify(value)), {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}
