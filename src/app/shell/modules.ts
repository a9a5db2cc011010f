import { posyanduRoutes } from '../posyandu/routes';
import { rtRoutes } from '../rt/routes';
import { dasawismaRoutes } from '../dasawisma/routes';
import { syncRoutes } from '../sync/routes';
import { settingsRoutes } from '../settings/routes';
import { countyRoutes } from '../county/routes';
import type { ModuleRoutes } from './types';

/** Tabs in order. The county tab is shown only on a device enrolled as county staff. */
export const MODULES: ModuleRoutes[] = [posyanduRoutes, rtRoutes, dasawismaRoutes, syncRoutes, settingsRoutes];
export const COUNTY_MODULE: ModuleRoutes = countyRoutes;
