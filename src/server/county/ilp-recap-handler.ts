import * as v from 'valibot';
import { HttpError } from '../http/body';
import { sendJson } from '../http/respond';
import { parseOr400 } from '../http/validate';
import { ilpRecapByPlace } from '../reports/ilp-recap';
import { monthParam, queryOf } from './query';
import type { Ctx } from './context';

// GET reports/ilp?period=YYYY-MM&by=desa|kecamatan: the monthly ILP recap of every life stage but
// balita (domain/ilp/RECAP.md) per desa or kecamatan of the caller's kabupaten. 400 with a reason
// for a missing or malformed parameter.

const ilpQuery = v.object({
  period: monthParam,
  by: v.optional(v.picklist(['desa', 'kecamatan'], 'by must be desa or kecamatan'), 'desa'),
});

export async function getIlpRecap({ req, res, device, deps }: Ctx) {
  const raw = queryOf(req);
  if (raw.period === undefined) throw new HttpError(400, 'invalid', 'period is required: the month as YYYY-MM');
  const q = parseOr400(ilpQuery, raw);
  const places = await ilpRecapByPlace(deps.db, device.kab, q.period, q.by);
  await sendJson(req, res, 200, { period: q.period, by: q.by, places });
}
