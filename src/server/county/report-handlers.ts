import * as v from 'valibot';
import { HttpError } from '../http/body';
import { sendCsv, sendJson } from '../http/respond';
import { posyanduCsv, populationCsv, pkkCsv } from '../reports/csv';
import { lkdCsv } from '../reports/lkd-csv';
import { dateParam, formatParam, lastDecember, monthParam, parseQuery, thisMonth, today, yearParam } from './query';
import type { Ctx } from './context';

// The report endpoints: JSON for the county screens, or ?format=csv&table=… for a spreadsheet.

const posyanduQuery = v.object({
  month: v.optional(monthParam),
  year: v.optional(yearParam),
  format: formatParam,
  table: v.optional(v.picklist(['posyandu', 'desa', 'kecamatan']), 'posyandu'),
});

function monthYear(q: { month?: string; year?: number }) {
  const month = q.month ?? thisMonth();
  return { month, year: q.year ?? +month.slice(0, 4) };
}

export async function getPosyandu({ req, res, device, deps }: Ctx) {
  const q = parseQuery(posyanduQuery, req);
  const { month, year } = monthYear(q);
  const o = await deps.reports.posyandu(device.kab, month, year);
  if (q.format === 'csv') return sendCsv(req, res, `posyandu-${q.table}-${device.kab}-${month}.csv`, posyanduCsv(o, q.table));
  await sendJson(req, res, 200, o);
}

const unitQuery = v.object({ month: v.optional(monthParam), year: v.optional(yearParam) });

export async function getPosyanduUnit({ req, res, device, deps, params }: Ctx) {
  const id = params[0];
  if (!/^[0-9A-Za-z_-]{1,64}$/.test(id)) throw new HttpError(400, 'invalid', 'posyandu id');
  const { month, year } = monthYear(parseQuery(unitQuery, req));
  const d = await deps.reports.posyanduUnit(device.kab, id, month, year);
  if (!d) throw new HttpError(404, 'not-found', 'no such Posyandu in this kabupaten');
  await sendJson(req, res, 200, { month, ...d });
}

const populationQuery = v.object({
  month: v.optional(monthParam),
  december: v.optional(yearParam),
  format: formatParam,
  table: v.optional(v.picklist(['rt', 'desa', 'kecamatan', 'december']), 'desa'),
});

export async function getPopulation({ req, res, device, deps }: Ctx) {
  const q = parseQuery(populationQuery, req);
  const month = q.month ?? thisMonth();
  const december = q.december ?? lastDecember(month);
  const o = await deps.reports.population(device.kab, month, december);
  if (q.format === 'csv') {
    const tag = q.table === 'december' ? `desember-${december}` : `${q.table}-${month}`;
    return sendCsv(req, res, `penduduk-${tag}-${device.kab}.csv`, populationCsv(o, q.table));
  }
  await sendJson(req, res, 200, o);
}

const pkkQuery = v.object({
  month: v.optional(monthParam),
  format: formatParam,
  table: v.optional(v.picklist(['desa', 'kelompok']), 'desa'),
});

export async function getPkk({ req, res, device, deps }: Ctx) {
  const q = parseQuery(pkkQuery, req);
  const month = q.month ?? thisMonth();
  const o = await deps.reports.pkk(device.kab, month);
  if (q.format === 'csv') return sendCsv(req, res, `pkk-${q.table}-${device.kab}-${month}.csv`, pkkCsv(o, q.table));
  await sendJson(req, res, 200, o);
}

const lkdQuery = v.object({
  date: v.optional(dateParam),
  format: formatParam,
  table: v.optional(v.picklist(['lembaga', 'desa', 'kecamatan']), 'lembaga'),
});

export async function getLkd({ req, res, device, deps }: Ctx) {
  const q = parseQuery(lkdQuery, req);
  const date = q.date ?? today();
  const o = await deps.reports.lkd(device.kab, date);
  if (q.format === 'csv') return sendCsv(req, res, `lkd-${q.table}-${device.kab}-${date}.csv`, lkdCsv(o, q.table));
  await sendJson(req, res, 200, o);
}
