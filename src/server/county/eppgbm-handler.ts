import * as v from 'valibot';
import { HttpError } from '../http/body';
import { sendBytes, sendJson } from '../http/respond';
import { eppgbmFileName, eppgbmSheetName } from '../../domain/interop/eppgbm-export';
import { eppgbmUnitRows, eppgbmXlsx } from '../reports/eppgbm';
import { monthParam, parseQuery, thisMonth } from './query';
import type { Ctx } from './context';

// GET /api/v1/county/reports/posyandu/<id>/eppgbm?month=YYYY-MM[&format=xlsx|json][&prov=…&kabkota=…&kec=…&puskesmas=…]
// The same e-PPGBM file the Posyandu's phone makes (issue 16 item 1), for the county's nutrition
// officer: XLSX by default, or the same rows as JSON. The area names are not in the records (the
// phone keeps them locally), so the caller may give them; empty otherwise.

const name = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(120, 'at most 120 characters')));
const query = v.object({
  month: monthParam,
  format: v.optional(v.picklist(['xlsx', 'json'], 'format must be xlsx or json'), 'xlsx'),
  prov: name,
  kabkota: name,
  kec: name,
  puskesmas: name,
});

export async function getPosyanduEppgbm({ req, res, device, deps, params }: Ctx) {
  const id = params[0];
  if (!/^[0-9A-Za-z_-]{1,64}$/.test(id)) throw new HttpError(400, 'invalid', 'posyandu id');
  const q = parseQuery(query, req);
  if (q.month > thisMonth()) throw new HttpError(400, 'invalid', 'month has not come yet');
  const place = { ...(q.prov ? { prov: q.prov } : {}), ...(q.kabkota ? { kab: q.kabkota } : {}), ...(q.kec ? { kec: q.kec } : {}), ...(q.puskesmas ? { puskesmas: q.puskesmas } : {}) };
  const out = await eppgbmUnitRows(deps.db, device.kab, id, q.month, place);
  if (!out) throw new HttpError(404, 'not-found', 'no such Posyandu in this kabupaten');
  if (q.format === 'json') return sendJson(req, res, 200, { month: q.month, id: out.id, name: out.name, header: out.header, rows: out.rows });
  const bytes = await eppgbmXlsx(out.header, out.rows, eppgbmSheetName(out.name, q.month));
  await sendBytes(req, res, 200, bytes, {
    'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Content-Disposition': `attachment; filename="${eppgbmFileName(out.name, q.month).replace(/[^0-9A-Za-z._-]/g, '_')}"`,
    'Cache-Control': 'no-store',
  }, false);
}
