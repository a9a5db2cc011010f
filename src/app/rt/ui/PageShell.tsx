import type { ReactNode } from 'react';
import { IonSpinner } from '@ionic/react';
import { useT } from '../../i18n';
import { describeSaveError } from '../../shell/save-errors';
import { ModulePage } from '../../shell/ModulePage';
import { useRtBooks } from '../useRtBooks';
import '../rt.css';

/** An RT page: the shared frame plus the books' loading and error states. */
export function PageShell({ title, back = '/warga', children, end }: { title: string; back?: string | null; children: ReactNode; end?: ReactNode }) {
  const t = useT();
  const { status, error } = useRtBooks();
  return (
    <ModulePage title={title} back={back} end={end} className="rt-content">
      {status === 'error' ? (
        <p className="rt-error" role="alert">{t('rt.loadError', { detail: describeSaveError(error).message })}</p>
      ) : status !== 'ready' ? (
        <IonSpinner aria-label={t('common.loading')} />
      ) : (
        children
      )}
    </ModulePage>
  );
}
