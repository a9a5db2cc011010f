import { lazyPage } from '../shell/lazyPage';
import { medkitOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

// Every page is its own lazy chunk: none of the Posyandu screens (nor the WHO tables) are in the
// first-screen bundle.
// The day, weighing and child pages also need the day's strings (not part of the first screen).
const DAY: ('posyandu' | 'posyanduDay' | 'posyanduIlp')[] = ['posyandu', 'posyanduDay', 'posyanduIlp'];
const Home = lazyPage('posyandu', () => import('./PosyanduHome'));
const Setup = lazyPage('posyandu', () => import('./setup/SetupPage'));
const Day = lazyPage(DAY, () => import('./day/DayPage'));
const ChildList = lazyPage(DAY, () => import('./child/ChildListPage'));
const ChildNew = lazyPage('posyandu', () => import('./child/ChildFormPage'));
const ChildView = lazyPage([...DAY, 'print'], () => import('./child/ChildPage'));
const Registers = lazyPage(['posyandu', 'books', 'interop'], () => import('./registers/RegistersPage'));
const Register = lazyPage(['posyandu', 'print'], () => import('./registers/RegisterPage'));
const Skdn = lazyPage(['posyandu', 'print', 'interop'], () => import('./skdn/SkdnPage'));
// Every stage but balita (ILP, issue 15): its own chunk and strings.
const IlpDay = lazyPage(['posyandu', 'posyanduDay', 'posyanduIlp', 'ilpRecap'], () => import('./ilp/IlpDayPage'));
const IlpRecap = lazyPage(['posyandu', 'posyanduIlp', 'ilpRecap', 'print'], () => import('./ilp/RecapPage'));
const Strata = lazyPage(['posyandu', 'print'], () => import('./strata/StrataPage'));
const Sip = lazyPage(['posyandu', 'print', 'books'], () => import('./sip/SipPage'));
// e-PPGBM export and import (issue 16): these two chunks alone carry the XLSX library.
const EppgbmExport = lazyPage(['posyandu', 'interop'], () => import('../interop/EppgbmExportPage'));
const EppgbmImport = lazyPage(['posyandu', 'interop', 'records'], () => import('../interop/EppgbmImportPage'));

export const posyanduRoutes: ModuleRoutes = {
  tab: { path: '/posyandu', labelKey: 'tab.posyandu', icon: medkitOutline },
  routes: [
    { path: '/posyandu', component: Home },
    { path: '/posyandu/setup', component: Setup },
    { path: '/posyandu/unit', component: Setup },
    { path: '/posyandu/hari/:date', component: Day },
    { path: '/posyandu/ilp/:date', component: IlpDay },
    { path: '/posyandu/rekap-ilp/:month', component: IlpRecap },
    { path: '/posyandu/balita', component: ChildList },
    { path: '/posyandu/anak/baru', component: ChildNew },
    { path: '/posyandu/anak/:id/ubah', component: ChildNew },
    { path: '/posyandu/anak/:id', component: ChildView },
    { path: '/posyandu/register', component: Registers },
    { path: '/posyandu/sip', component: Sip },
    { path: '/posyandu/register/:kind', component: Register },
    { path: '/posyandu/skdn/:month', component: Skdn },
    { path: '/posyandu/strata', component: Strata },
    { path: '/posyandu/eppgbm/ekspor', component: EppgbmExport },
    { path: '/posyandu/eppgbm/impor', component: EppgbmImport },
  ],
};
