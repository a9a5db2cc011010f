import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from '../http/body';
import { cutText } from '../../domain/text';
import { countyDevice } from './guard';
import { ReportService } from './report-service';
import type { Ctx, CountyDeps } from './context';
import { getCodes, getConfig, getDevices, getPlaces, postCode, postConfig, revokeCode, revokeDevice } from './handlers';
import { getLkd, getPkk, getPopulation, getPosyandu, getPosyanduUnit } from './report-handlers';
import { getSyncIssues } from './sync-issues-handler';
import { getFhirBundle } from './fhir-handler';
import { getPosyanduEppgbm } from './eppgbm-handler';
import { getIlpRecap } from './ilp-recap-handler';

// The county endpoints under /api/v1/county/. Some paths carry an id, which the server's exact-path
// router does not do, so app.ts hands this prefix here. Every route first checks the caller is a
// county device (guard.ts); all data is then that device's kabupaten only.

export const COUNTY_PREFIX = '/api/v1/county/';

type Route = [method: string, pattern: RegExp, handler: (c: Ctx) => Promise<void>];

const ID = '([0-9A-Za-z_-]{1,64})';
const ROUTES: Route[] = [
  ['GET', /^reports\/posyandu$/, getPosyandu],
  ['GET', new RegExp(`^reports/posyandu/${ID}$`), getPosyanduUnit],
  ['GET', new RegExp(`^reports/posyandu/${ID}/eppgbm$`), getPosyanduEppgbm],
  ['GET', /^reports\/population$/, getPopulation],
  ['GET', /^reports\/pkk$/, getPkk],
  ['GET', /^reports\/lkd$/, getLkd],
  ['GET', /^reports\/ilp$/, getIlpRecap],
  ['GET', /^reports\/sync$/, getSyncIssues],
  ['GET', /^fhir\/bundle$/, getFhirBundle],
  ['GET', /^codes$/, getCodes],
  ['GET', /^places$/, getPlaces],
  ['POST', /^codes$/, postCode],
  ['POST', new RegExp(`^codes/${ID}/revoke$`), revokeCode],
  ['GET', /^devices$/, getDevices],
  ['POST', new RegExp(`^devices/${ID}/revoke$`), revokeDevice],
  ['GET', /^config$/, getConfig],
  ['POST', /^config$/, postConfig],
];

export function countyApi(base: Omit<CountyDeps, 'reports'> & { reports?: ReportService }) {
  const deps: CountyDeps = { ...base, reports: base.reports ?? new ReportService(base.db) };
  return async (req: IncomingMessage, res: ServerResponse, method: string, pathname: string): Promise<void> => {
    const rest = pathname.slice(COUNTY_PREFIX.length);
    const hits = ROUTES.map(([m, re, h]) => ({ m, h, params: re.exec(rest) })).filter((x) => x.params);
    if (!hits.length) throw new HttpError(404, 'not-found', `no endpoint ${cutText(pathname, 100)}`);
    const hit = hits.find((x) => x.m === method || (method === 'HEAD' && x.m === 'GET'));
    if (!hit) {
      res.setHeader('Allow', hits.map((x) => x.m).join(', '));
      throw new HttpError(405, 'method-not-allowed', `use ${hits.map((x) => x.m).join(', ')}`);
    }
    // Authorise before anything else, so a non-county device learns nothing from the answer.
    const device = await countyDevice(deps.auth, req);
    await hit.h({ req, res, device, deps, params: hit.params!.slice(1) });
  };
}
