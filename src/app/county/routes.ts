import { lazy } from 'react';
import { businessOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

// Every county page is its own lazy chunk; none of it loads on a kader's phone.
export const countyRoutes: ModuleRoutes = {
  tab: { path: '/kabupaten', labelKey: 'tab.kabupaten', icon: businessOutline },
  routes: [
    { path: '/kabupaten', component: lazy(() => import('./CountyHome')) },
    { path: '/kabupaten/posyandu', component: lazy(() => import('./PosyanduOverviewPage')) },
    { path: '/kabupaten/posyandu/:id', component: lazy(() => import('./PosyanduDetailPage')) },
    { path: '/kabupaten/penduduk', component: lazy(() => import('./PopulationPage')) },
    { path: '/kabupaten/pkk', component: lazy(() => import('./PkkPage')) },
    { path: '/kabupaten/perangkat', component: lazy(() => import('./DevicesPage')) },
    { path: '/kabupaten/konfigurasi', component: lazy(() => import('./ConfigPage')) },
  ],
};
