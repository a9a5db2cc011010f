import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { API } from '../sync/protocol';
import { openDb } from './db/open';
import type { Db } from './db/types';
import { isDataError } from './db/errors';
import { cutText } from '../domain/text';
import { DeviceAuth } from './auth/devices';
import { PushGroups } from './sync/push-group';
import { EnrolLimiter, type EnrolLimitOptions } from './auth/enrol-limit';
import { HttpError } from './http/body';
import { sendJson } from './http/respond';
import { Router } from './http/router';
import { serveStatic } from './http/static';
import { enroll, health, pullHandler, push, type ApiDeps } from './api/handlers';
import { seedDemoIfEmpty, type DemoCode } from './demo/seed';
import { safeErr } from './log';
import { COUNTY_PREFIX, countyApi } from './county/routes';
import { ReportService } from './county/report-service';
import { ReportRefresher, type RefresherOptions } from './county/report-refresher';

export interface ServerOptions {
  /** 0 = any free port (tests). Default 8080. */
  port?: number;
  /** Default 0.0.0.0. */
  host?: string;
  /** PGlite folder when databaseUrl is absent. Default ./data. */
  dataDir?: string;
  /** PostgreSQL connection string: switches the backend. */
  databaseUrl?: string;
  /** Built app to serve at /. Default ./dist. */
  distDir?: string;
  /** Load the demo kabupaten and demo enrolment codes when the database is empty. Default false. */
  seedDemo?: boolean;
  /** PostgreSQL pool size. Default 20. */
  poolSize?: number;
  /** PostgreSQL: fast-path push statements running at once (sync/push-group.ts). Default 4. */
  pushGroupsInFlight?: number;
  /** Failed enrolment codes allowed per client address (default 10 per 10 minutes). */
  enrolLimit?: EnrolLimitOptions;
  /** Behind a reverse proxy: the client address is the last X-Forwarded-For entry. Default false. */
  trustProxy?: boolean;
  /** Background refresh of this month's county overviews after pushes; false turns it off. */
  reportRefresh?: RefresherOptions | false;
  /** Log sink (ids and counts only, never personal data). Default console.log. */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  /** The storage the server uses, for in-process tools (county views, tests, benchmarks). */
  db: Db;
  /** Demo codes when this start seeded the demo data, else null. */
  demoCodes: DemoCode[] | null;
  close(): Promise<void>;
}

export async function startServer(o: ServerOptions = {}): Promise<RunningServer> {
  const log = o.log ?? ((l: string) => console.log(l));
  const db = await openDb({ databaseUrl: o.databaseUrl, dataDir: o.dataDir?.startsWith('memory://') ? o.dataDir : resolve(o.dataDir ?? './data'), poolSize: o.poolSize });
  let demoCodes: DemoCode[] | null = null;
  try {
    if (o.seedDemo) demoCodes = await seedDemoIfEmpty(db, log);
  } catch (e) {
    await db.close();
    throw e;
  }
  // PGlite runs one statement at a time, so one group statement at a time; PostgreSQL overlaps a few.
  const pushGroups = new PushGroups(db, { maxInFlight: db.kind === 'pglite' ? 1 : (o.pushGroupsInFlight ?? 4) });
  const reports = new ReportService(db);
  const refresher = o.reportRefresh === false ? null : new ReportRefresher(reports, { log, ...o.reportRefresh });
  const written = refresher ? (kab: string) => refresher.touched(kab) : undefined;
  const deps: ApiDeps = {
    db, auth: new DeviceAuth(db), pushGroups, enrolLimit: new EnrolLimiter(o.enrolLimit), trustProxy: o.trustProxy ?? false, log, written,
  };
  const api = new Router()
    .on('GET', API.health, health(deps))
    .on('POST', API.enroll, enroll(deps))
    .on('POST', API.push, push(deps))
    .on('POST', API.pull, pullHandler(deps));
  const county = countyApi({ ...deps, reports });
  const statics = serveStatic(resolve(o.distDir ?? './dist'));

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const pathname = pathOf(req.url);
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      // Bearer tokens, no cookies: any origin may call (a county may host the app elsewhere).
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      if (method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
      if (pathname.startsWith(COUNTY_PREFIX)) return county(req, res, method, pathname);
      const m = api.match(method, pathname);
      if ('handler' in m) return m.handler(req, res);
      if (m.miss === 'wrong-method') res.setHeader('Allow', m.allow.join(', '));
      throw m.miss === 'not-found'
        ? new HttpError(404, 'not-found', `no endpoint ${cutText(pathname, 100)}`)
        : new HttpError(405, 'method-not-allowed', `use ${m.allow.join(', ')}`);
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      throw new HttpError(405, 'method-not-allowed', 'use GET');
    }
    await statics(req, res, pathname);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(async (e) => {
      if (res.headersSent) return void res.destroy();
      if (e instanceof HttpError) {
        if (e.status === 413) res.setHeader('Connection', 'close');
        return sendJson(req, res, e.status, { error: e.error, reason: e.reason }).catch(() => res.destroy());
      }
      log(`[error] ${req.method} ${pathOf(req.url)}: ${safeErr(e)}`);
      // A value the database refused is bad input that validation let through: still the
      // client's request, so 4xx with a reason (logged above as an error, to be fixed).
      if (isDataError(e)) return sendJson(req, res, 400, { error: 'invalid', reason: 'a value the database cannot store' }).catch(() => res.destroy());
      return sendJson(req, res, 500, { error: 'server-error', reason: 'unexpected error, logged' }).catch(() => res.destroy());
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  server.keepAliveTimeout = 65_000;
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(o.port ?? 8080, o.host ?? '0.0.0.0', () => ok());
  });
  // A new month, or results stored by an older release: refresh every kabupaten with phones once.
  if (refresher) {
    const kabs = await db.query<{ kab: string }>('select distinct kab from devices').catch(() => []);
    for (const { kab } of kabs) refresher.touched(kab);
  }
  const addr = server.address() as AddressInfo;
  const shownHost = addr.address === '0.0.0.0' || addr.address === '::' ? '127.0.0.1' : addr.address;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${addr.port}`,
    port: addr.port,
    db,
    demoCodes,
    close() {
      closing ??= (async () => {
        await new Promise<void>((ok) => {
          server.close(() => ok());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 2_000).unref();
        });
        await refresher?.close();
        await db.close();
      })();
      return closing;
    },
  };
}

function pathOf(url: string | undefined): string {
  const raw = (url ?? '/').split('?')[0];
  return raw.startsWith('/') ? raw : '/' + raw;
}
