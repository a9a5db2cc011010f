import { lazy } from 'react';
import { syncOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

export const syncRoutes: ModuleRoutes = {
  tab: { path: '/sinkron', labelKey: 'tab.sinkron', icon: syncOutline },
  routes: [{ path: '/sinkron', component: lazy(() => import('./SyncHome')) }],
};
