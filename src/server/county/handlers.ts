import * as v from 'valibot';
import { kabupatenOf } from '../../domain/records';
import { STRATA_PROFILE_IDS, kbmTableSchema } from '../../domain/records/config';
import { ROLES, MAX_BODY_BYTES } from '../../sync/protocol';
import { createCode } from '../admin/codes';
import { countyPlaces } from '../admin/places';
import { listDevices } from '../admin/devices';
import { HttpError, readJson } from '../http/body';
import { sendJson } from '../http/respond';
import { parseOr400 } from '../http/validate';
import type { Ctx } from './context';
import { CODE_ID, listCountyCodes, revokeCountyCode, revokeCountyDevice } from './admin';
import { writeConfig } from './config-write';

// Codes, devices and configuration: the CLI's operations for county staff, limited to their kabupaten.

const createCodeSchema = v.object({
  role: v.picklist(ROLES),
  prefix: v.pipe(v.string(), v.maxLength(200)),
  label: v.optional(v.pipe(v.string(), v.maxLength(120))),
  modules: v.optional(v.pipe(v.array(v.picklist(['posyandu', 'rt', 'dasawisma', 'config'])), v.maxLength(4))),
  uses: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)))),
  expiresDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(366))),
});

const configSchema = v.object({
  strataProfile: v.picklist(STRATA_PROFILE_IDS),
  kbm: v.optional(v.nullable(kbmTableSchema)),
  lockAfterMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240))),
});

export async function getCodes({ req, res, device, deps }: Ctx) {
  await sendJson(req, res, 200, { codes: await listCountyCodes(deps.db, device.kab) });
}

export async function postCode({ req, res, device, deps }: Ctx) {
  const body = parseOr400(createCodeSchema, await readJson(req, MAX_BODY_BYTES));
  // Refusals answer a reason code (admin/roles.ts CODE_REFUSALS); the county screen words it.
  if (kabupatenOf(body.prefix) !== device.kab) throw new HttpError(403, 'forbidden', 'scope-outside-kabupaten');
  const r = await createCode(deps.db, { ...body, uses: body.uses === undefined ? 1 : body.uses });
  if (!r.ok) throw new HttpError(r.reason === 'code-exists' ? 409 : 400, 'invalid', r.reason);
  deps.log(`county ${device.id} created a ${r.role} code`);
  await sendJson(req, res, 201, r);
}

/** The kabupaten's places for the enrolment-code picker (admin/places.ts). */
export async function getPlaces({ req, res, device, deps }: Ctx) {
  await sendJson(req, res, 200, await countyPlaces(deps.db, device.kab));
}

export async function revokeCode({ req, res, device, deps, params }: Ctx) {
  const id = params[0];
  if (!CODE_ID.test(id)) throw new HttpError(400, 'invalid', 'code id must be 16 hex digits (from the code list)');
  const r = await revokeCountyCode(deps.db, device.kab, id);
  if (r === 'not-found') throw new HttpError(404, 'not-found', 'no such code in this kabupaten');
  if (r === 'already-revoked') throw new HttpError(409, 'already-revoked', 'the code was revoked before');
  await sendJson(req, res, 200, { ok: true });
}

export async function getDevices({ req, res, device, deps }: Ctx) {
  const cfg = await deps.reports.config(device.kab);
  const devices = await listDevices(deps.db, device.kab);
  await sendJson(req, res, 200, { configVersion: cfg.version, self: device.id, devices });
}

export async function revokeDevice({ req, res, device, deps, params }: Ctx) {
  const id = params[0];
  if (!/^[0-9A-Za-z_-]{1,64}$/.test(id)) throw new HttpError(400, 'invalid', 'device id');
  if (id === device.id) throw new HttpError(400, 'invalid', 'this is the device you are using; revoke it from another county device');
  const r = await revokeCountyDevice(deps.db, device.kab, id);
  if (r === 'not-found') throw new HttpError(404, 'not-found', 'no such device in this kabupaten');
  if (r === 'already-revoked') throw new HttpError(409, 'already-revoked', 'the device was revoked before');
  // Token checks are cached for a few seconds; this revocation must bite at once.
  deps.auth.forget();
  deps.log(`county ${device.id} revoked device ${id}`);
  await sendJson(req, res, 200, { ok: true });
}

export async function getConfig({ req, res, device, deps }: Ctx) {
  const cfg = await deps.reports.config(device.kab);
  const devices = await listDevices(deps.db, device.kab);
  const live = devices.filter((d) => !d.revokedAt);
  await sendJson(req, res, 200, {
    ...cfg,
    profiles: STRATA_PROFILE_IDS,
    devices: { total: live.length, current: live.filter((d) => d.configVersion === cfg.version).length },
  });
}

export async function postConfig({ req, res, device, deps }: Ctx) {
  const body = parseOr400(configSchema, await readJson(req, MAX_BODY_BYTES));
  const version = await writeConfig(deps.db, device.kab, device.id, body);
  deps.log(`county ${device.id} set configuration version ${version}`);
  deps.written?.(device.kab);
  await sendJson(req, res, 200, { ...(await deps.reports.config(device.kab)), version });
}
