import { lazyPage } from '../shell/lazyPage';
import { businessOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';
import { posyantekRoutes } from '../posyantek/routes';

// The Desa tab: the desa's institutions (LKD), and later other desa-level modules' sections
// (Posyantek, issue 19) on the same home page. Every page is its own lazy chunk; a form that both
// creates and edits is one page on two paths. The tab shares the county tab's icon (a village
// office): the two never show together (shell/modules.ts), and every icon costs the first screen.
const page = (load: Parameters<typeof lazyPage>[1]) => lazyPage('lkd', load);
const institutionForm = page(() => import('./institution/InstitutionFormPage'));
const boardForm = page(() => import('./board/BoardFormPage'));
const seatForm = page(() => import('./seat/SeatFormPage'));
const activityForm = page(() => import('./activity/ActivityFormPage'));

export const lkdRoutes: ModuleRoutes = {
  tab: { path: '/desa', labelKey: 'tab.desa', icon: businessOutline },
  routes: [
    // The home shows the Posyantek's section too: its strings load with it.
    { path: '/desa', component: lazyPage(['lkd', 'posyantek'], () => import('./DesaHome')) },
    { path: '/desa/lembaga-baru', component: institutionForm },
    { path: '/desa/lembaga/:id', component: page(() => import('./institution/InstitutionPage')) },
    { path: '/desa/lembaga/:id/ubah', component: institutionForm },
    { path: '/desa/lembaga/:id/kepengurusan-baru', component: boardForm },
    { path: '/desa/lembaga/:id/kegiatan-baru', component: activityForm },
    { path: '/desa/kepengurusan/:boardId', component: page(() => import('./board/BoardPage')) },
    { path: '/desa/kepengurusan/:boardId/ubah', component: boardForm },
    { path: '/desa/kepengurusan/:boardId/anggota-baru', component: seatForm },
    { path: '/desa/anggota/:seatId', component: page(() => import('./seat/SeatPage')) },
    { path: '/desa/anggota/:seatId/ganti', component: seatForm },
    { path: '/desa/kegiatan/:activityId', component: activityForm },
    { path: '/desa/karang-taruna', component: lazyPage(['lkd', 'print'], () => import('./members/MembersPage')) },
    { path: '/desa/laporan', component: lazyPage(['lkd', 'print'], () => import('./report/ReportPage')) },
    ...posyantekRoutes,
  ],
};
