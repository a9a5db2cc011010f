import * as v from 'valibot';
import { sendCsv, sendJson } from '../http/respond';
import { syncIssues, syncIssuesCsv } from '../reports/sync-issues';
import { formatParam, parseQuery } from './query';
import type { Ctx } from './context';

// GET reports/sync?days=30[&format=csv&table=units|devices|conflicts|rejections]: conflicts and
// rejections per unit and per phone, and the latest of each (reports/sync-issues.ts).

const syncQuery = v.object({
  days: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'days must be 1 to 366'), v.transform(Number), v.number(), v.minValue(1), v.maxValue(366)), '30'),
  format: formatParam,
  table: v.optional(v.picklist(['units', 'devices', 'conflicts', 'rejections']), 'units'),
});

export async function getSyncIssues({ req, res, device, deps }: Ctx) {
  const q = parseQuery(syncQuery, req);
  const since = new Date(Date.now() - q.days * 86_400_000);
  const s = await syncIssues(deps.db, device.kab, since);
  if (q.format === 'csv') return sendCsv(req, res, `sinkron-${q.table}-${device.kab}.csv`, syncIssuesCsv(s, q.table));
  await sendJson(req, res, 200, { days: q.days, ...s });
}
