import { lazyPage } from '../shell/lazyPage';
import type { ModuleRoutes } from '../shell/types';

// The Posyantek's pages, under the Desa tab (its section is on the Desa home, lkd/DesaHome.tsx).
// Every page is its own lazy chunk with the Posyantek strings; a page that prints also loads the
// print strings. A form that both creates and edits is one page on two paths.
const page = (load: Parameters<typeof lazyPage>[1]) => lazyPage('posyantek', load);
const printing = (load: Parameters<typeof lazyPage>[1]) => lazyPage(['posyantek', 'print'], load);
const postForm = page(() => import('./post/PostFormPage'));
const boardForm = page(() => import('./board/BoardFormPage'));
const seatForm = page(() => import('./board/SeatFormPage'));
const activityForm = page(() => import('./records/ActivityFormPage'));
const needForm = page(() => import('./records/NeedFormPage'));
const ttgForm = page(() => import('./records/TtgFormPage'));
const unitForm = page(() => import('./records/UnitFormPage'));
const P = '/desa/posyantek/:postId';

export const posyantekRoutes: ModuleRoutes['routes'] = [
  { path: '/desa/posyantek-baru', component: postForm },
  { path: P, component: page(() => import('./post/PostPage')) },
  { path: `${P}/ubah`, component: postForm },
  { path: `${P}/pengurus`, component: page(() => import('./board/BoardPage')) },
  { path: `${P}/kepengurusan-baru`, component: boardForm },
  { path: `${P}/kepengurusan/:boardId`, component: boardForm },
  { path: `${P}/pengurus-baru/:boardId`, component: seatForm },
  { path: `${P}/ganti/:seatId`, component: seatForm },
  { path: `${P}/catatan`, component: page(() => import('./records/RecordsPage')) },
  { path: `${P}/kegiatan-baru`, component: activityForm },
  { path: `${P}/kegiatan/:id`, component: activityForm },
  { path: `${P}/kebutuhan-baru`, component: needForm },
  { path: `${P}/kebutuhan/:id`, component: needForm },
  { path: `${P}/ttg-baru`, component: ttgForm },
  { path: `${P}/ttg/:id`, component: ttgForm },
  { path: `${P}/usaha-baru`, component: unitForm },
  { path: `${P}/usaha/:id`, component: unitForm },
  { path: `${P}/kas`, component: printing(() => import('./cash/CashPage')) },
  { path: `${P}/kas-baru`, component: page(() => import('./cash/CashFormPage')) },
  { path: `${P}/laporan`, component: printing(() => import('./report/QuarterPage')) },
];
