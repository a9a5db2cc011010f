import { lazy } from 'react';
import { medkitOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

// Every page is its own lazy chunk: none of the Posyandu screens (nor the WHO tables) are in the
// first-screen bundle.
const Home = lazy(() => import('./PosyanduHome'));
const Setup = lazy(() => import('./setup/SetupPage'));
const Day = lazy(() => import('./day/DayPage'));
const ChildList = lazy(() => import('./child/ChildListPage'));
const ChildNew = lazy(() => import('./child/ChildFormPage'));
const ChildView = lazy(() => import('./child/ChildPage'));
const Registers = lazy(() => import('./registers/RegistersPage'));
const Register = lazy(() => import('./registers/RegisterPage'));
const Skdn = lazy(() => import('./skdn/SkdnPage'));
const Strata = lazy(() => import('./strata/StrataPage'));

export const posyanduRoutes: ModuleRoutes = {
  tab: { path: '/posyandu', labelKey: 'tab.posyandu', icon: medkitOutline },
  routes: [
    { path: '/posyandu', component: Home },
    { path: '/posyandu/setup', component: Setup },
    { path: '/posyandu/unit', component: Setup },
    { path: '/posyandu/hari/:date', component: Day },
    { path: '/posyandu/balita', component: ChildList },
    { path: '/posyandu/anak/baru', component: ChildNew },
    { path: '/posyandu/anak/:id/ubah', component: ChildNew },
    { path: '/posyandu/anak/:id', component: ChildView },
    { path: '/posyandu/register', component: Registers },
    { path: '/posyandu/register/:kind', component: Register },
    { path: '/posyandu/skdn/:month', component: Skdn },
    { path: '/posyandu/strata', component: Strata },
  ],
};
