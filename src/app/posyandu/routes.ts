import { lazy } from 'react';
import { medkitOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

export const posyanduRoutes: ModuleRoutes = {
  tab: { path: '/posyandu', labelKey: 'tab.posyandu', icon: medkitOutline },
  routes: [{ path: '/posyandu', component: lazy(() => import('./PosyanduHome')) }],
};
