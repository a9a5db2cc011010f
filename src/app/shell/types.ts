import type { ComponentType } from 'react';

/** What a module offers the shell: its tab (if any) and its pages, each loaded on demand. */
export interface ModuleRoutes {
  tab?: { path: string; labelKey: string; icon: string };
  /** React Router 6 paths (Ionic 9), e.g. '/posyandu' or '/posyandu/anak/:id'. */
  routes: { path: string; component: ComponentType<any> }[];
}
