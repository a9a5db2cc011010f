import { lazy } from 'react';
import { settingsOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

export const settingsRoutes: ModuleRoutes = {
  tab: { path: '/pengaturan', labelKey: 'tab.pengaturan', icon: settingsOutline },
  routes: [{ path: '/pengaturan', component: lazy(() => import('./SettingsHome')) }],
};
