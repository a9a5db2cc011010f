import { lazy } from 'react';
import { homeOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

export const dasawismaRoutes: ModuleRoutes = {
  tab: { path: '/dasawisma', labelKey: 'tab.dasawisma', icon: homeOutline },
  routes: [{ path: '/dasawisma', component: lazy(() => import('./DasawismaHome')) }],
};
