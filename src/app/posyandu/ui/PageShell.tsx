import type { ReactNode } from 'react';
import { LoadedPage } from '../../shell/LoadedPage';
import { usePosyandu } from '../store';
import '../posyandu.css';

/** A Posyandu page: the shared frame plus the register's loading and error states. */
export function PageShell({ title, back = '/posyandu', children, end }: { title: string; back?: string | null; children: ReactNode; end?: ReactNode }) {
  return (
    <LoadedPage store={usePosyandu} errorKey="posyandu.loadError" className="pd-content" title={title} back={back} end={end}>
      {children}
    </LoadedPage>
  );
}
