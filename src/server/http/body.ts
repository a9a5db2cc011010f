import type { IncomingMessage } from 'node:http';

export class HttpError extends Error {
  constructor(
    public status: number,
    public error: string,
    public reason: string,
  ) {
    super(`${status} ${error}: ${reason}`);
  }
}

/** Bytes we read and throw away after a 413 so the client can read the answer; then we hang up. */
const DRAIN_LIMIT = 8 * 1024 * 1024;

/**
 * Reads a JSON body with a hard cap: past maxBytes nothing more is kept (413). Parse errors are
 * 400. The parsed value is plain JSON data; '__proto__' keys stay own data properties and every
 * schema copies only the keys it knows, so they never reach an object's prototype.
 */
export async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) throw tooLarge(req, maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(req, maxBytes);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) throw new HttpError(400, 'invalid', 'empty body');
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid', 'body is not valid JSON');
  }
}

function tooLarge(req: IncomingMessage, maxBytes: number): HttpError {
  let drained = 0;
  req.on('data', (c: Buffer) => {
    drained += c.length;
    if (drained > DRAIN_LIMIT) req.destroy();
  });
  req.resume();
  return new HttpError(413, 'too-large', `body over ${maxBytes} bytes`);
}
