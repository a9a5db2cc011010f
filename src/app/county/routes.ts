import { lazyPage } from '../shell/lazyPage';
import { businessOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

// Every county page is its own lazy chunk; none of it loads on a kader's phone.
export const countyRoutes: ModuleRoutes = {
  tab: { path: '/kabupaten', labelKey: 'tab.kabupaten', icon: businessOutline },
  routes: [
    { path: '/kabupaten', component: lazyPage('county', () => import('./CountyHome')) },
    { path: '/kabupaten/posyandu', component: lazyPage(['county', 'print'], () => import('./PosyanduOverviewPage')) },
    { path: '/kabupaten/posyandu/:id', component: lazyPage(['county', 'print'], () => import('./PosyanduDetailPage')) },
    { path: '/kabupaten/penduduk', component: lazyPage(['county', 'print'], () => import('./PopulationPage')) },
    { path: '/kabupaten/pkk', component: lazyPage(['county', 'print'], () => import('./PkkPage')) },
    { path: '/kabupaten/lembaga', component: lazyPage(['county', 'print', 'lkd'], () => import('./LkdPage')) },
    { path: '/kabupaten/perangkat', component: lazyPage('county', () => import('./DevicesPage')) },
    { path: '/kabupaten/konfigurasi', component: lazyPage('county', () => import('./ConfigPage')) },
    { path: '/kabupaten/sinkron', component: lazyPage('county', () => import('./SyncIssuesPage')) },
  ],
};
