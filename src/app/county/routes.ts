import { lazy } from 'react';
import { businessOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

export const countyRoutes: ModuleRoutes = {
  tab: { path: '/kabupaten', labelKey: 'tab.kabupaten', icon: businessOutline },
  routes: [{ path: '/kabupaten', component: lazy(() => import('./CountyHome')) }],
};
