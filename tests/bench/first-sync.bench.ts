import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { startServer } from '../../src/server';
import { KaderDb } from '../../src/data/db';
import { ulid } from 'ulid';
import { SyncEngine } from '../../src/sync/engine';
import { API } from '../../src/sync/protocol';
import { posyanduAddr, type SyncRecord } from '../../src/domain/records';
import type { BenchModule, BenchResult } from './harness';

// First sync of a Posyandu kader's phone: 250 balita with 5 years of monthly weighings already on
// the server, a fresh phone enrols and pulls everything through a simulated 2G/3G link of
// 400 kbit/s and 300 ms round trip. The link is simulated at the fetch layer: every request costs
// one RTT plus its request and response bytes at 400 kbit/s, counted as they leave the server
// (brotli when the client takes it, as Chromium does over HTTPS; gzip otherwise).

const CHILDREN = 250;
const MONTHS = 60;
const KBITS = 400;
const RTT_MS = 300;
/** What Chromium sends over HTTPS (the county endpoint is HTTPS in production). */
const ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
const SCOPE = posyanduAddr('64.11.05.2003', 'mawar');

/** ULIDs made at each record's own time, as phones make them, and irregular weights: sequential ids would compress unrealistically well. */
function records(): SyncRecord[] {
  const out: SyncRecord[] = [];
  let rnd = 20261122;
  const random = () => ((rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let c = 0; c < CHILDREN; c++) {
    const t = Date.UTC(2021, 11, 10, 8) + Math.floor(random() * 4e8);
    const id = ulid(t);
    const at = new Date(t).toISOString();
    const birth = new Date(Date.UTC(2021, c % 12, 1 + (c % 27)));
    out.push({ id, kind: 'posyandu.child', addr: SCOPE, parent: null, deleted: false, version: 0, updatedAt: at, updatedBy: 'seed',
      data: { name: `Balita ${c}`, sex: c % 2 ? 'L' : 'P', birthDate: birth.toISOString().slice(0, 10), hasKms: true, motherName: `Ibu ${c}` } });
    let kg = 3 + random() * 1.5;
    for (let m = 0; m < MONTHS; m++) {
      const d = new Date(Date.UTC(2021, 11 + m, 5 + Math.floor(random() * 20), 8 + Math.floor(random() * 4), Math.floor(random() * 60)));
      kg += (random() - 0.2) * 0.4;
      out.push({ id: ulid(d.getTime()), kind: 'posyandu.visit', addr: SCOPE, parent: id, deleted: false, version: 0, updatedAt: d.toISOString(), updatedBy: 'seed',
        data: { childId: id, date: d.toISOString().slice(0, 10), weightKg: Math.round(kg * 10) / 10, kaderName: random() < 0.5 ? 'Kader Ani' : 'Kader Sri' } });
    }
  }
  return out;
}

async function seed(url: string): Promise<void> {
  const post = async (path: string, body: unknown, token?: string) => {
    const r = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  const { token } = await post(API.enroll, { code: 'KADER-MAWAR' });
  const all = records();
  for (let i = 0, seq = 1; i < all.length; i += 500) {
    const changes = all.slice(i, i + 500).map((record) => ({ seq: seq++, baseVersion: 0, record }));
    await post(API.push, { changes }, token);
  }
}

/** One request over loopback with the raw (still compressed) answer, to count its real bytes. */
function rawPost(url: string, init: RequestInit | undefined): Promise<{ status: number; headers: Record<string, string>; raw: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(init?.headers as Record<string, string>), 'accept-encoding': ACCEPT_ENCODING };
    const req = request(url, { method: init?.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const h: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h[k] = v;
        resolve({ status: res.statusCode ?? 0, headers: h, raw: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init?.body ? String(init.body) : undefined);
  });
}

function decode(raw: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return brotliDecompressSync(raw);
  if (encoding === 'gzip') return gunzipSync(raw);
  return raw;
}

/** fetch over the simulated link; counts the bytes on the wire and the time the link takes. */
function throttled(stats: { wireBytes: number; linkMs: number; serverMs: number; requests: number }) {
  let linkBusyUntil = 0;
  return async (input: string, init?: RequestInit): Promise<Response> => {
    // The phone sends its JSON uncompressed; ~300 B of HTTP headers each way.
    const reqBytes = (init?.body ? Buffer.byteLength(String(init.body)) : 0) + 300;
    const t0 = performance.now();
    const res = await rawPost(input, init);
    stats.serverMs += performance.now() - t0;
    const respBytes = res.raw.length + 300;
    const transferMs = ((reqBytes + respBytes) * 8) / KBITS;
    // One link: requests in flight together share its bandwidth (the engine keeps one pull in
    // flight while it writes the previous page, so this only matters if that ever changes).
    const start = Math.max(performance.now(), linkBusyUntil);
    linkBusyUntil = start + transferMs;
    const ms = linkBusyUntil + RTT_MS - performance.now();
    stats.wireBytes += reqBytes + respBytes;
    stats.linkMs += RTT_MS + transferMs;
    stats.requests++;
    await new Promise((r) => setTimeout(r, ms));
    const body = decode(res.raw, res.headers['content-encoding']);
    const { 'content-encoding': _enc, 'content-length': _len, ...headers } = res.headers;
    return new Response(new Uint8Array(body), { status: res.status, headers });
  };
}

const bench: BenchModule = {
  title: 'First sync of a kader phone over a slow link',
  async run(): Promise<BenchResult[]> {
    const dataDir = mkdtempSync(join(tmpdir(), 'kd-firstsync-'));
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, seedDemo: true, log: () => {} });
    try {
      await seed(server.url);
      const stats = { wireBytes: 0, linkMs: 0, serverMs: 0, requests: 0 };
      const db = new KaderDb(`first-sync-${Date.now()}`, { indexedDB, IDBKeyRange });
      const engine = new SyncEngine({ db, fetch: throttled(stats), serverUrl: server.url });
      const t0 = performance.now();
      await engine.enroll('KADER-MAWAR');
      const outcome = await engine.syncOnce();
      const wallS = (performance.now() - t0) / 1000;
      if (!outcome.ok) throw new Error(`sync failed: ${outcome.reason}`);
      const visits = await db.records.where('kind').equals('posyandu.visit').count();
      const rows = await db.records.count();
      db.close();
      const perRow = stats.wireBytes / rows;
      const notes = `${rows} records pulled (${visits} weighings) in ${stats.requests} requests; link time ${(stats.linkMs / 1000).toFixed(1)} s, server answering ${(stats.serverMs / 1000).toFixed(1)} s, wall ${wallS.toFixed(1)} s (the engine writes each page to fake-indexeddb while the next one is on the link)`;
      return [
        { name: `First sync, ${CHILDREN} balita × ${MONTHS} months, ${KBITS} kbit/s, ${RTT_MS} ms RTT`, value: Number(wallS.toFixed(1)), unit: 's', target: '≤ 15 s', pass: wallS <= 15, notes },
        { name: 'Bytes on the wire per record (compressed)', value: Math.round(perRow), unit: 'B', target: '≤ 200 B', pass: perRow <= 200, notes: `${(stats.wireBytes / 1024).toFixed(0)} KB in all, brotli from the server (gzip: ~15 % more)` },
      ];
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

export default bench;
