import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { sendBytes } from './respond';

// Serves the built app (dist/) from the same origin as the API, with SPA fallback: a deep link
// like /posyandu/anak/123 returns index.html and the client router takes over.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.map']);

/** Hashed build output never changes under its name; index.html and sw.js must be re-checked. */
function cacheControl(rel: string): string {
  if (rel.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

export function serveStatic(distDir: string) {
  const root = normalize(distDir + sep);
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    let rel = normalize(decodeSafe(pathname)).replace(/^[/\\]+/, '');
    if (rel === '' || rel.endsWith(sep)) rel += 'index.html';
    let file = join(root, rel);
    if (!file.startsWith(root)) return notFound(req, res);
    let info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      // A missing hashed asset is a real 404: answering HTML to a script tag only hides the error.
      if (rel.startsWith('assets/') || extname(rel) !== '') return notFound(req, res);
      rel = 'index.html';
      file = join(root, rel);
      info = await stat(file).catch(() => null);
      if (!info?.isFile()) return notBuilt(req, res);
    }
    const ext = extname(file).toLowerCase();
    const body = await readFile(file);
    await sendBytes(
      req,
      res,
      200,
      body,
      {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': cacheControl(rel.split(sep).join('/')),
        'X-Content-Type-Options': 'nosniff',
      },
      COMPRESSIBLE.has(ext),
    );
  };
}

function decodeSafe(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return '/';
  }
}

function notFound(req: IncomingMessage, res: ServerResponse) {
  return sendBytes(req, res, 404, Buffer.from('Not found'), { 'Content-Type': 'text/plain; charset=utf-8' }, false);
}

function notBuilt(req: IncomingMessage, res: ServerResponse) {
  const msg = 'The app is not built: run `npm start` (it builds dist/) or `npx vite build`.';
  return sendBytes(req, res, 503, Buffer.from(msg), { 'Content-Type': 'text/plain; charset=utf-8' }, false);
}
