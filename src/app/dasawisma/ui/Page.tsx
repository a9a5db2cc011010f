import type { ReactNode } from 'react';
import { ModulePage } from '../../shell/ModulePage';
import '../dasawisma.css';

/** A dasawisma page: the shared frame with the module's styles. */
export function Page({ title, back = '/dasawisma', end, children }: { title: string; back?: string | null; end?: ReactNode; children: ReactNode }) {
  return (
    <ModulePage title={title} back={back} end={end}>
      {children}
    </ModulePage>
  );
}
