import { lazy } from 'react';
import { peopleOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

export const rtRoutes: ModuleRoutes = {
  tab: { path: '/warga', labelKey: 'tab.warga', icon: peopleOutline },
  routes: [{ path: '/warga', component: lazy(() => import('./RtHome')) }],
};
