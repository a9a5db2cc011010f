import { lazyPage } from '../shell/lazyPage';
import { libraryOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

// The Desa tab: the desa's institutions (LKD), and later other desa-level modules' sections
// (Posyantek, issue 19) on the same home page. Every page is its own lazy chunk.
const page = (load: Parameters<typeof lazyPage>[1]) => lazyPage('lkd', load);

export const lkdRoutes: ModuleRoutes = {
  tab: { path: '/desa', labelKey: 'tab.desa', icon: libraryOutline },
  routes: [
    { path: '/desa', component: page(() => import('./DesaHome')) },
    { path: '/desa/lembaga-baru', component: page(() => import('./institution/InstitutionFormPage')) },
    { path: '/desa/lembaga/:id', component: page(() => import('./institution/InstitutionPage')) },
    { path: '/desa/lembaga/:id/ubah', component: page(() => import('./institution/InstitutionFormPage')) },
    { path: '/desa/lembaga/:id/kepengurusan-baru', component: page(() => import('./board/BoardFormPage')) },
    { path: '/desa/lembaga/:id/kegiatan-baru', component: page(() => import('./activity/ActivityFormPage')) },
    { path: '/desa/kepengurusan/:boardId', component: page(() => import('./board/BoardPage')) },
    { path: '/desa/kepengurusan/:boardId/ubah', component: page(() => import('./board/BoardFormPage')) },
    { path: '/desa/kepengurusan/:boardId/anggota-baru', component: page(() => import('./seat/SeatFormPage')) },
    { path: '/desa/anggota/:seatId', component: page(() => import('./seat/SeatPage')) },
    { path: '/desa/anggota/:seatId/ganti', component: page(() => import('./seat/SeatFormPage')) },
    { path: '/desa/kegiatan/:activityId', component: page(() => import('./activity/ActivityFormPage')) },
    { path: '/desa/karang-taruna', component: page(() => import('./members/MembersPage')) },
    { path: '/desa/laporan', component: page(() => import('./report/ReportPage')) },
  ],
};
