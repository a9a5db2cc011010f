import { lazyPage } from '../shell/lazyPage';
import { homeOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

// Every page is its own chunk: a kader who only keeps family records never downloads the roll-ups.
export const dasawismaRoutes: ModuleRoutes = {
  tab: { path: '/dasawisma', labelKey: 'tab.dasawisma', icon: homeOutline },
  routes: [
    { path: '/dasawisma', component: lazyPage('dasawisma', () => import('./DasawismaHome')) },
    { path: '/dasawisma/kelompok-baru', component: lazyPage('dasawisma', () => import('./group/GroupFormPage')) },
    { path: '/dasawisma/kelompok/:id', component: lazyPage('dasawisma', () => import('./group/GroupPage')) },
    { path: '/dasawisma/kelompok/:id/ubah', component: lazyPage('dasawisma', () => import('./group/GroupFormPage')) },
    { path: '/dasawisma/kelompok/:groupId/keluarga-baru', component: lazyPage('dasawisma', () => import('./family/FamilyPage')) },
    { path: '/dasawisma/keluarga/:familyId', component: lazyPage('dasawisma', () => import('./family/FamilyPage')) },
    { path: '/dasawisma/keluarga/:familyId/anggota-baru', component: lazyPage('dasawisma', () => import('./family/MemberPage')) },
    { path: '/dasawisma/anggota/:memberId', component: lazyPage('dasawisma', () => import('./family/MemberPage')) },
    { path: '/dasawisma/kelompok/:id/rekap/:month', component: lazyPage(['dasawisma', 'print'], () => import('./recap/RecapPage')) },
    { path: '/dasawisma/kelompok/:id/register', component: lazyPage('dasawisma', () => import('./register/RegisterPage')) },
    { path: '/dasawisma/status', component: lazyPage(['dasawisma', 'print'], () => import('./status/StatusPage')) },
    { path: '/dasawisma/rekap-pkk/:desa/:month', component: lazyPage(['dasawisma', 'print'], () => import('./rollup/RollupPage')) },
  ],
};
