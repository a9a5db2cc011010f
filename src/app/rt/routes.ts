import { lazyPage } from '../shell/lazyPage';
import { peopleOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

// Every RT page is its own lazy chunk: nothing of the RT books is in the first-screen bundle.
const Home = lazyPage('rt', () => import('./RtHome'));
const Setup = lazyPage('rt', () => import('./setup/SetupPage'));
const Household = lazyPage('rt', () => import('./register/HouseholdPage'));
const Induk = lazyPage(['rt', 'print', 'books'], () => import('./register/IndukPage'));
const KtpKk = lazyPage(['rt', 'print', 'books'], () => import('./register/KtpKkPage'));
const Person = lazyPage('rt', () => import('./register/PersonPage'));
const MutationBook = lazyPage(['rt', 'print'], () => import('./mutation/MutationBookPage'));
const MutationForm = lazyPage('rt', () => import('./mutation/MutationFormPage'));
const TempList = lazyPage(['rt', 'print', 'books'], () => import('./temp/TempListPage'));
const TempForm = lazyPage('rt', () => import('./temp/TempFormPage'));
const Recap = lazyPage(['rt', 'print'], () => import('./recap/RecapPage'));
const Year = lazyPage(['rt', 'print'], () => import('./recap/YearPage'));
const Report = lazyPage(['rt', 'print'], () => import('./report/ReportPage'));

export const rtRoutes: ModuleRoutes = {
  tab: { path: '/warga', labelKey: 'tab.warga', icon: peopleOutline },
  routes: [
    { path: '/warga', component: Home },
    { path: '/warga/setup', component: Setup },
    { path: '/warga/induk', component: Induk },
    { path: '/warga/ktp-kk', component: KtpKk },
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
