import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  MAX_BODY_BYTES,
  MAX_PUSH_CHANGES,
  enrollRequestSchema,
  pullRequestSchema,
  pushRequestSchema,
  type PushRequest,
} from '../../sync/protocol';
import type { Db } from '../db/types';
import { FINAL_PUSH_DAYS, type DeviceAuth, type Device } from '../auth/devices';
import { enrolDevice } from '../auth/enrol';
import { clientKey, type EnrolLimiter } from '../auth/enrol-limit';
import { HttpError, readJson } from '../http/body';
import { sendJson } from '../http/respond';
import { parseOr400 } from '../http/validate';
import { applyPush } from '../sync/push';
import type { PushGroups } from '../sync/push-group';
import { pull } from '../sync/pull';

// The API endpoints. Each one: authenticate, read a capped body, validate, act, answer.

export interface ApiDeps {
  db: Db;
  auth: DeviceAuth;
  /** Writes fast-path push batches of concurrent devices together (sync/push-group.ts). */
  pushGroups: PushGroups;
  /** Failed enrolment codes per client address (auth/enrol-limit.ts). */
  enrolLimit: EnrolLimiter;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy). */
  trustProxy: boolean;
  log: (line: string) => void;
  /** Records of this kabupaten were written (the background report refresh, county/report-refresher.ts). */
  written?: (kab: string) => void;
}

export function health({ db }: ApiDeps) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    await db.query('select 1');
    await sendJson(req, res, 200, { ok: true, db: db.kind });
  };
}

export function enroll({ db, log, enrolLimit, trustProxy }: ApiDeps) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    // A malformed body is refused before any code is looked up: it is no guess and does not count.
    // Device name and app version are cleaned where they are written: an odd phone name never
    // stops an enrolment.
    const body = parseOr400(enrollRequestSchema, await readJson(req, MAX_BODY_BYTES), { text: 'keep' });
    const who = clientKey(req, trustProxy);
    const limit = enrolLimit.check(who);
    if (!limit.ok) {
      res.setHeader('Retry-After', String(limit.retryAfterSec));
      throw new HttpError(429, 'too-many-attempts', 'too-many-failed-codes');
    }
    const r = await enrolDevice(db, body);
    if (!r.ok) {
      if (!enrolLimit.fail(who).ok) log(`[enrol] too many failed codes from ${who}: refusing enrolments from it for a while`);
      throw new HttpError(r.reason === 'unknown-code' ? 404 : 403, 'enroll-refused', r.reason);
    }
    log(`enrolled device ${r.res.deviceId} role=${r.res.role}`);
    await sendJson(req, res, 200, r.res);
  };
}

async function authenticate(deps: ApiDeps, req: IncomingMessage): Promise<Device> {
  const a = await deps.auth.check(req.headers.authorization);
  if (!a.ok) throw new HttpError(401, 'unauthorized', a.reason);
  return a.device;
}

/**
 * A push may come from a device revoked in the last FINAL_PUSH_DAYS: its final push, so nothing
 * it recorded is lost (issue 17). The answer says `revoked: true`; the phone then wipes itself.
 */
async function authenticatePush(deps: ApiDeps, req: IncomingMessage): Promise<{ device: Device; revoked: boolean }> {
  const a = await deps.auth.check(req.headers.authorization);
  if (a.ok) return { device: a.device, revoked: false };
  if (a.revoked && Date.now() - a.revoked.at.getTime() < FINAL_PUSH_DAYS * 86_400_000) return { device: a.revoked.device, revoked: true };
  throw new HttpError(401, 'unauthorized', a.reason);
}

export function push(deps: ApiDeps) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    // Authenticate before reading the body: a stranger's megabyte is not worth parsing.
    const { device, revoked } = await authenticatePush(deps, req);
    // Text kept: record data is stored as sent or refused per change, never the whole batch (a
    // phone keeps its copy as written); the envelope's texts are ASCII by their patterns and the
    // client info is cleaned where it is written.
    const body = parseOr400(pushRequestSchema, await readJson(req, MAX_BODY_BYTES), { text: 'keep' }) as PushRequest;
    let prev = 0;
    for (const [i, c] of body.changes.entries()) {
      if (c.seq <= prev) throw new HttpError(400, 'invalid', `changes.${i}.seq: seqs must increase within a batch`);
      if (c.seq > Number.MAX_SAFE_INTEGER || c.baseVersion > Number.MAX_SAFE_INTEGER || c.record.version > Number.MAX_SAFE_INTEGER)
        throw new HttpError(400, 'invalid', `changes.${i}: number too large`);
      prev = c.seq;
    }
    if (body.changes.length > MAX_PUSH_CHANGES) throw new HttpError(400, 'invalid', 'changes: too many');
    const out = await applyPush(deps.pushGroups, device, body);
    if (body.changes.length) deps.written?.(device.kab);
    if (revoked) deps.log(`final push from revoked device ${device.id}: ${body.changes.length} changes`);
    await sendJson(req, res, 200, revoked ? { ...out, revoked: true } : out);
  };
}

export function pullHandler(deps: ApiDeps) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const device = await authenticate(deps, req);
    const body = parseOr400(pullRequestSchema, await readJson(req, MAX_BODY_BYTES), { text: 'keep' });
    await sendJson(req, res, 200, await pull(deps.db, device, body));
  };
}
