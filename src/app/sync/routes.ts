import { syncOutline } from 'ionicons/icons';
import { lazyPage } from '../shell/lazyPage';
import type { ModuleRoutes } from '../shell/types';

// The Sinkron page loads with its strings (app/i18n/dictionary.ts), off the first screen.
export const syncRoutes: ModuleRoutes = {
  tab: { path: '/sinkron', labelKey: 'tab.sinkron', icon: syncOutline },
  routes: [{ path: '/sinkron', component: lazyPage('sync', () => import('./SyncHome')) }],
};
