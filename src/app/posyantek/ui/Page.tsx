import type { ReactNode } from 'react';
import { LoadedPage } from '../../shell/LoadedPage';
import { usePosyantek } from '../store';
import '../../rt/rt.css';
import '../../lkd/lkd.css';
import '../posyantek.css';

/** A Posyantek page: the shared frame plus the store's loading and error states (the Desa tab's look). */
export function Page({ title, back = '/desa', children, end }: { title: string; back?: string | null; children: ReactNode; end?: ReactNode }) {
  return (
    <LoadedPage store={usePosyantek} errorKey="pt.loadError" className="lkd-content" title={title} back={back} end={end}>
      {children}
    </LoadedPage>
  );
}
