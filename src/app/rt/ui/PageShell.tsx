import type { ReactNode } from 'react';
import { LoadedPage } from '../../shell/LoadedPage';
import { useRt } from '../store';
import '../rt.css';

/** An RT page: the shared frame plus the books' loading and error states. */
export function PageShell({ title, back = '/warga', children, end }: { title: string; back?: string | null; children: ReactNode; end?: ReactNode }) {
  return (
    <LoadedPage store={useRt} errorKey="rt.loadError" className="rt-content" title={title} back={back} end={end}>
      {children}
    </LoadedPage>
  );
}
