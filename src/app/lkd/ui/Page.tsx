import type { ReactNode } from 'react';
import { LoadedPage } from '../../shell/LoadedPage';
import { useLkd } from '../store';
import '../../rt/rt.css';
import '../lkd.css';

/** A Desa page: the shared frame plus the store's loading and error states. */
export function Page({ title, back = '/desa', children, end }: { title: string; back?: string | null; children: ReactNode; end?: ReactNode }) {
  return (
    <LoadedPage store={useLkd} errorKey="lkd.loadError" className="lkd-content" title={title} back={back} end={end}>
      {children}
    </LoadedPage>
  );
}
