import { lazy } from 'react';
import { peopleOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

// Every RT page is its own lazy chunk: nothing of the RT books is in the first-screen bundle.
const Home = lazy(() => import('./RtHome'));
const Setup = lazy(() => import('./setup/SetupPage'));
const Household = lazy(() => import('./register/HouseholdPage'));
const Person = lazy(() => import('./register/PersonPage'));
const MutationBook = lazy(() => import('./mutation/MutationBookPage'));
const MutationForm = lazy(() => import('./mutation/MutationFormPage'));
const TempList = lazy(() => import('./temp/TempListPage'));
const TempForm = lazy(() => import('./temp/TempFormPage'));
const Recap = lazy(() => import('./recap/RecapPage'));
const Year = lazy(() => import('./recap/YearPage'));
const Report = lazy(() => import('./report/ReportPage'));

export const rtRoutes: ModuleRoutes = {
  tab: { path: '/warga', labelKey: 'tab.warga', icon: peopleOutline },
  routes: [
    { path: '/warga', component: Home },
    { path: '/warga/setup', component: Setup },
    { path: '/warga/kk/:id', component: Household },
    { path: '/warga/kk/:hid/anggota', component: Person },
    { path: '/warga/orang/:id', component: Person },
    { path: '/warga/mutasi', component: MutationBook },
    { path: '/warga/mutasi/baru/:type', component: MutationForm },
    { path: '/warga/nonpermanen', component: TempList },
    { path: '/warga/nonpermanen/:id', component: TempForm },
    { path: '/warga/rekap/tahun/:year', component: Year },
    { path: '/warga/rekap/:month', component: Recap },
    { path: '/warga/laporan/:month', component: Report },
  ],
};
