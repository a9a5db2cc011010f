import { posyanduRoutes } from '../posyandu/routes';
import { rtRoutes } from '../rt/routes';
import { dasawismaRoutes } from '../dasawisma/routes';
import { lkdRoutes } from '../lkd/routes';
import { syncRoutes } from '../sync/routes';
import { settingsRoutes } from '../settings/routes';
import { countyRoutes } from '../county/routes';
import type { Role } from '../../domain/records/scope';
import type { ModuleRoutes } from './types';

/** Tabs in order. The county tab is shown only on a device enrolled as county staff. */
export const MODULES: ModuleRoutes[] = [posyanduRoutes, rtRoutes, dasawismaRoutes, lkdRoutes, syncRoutes, settingsRoutes];
export const COUNTY_MODULE: ModuleRoutes = countyRoutes;

/**
 * Tabs a role does not see (null: not enrolled yet, sees every module). At most six tabs fit a
 * 360 px phone; a role keeps the tabs of its work. Every route stays reachable by a deep link.
 * - desa staff keep the Desa tab only (they cannot write the Posyandu, RT or dasawisma books);
 * - the Desa tab is for desa staff and RT heads (their own RT's board); county staff see the desa
 *   boards in the county reports instead.
 */
const HIDDEN: Partial<Record<Role, string[]>> = {
  desa: ['/posyandu', '/warga', '/dasawisma'],
  kader: ['/desa'],
  dasawisma: ['/desa'],
  pkk: ['/desa'],
  county: ['/desa'],
  // A Posyantek's own phone: its post's pages are under the Desa tab.
  posyantek: ['/posyandu', '/warga', '/dasawisma'],
};

export function tabShown(path: string, role: Role | null): boolean {
  return !role || !HIDDEN[role]?.includes(path);
}

/** Where a role's phone opens ('/' otherwise leads to the Posyandu tab). */
export const HOME_OF: Partial<Record<Role, string>> = { desa: '/desa', posyantek: '/desa' };
