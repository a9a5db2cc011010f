import * as v from 'valibot';
import { HttpError } from '../http/body';
import { sendBytes } from '../http/respond';
import { posyanduFhirBundle } from '../reports/fhir';
import { parseOr400 } from '../http/validate';
import { monthParam, queryOf } from './query';
import type { Ctx } from './context';

// GET fhir/bundle?posyandu=<unit id>&period=YYYY-MM: one Posyandu's month as a FHIR R4 transaction
// Bundle (docs/fhir.md). County devices only (routes.ts), and only a Posyandu of their own kabupaten:
// another kabupaten's id is 404, as for reports/posyandu/<id>.

const fhirQuery = v.object({
  posyandu: v.pipe(v.string(), v.regex(/^[0-9A-Za-z_-]{1,64}$/, 'posyandu must be a Posyandu id (letters, digits, - and _; at most 64)')),
  period: monthParam,
});

/** Said in words when missing (valibot's own text names no remedy). */
const REQUIRED = [
  ['posyandu', 'the id of a Posyandu of this kabupaten (from the Posyandu report)'],
  ['period', 'the month as YYYY-MM'],
] as const;

export async function getFhirBundle({ req, res, device, deps }: Ctx) {
  const raw = queryOf(req);
  for (const [name, hint] of REQUIRED) if (raw[name] === undefined) throw new HttpError(400, 'invalid', `${name} is required: ${hint}`);
  const q = parseOr400(fhirQuery, raw);
  const bundle = await posyanduFhirBundle(deps.db, device.kab, q.posyandu, q.period);
  if (!bundle) throw new HttpError(404, 'not-found', 'no such Posyandu in this kabupaten');
  await sendBytes(req, res, 200, Buffer.from(JSON.stringify(bundle)), {
    'Content-Type': 'application/fhir+json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}
