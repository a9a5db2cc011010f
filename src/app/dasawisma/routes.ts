import { lazy } from 'react';
import { homeOutline } from 'ionicons/icons';
import type { ModuleRoutes } from '../shell/types';

// Every page is its own chunk: a kader who only keeps family records never downloads the roll-ups.
export const dasawismaRoutes: ModuleRoutes = {
  tab: { path: '/dasawisma', labelKey: 'tab.dasawisma', icon: homeOutline },
  routes: [
    { path: '/dasawisma', component: lazy(() => import('./DasawismaHome')) },
    { path: '/dasawisma/kelompok-baru', component: lazy(() => import('./group/GroupFormPage')) },
    { path: '/dasawisma/kelompok/:id', component: lazy(() => import('./group/GroupPage')) },
    { path: '/dasawisma/kelompok/:id/ubah', component: lazy(() => import('./group/GroupFormPage')) },
    { path: '/dasawisma/kelompok/:groupId/keluarga-baru', component: lazy(() => import('./family/FamilyPage')) },
    { path: '/dasawisma/keluarga/:familyId', component: lazy(() => import('./family/FamilyPage')) },
    { path: '/dasawisma/keluarga/:familyId/anggota-baru', component: lazy(() => import('./family/MemberPage')) },
    { path: '/dasawisma/anggota/:memberId', component: lazy(() => import('./family/MemberPage')) },
    { path: '/dasawisma/kelompok/:id/rekap/:month', component: lazy(() => import('./recap/RecapPage')) },
    { path: '/dasawisma/kelompok/:id/register', component: lazy(() => import('./register/RegisterPage')) },
    { path: '/dasawisma/status', component: lazy(() => import('./status/StatusPage')) },
    { path: '/dasawisma/rekap-pkk/:desa/:month', component: lazy(() => import('./rollup/RollupPage')) },
  ],
};
